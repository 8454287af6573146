// Counters that say when cached data went stale: each is moved on by the database itself (triggers
// of the migration `request_cache_triggers`) in the transaction of every write to the tables it
// covers, so every app node sharing the database sees a change on its next request.
// docs/decisions/request-caches.md.
import { bigint, pgSchema, text } from "drizzle-orm/pg-core";

/** Not application data: outside "public", so backups leave it out and restores never meet it. */
export const caches = pgSchema("caches");

export const dataVersions = caches.table("data_versions", {
  /** What it covers: "access" (sessions, accounts, memberships, bodies), "orgs" (the tree),
   *  "calendar" (holiday schedules), "work" (assignments, their supporters and timelines,
   *  directives with their groups, tasks and reporting duties). */
  name: text("name").primaryKey(),
  /** The id of the last transaction that wrote what it covers (txid_current(): never repeats). */
  version: bigint("version", { mode: "bigint" }).notNull(),
});
