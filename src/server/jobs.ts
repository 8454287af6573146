// The background-job queues and recurring schedules, wired once at start. Each module that schedules
// work adds its queue here with the dependencies it uses.
import { purgeExpiredSessions } from "../modules/auth/use-cases/session.ts";
import { remindCases } from "../modules/citizen-cases/use-cases/remind.ts";
import { remindDisclosures } from "../modules/disclosures/use-cases/remind.ts";
import type { Recurring } from "../modules/jobs/use-cases/queue.ts";
import type { JobHandler } from "../modules/jobs/use-cases/worker.ts";
import { mailerFor } from "../modules/notifications/adapters/mailer.ts";
import { remindReplies } from "../modules/reception/use-cases/remind.ts";
import { remindReports } from "../modules/reports/use-cases/remind.ts";
import type { AppDeps } from "../modules/shared/deps.ts";
import { dailySlotVietnam } from "../modules/tasks/rules/reminders.ts";
import { runDailyReminders } from "../modules/tasks/use-cases/remind.ts";

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  return {
    "sessions.purge": async () => purgeExpiredSessions(deps.database.db, deps.now()),
    // Reminder digests of the day (docs/decisions/reminders.md); the slot names the Vietnam date.
    "reminders.daily": async (payload) => {
      // Replies owed after reception visits (Điều 28 Luật Tiếp công dân), then citizens' cases' legal
      // due dates, before the task digests, whose run delivers the e-mails.
      await remindReplies({ db: deps.database.db, actor: null, system: "nhắc hạn trả lời", now: deps.now() });
      await remindCases({ db: deps.database.db, actor: null, system: "nhắc hạn đơn thư", now: deps.now() });
      await runDailyReminders(
        { db: deps.database.db, actor: null, system: "nhắc việc", now: deps.now() },
        { mailer: mailerFor(deps.config), publicUrl: deps.config.publicUrl },
        typeof payload.slot === "string" ? payload.slot : undefined,
      );
      // Reports owed: new periods' obligations, reminders before and after their due dates.
      await remindReports({ db: deps.database.db, actor: null, system: "nhắc báo cáo", now: deps.now() });
      // Disclosures of the communes (Luật Thực hiện dân chủ ở cơ sở Điều 11–13): due, missing, taken down early.
      await remindDisclosures({
        db: deps.database.db,
        actor: null,
        system: "nhắc công khai thông tin",
        now: deps.now(),
      });
    },
  };
}

/** One slot per hour (UTC), named by the hour. */
const hourly = (now: Date) => {
  const runAt = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
  return { key: runAt.toISOString().slice(0, 13), runAt };
};

export const recurringJobs: Recurring[] = [
  { queue: "sessions.purge", slot: hourly },
  // 07:00 in Vietnam, before the working day starts.
  { queue: "reminders.daily", slot: dailySlotVietnam(7) },
];
