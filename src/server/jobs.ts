// The background-job queues and recurring schedules, wired once at start. Each module that schedules
// work adds its queue here with the dependencies it uses.
import { purgeExpiredSessions } from "../modules/auth/service.ts";
import type { JobHandler, Recurring } from "../modules/jobs/service.ts";
import type { AppDeps } from "./deps.ts";

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  return {
    "sessions.purge": async () => purgeExpiredSessions(deps.database.db, deps.now()),
  };
}

/** One slot per hour (UTC), named by the hour. */
const hourly = (now: Date) => {
  const runAt = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
  return { key: runAt.toISOString().slice(0, 13), runAt };
};

export const recurringJobs: Recurring[] = [{ queue: "sessions.purge", slot: hourly }];
