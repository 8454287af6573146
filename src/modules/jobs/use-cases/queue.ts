// A small durable job queue in PostgreSQL (docs/decisions/jobs-in-postgres.md). Jobs survive restarts;
// several app nodes can run workers at once because a job is claimed with FOR UPDATE SKIP LOCKED
// (the polling worker that runs them is ./worker.ts).

import { and, eq, lte, sql } from "drizzle-orm";
import { safeError, safeMessage } from "../../../core/log-safe.ts";
import { type Db, rowsOf } from "../../../db/client.ts";
import { type JobRow, jobs } from "../schema.ts";

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one job ever exists with this key (e.g. "reminders:2026-11-23"). */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Adds a job; with a dedupe key that already exists, does nothing and returns null. */
export async function enqueue(
  db: Db,
  queue: string,
  payload: Record<string, unknown>,
  now: Date,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const rows = await db
    .insert(jobs)
    .values({
      queue,
      payload,
      runAt: options.runAt ?? now,
      dedupeKey: options.dedupeKey ?? null,
      maxAttempts: options.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/** Claims the next due job of the given queues for this worker, or null. */
export async function claimNext(
  db: Db,
  queues: string[],
  workerId: string,
  now: Date,
): Promise<JobRow | null> {
  if (!queues.length) return null;
  const result = await db.execute(sql`
    update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId}, locked_at = ${now.toISOString()}
    where id = (
      select id from jobs
      where status = 'pending' and run_at <= ${now.toISOString()} and queue in (${sql.join(
        queues.map((q) => sql`${q}`),
        sql`, `,
      )})
      order by run_at
      for update skip locked
      limit 1
    )
    returning id`);
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) return null;
  const [job] = await db.select().from(jobs).where(eq(jobs.id, id));
  return job ?? null;
}

export async function completeJob(db: Db, id: string, now: Date): Promise<void> {
  await db.update(jobs).set({ status: "done", finishedAt: now, lockedBy: null }).where(eq(jobs.id, id));
}

/** A failed job is retried later (back-off 1, 4, 9... minutes) until its attempts run out. */
export async function failJob(db: Db, job: JobRow, error: unknown, now: Date): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: final ? "failed" : "pending",
      // Kept in the table (and so in backups): never a failed query's parameters.
      lastError: String(safeError(error).stack ?? safeMessage(error)).slice(0, 4000),
      runAt: final ? job.runAt : new Date(now.getTime() + job.attempts * job.attempts * 60_000),
      lockedBy: null,
      finishedAt: final ? now : null,
    })
    .where(eq(jobs.id, job.id));
}

/** Jobs left "running" by a worker that died are put back after `staleMinutes`. */
export async function requeueStale(db: Db, now: Date, staleMinutes = 15): Promise<void> {
  await db
    .update(jobs)
    .set({ status: "pending", lockedBy: null })
    .where(
      and(eq(jobs.status, "running"), lte(jobs.lockedAt, new Date(now.getTime() - staleMinutes * 60_000))),
    );
}

/**
 * A job that recurs: for each slot (a day, an hour...) one job is created, named by the slot, so
 * that however many nodes run workers and however often they restart, each slot runs once.
 */
export interface Recurring {
  queue: string;
  slot(now: Date): { key: string; runAt: Date };
}

export async function scheduleRecurring(db: Db, recurring: Recurring[], now: Date): Promise<void> {
  for (const r of recurring) {
    const { key, runAt } = r.slot(now);
    await enqueue(db, r.queue, { slot: key }, now, { dedupeKey: `${r.queue}:${key}`, runAt });
  }
}
