// The worker that runs due jobs with their queue's handler: it polls, puts back jobs a dead worker
// left running, creates each recurring slot's job once, and retries failures with back-off.

import { hostname } from "node:os";
import { safeMessage } from "../../../core/log-safe.ts";
import type { Db } from "../../../db/client.ts";
import type { JobRow } from "../schema.ts";
import { claimNext, completeJob, failJob, type Recurring, requeueStale, scheduleRecurring } from "./queue.ts";

export type JobHandler = (payload: Record<string, unknown>, job: JobRow) => Promise<void>;

export interface Worker {
  /** Runs every due job once (used by tests and by the polling loop). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls for due jobs every `intervalMs` and runs them with their queue's handler.
 * `now` is the clock, so tests can move time.
 */
export function startWorker(
  db: Db,
  handlers: Record<string, JobHandler>,
  options: {
    now: () => Date;
    intervalMs?: number;
    log?: (msg: string) => void;
    autoStart?: boolean;
    recurring?: Recurring[];
  },
): Worker {
  const workerId = `${hostname()}:${process.pid}`;
  const queues = Object.keys(handlers);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  const drain = async (): Promise<number> => {
    let n = 0;
    await requeueStale(db, options.now());
    await scheduleRecurring(db, options.recurring ?? [], options.now());
    for (;;) {
      const job = await claimNext(db, queues, workerId, options.now());
      if (!job) return n;
      try {
        await handlers[job.queue]!(job.payload, job);
        await completeJob(db, job.id, options.now());
      } catch (e) {
        options.log?.(`Việc nền ${job.queue} lỗi (lần ${job.attempts}): ${safeMessage(e)}`);
        await failJob(db, job, e, options.now());
      }
      n++;
    }
  };
  const tick = () => {
    if (stopped || running) return;
    running = drain()
      .catch((e) => {
        options.log?.(`Hàng đợi việc nền lỗi: ${safeMessage(e)}`);
        return 0;
      })
      .finally(() => {
        running = null;
      });
  };
  if (options.autoStart !== false) timer = setInterval(tick, options.intervalMs ?? 30_000);
  return {
    drain: async () => {
      if (running) await running;
      return drain();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      if (running) await running;
    },
  };
}
