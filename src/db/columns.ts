// Column builders that many tables repeat, so that a table states only what is its own. Each one
// makes exactly the column it names (SQL name, type, default): changing one changes every table
// that uses it, and `npm run db:generate` then writes the migration. Times are UTC timestamptz.
import { sql } from "drizzle-orm";
import { type AnyPgColumn, integer, jsonb, timestamp, uuid } from "drizzle-orm/pg-core";

/** The primary key of most tables: a random UUID. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** A required link to a row of another table (a foreign key); with "cascade", this row goes with that one. */
export const reference = <N extends string>(name: N, target: () => AnyPgColumn, onDelete?: "cascade") =>
  uuid(name)
    .notNull()
    .references(target, onDelete ? { onDelete } : {});

/** A moment (timestamptz); null until it happens. */
export const moment = <N extends string>(name: N) => timestamp(name, { withTimezone: true });

/** A moment set to the time the row is written. */
export const stamp = <N extends string>(name: N) => moment(name).notNull().defaultNow();

export const createdAt = () => stamp("created_at");
export const updatedAt = () => stamp("updated_at");

/** When the row was created and last changed. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** The counter of an edit check: an edit names the version it saw, so two edits never overwrite each other. */
export const version = () => integer("version").notNull().default(1);

/** Who created or last changed the row: a user's id, without a foreign key (history outlives accounts). */
export const createdBy = () => uuid("created_by");
export const updatedBy = () => uuid("updated_by");

/** A JSON list of strings, empty by default. */
export const stringList = <N extends string>(name: N) =>
  jsonb(name).$type<string[]>().notNull().default(sql`'[]'::jsonb`);
