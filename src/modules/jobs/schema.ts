// Durable background jobs, kept in PostgreSQL so they survive restarts and work on PGlite and on a
// server alike (docs/decisions/jobs-in-postgres.md).
import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, moment } from "../../db/columns.ts";

export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    queue: text("queue").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    runAt: moment("run_at").notNull(),
    status: text("status", { enum: ["pending", "running", "done", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lastError: text("last_error"),
    /** A job with a key is created once ("reminders:2026-11-23"): a second enqueue is a no-op. */
    dedupeKey: text("dedupe_key").unique(),
    lockedBy: text("locked_by"),
    lockedAt: moment("locked_at"),
    createdAt: createdAt(),
    finishedAt: moment("finished_at"),
  },
  (t) => [index("jobs_due_idx").on(t.status, t.runAt)],
);
export type JobRow = typeof jobs.$inferSelect;
