// The daily reminders (docs/decisions/reminders.md): on each working day, every unit with work
// coming due, due today or overdue gets ONE digest — in the app and by e-mail to its members — and
// the supervising body gets the work overdue by M working days in its own digest. Durable: run by
// the job queue from a daily slot; idempotent: each stage of each assignment is sent once, and a
// unit gets at most one digest a day however often the job runs.

import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { forbidden } from "../../../core/errors.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import type { Mailer } from "../../notifications/adapters/mailer.ts";
import type { NotificationItem } from "../../notifications/contract.ts";
import { composeDigest } from "../../notifications/rules/digest.ts";
import { type DeliveryReport, deliverPending } from "../../notifications/use-cases/deliver.ts";
import { recordNotification } from "../../notifications/use-cases/record.ts";
import { getSetting } from "../../settings/use-cases/settings.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { taskPolicy } from "../policy.ts";
import { classifierFor } from "../queries/classifier.ts";
import { sentStagesOf } from "../queries/reminders.ts";
import { reminderCandidates } from "../queries/rows.ts";
import { coordinatorIdsFrom, followUpBodiesOf, orgRefs } from "../queries/scope.ts";
import { overdueLineVi } from "../rules/periods.ts";
import { escalationTarget, stagesDue } from "../rules/reminders.ts";
import { assignmentReminders, assignmentUpdates } from "../schema.ts";

export interface MailDeps {
  mailer: Mailer | null;
  /** Links in e-mails point here (PUBLIC_URL). */
  publicUrl: string;
}

export interface ReminderRun {
  day: string;
  skipped: string | null;
  digests: number;
  items: number;
  escalations: number;
  delivery: DeliveryReport;
}

const STAGE_NOTE: Record<NotificationItem["stage"], (i: NotificationItem) => string> = {
  before_due: (i) => `Nhắc việc: sắp đến hạn, còn ${i.workingDaysLeft} ngày làm việc.`,
  due_today: () => "Nhắc việc: đến hạn hôm nay.",
  overdue: (i) => `Nhắc việc: ${i.note ?? `đã quá hạn ${i.workingDaysOverdue} ngày làm việc`}.`,
  escalated: (i) => `Đã báo cơ quan theo dõi: quá hạn ${i.workingDaysOverdue} ngày làm việc.`,
  checkpoint: () => "Nhắc việc: cập nhật kết quả thực hiện trước khi hết kỳ báo cáo.",
  urged: () => "Đôn đốc.",
};

/** Runs the reminders of a Vietnam day (today by default). */
/**
 * Today's reminders run by an administrator from the settings page: the same run as the daily job,
 * audited as the system acting for that administrator.
 */
export async function runRemindersNow(ctx: UseCaseContext, mail: MailDeps): Promise<ReminderRun> {
  if (!ctx.actor || !taskPolicy.runReminders(ctx.actor))
    throw forbidden("Chỉ quản trị hệ thống được chạy nhắc việc thủ công.");
  return runDailyReminders({ ...ctx, actor: null, system: `nhắc việc (${ctx.actor.username})` }, mail);
}

export async function runDailyReminders(
  ctx: UseCaseContext,
  mail: MailDeps,
  day?: string,
): Promise<ReminderRun> {
  const today = day ?? vietnamDate(ctx.now);
  const empty = {
    day: today,
    digests: 0,
    items: 0,
    escalations: 0,
    delivery: { sent: 0, failed: 0, notSent: 0 },
  };
  if (today < vietnamDate(ctx.now))
    return { ...empty, skipped: "Ngày đã qua: lượt nhắc của hôm nay sẽ gồm các việc này." };
  const calendar = await loadCalendar(ctx.db);
  // Officials read their mail on working days; what falls due meanwhile goes out on the next one.
  if (!calendar.isWorkingDay(today as IsoDate))
    return { ...empty, skipped: "Ngày nghỉ: không gửi nhắc việc." };
  const settings = (await getSetting(ctx.db, "reminders")).value;

  const rows = await reminderCandidates(
    ctx.db,
    calendar.addWorkingDays(today as IsoDate, settings.daysBefore),
  );
  const sent = await sentStagesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const classifier = await classifierFor(
    ctx.db,
    rows.map((r) => r.directiveId),
    ctx.now,
    calendar,
  );
  const followUps = await followUpBodiesOf(
    ctx.db,
    rows.map((r) => r.directiveId),
  );
  const byOrg = new Map<string, Array<NotificationItem & { key: string }>>();
  const add = (orgId: string, item: NotificationItem & { key: string }) =>
    byOrg.set(orgId, [...(byOrg.get(orgId) ?? []), item]);
  let escalations = 0;
  for (const r of rows) {
    const standing = classifier.standing(r);
    const stages = stagesDue(r.status, standing, today, settings, sent.get(r.id) ?? new Set());
    // Ongoing work overdue for a missed report: the digest names that period's report, so the
    // checkpoint is never read as the work's deadline.
    const missed = standing.checkpoint?.missedPeriod;
    const supervisor = escalationTarget({
      ...r,
      coordinatorOrgIds: coordinatorIdsFrom(followUps.get(r.directiveId), r.coordinatorOrgId),
    });
    for (const s of stages) {
      const item = {
        key: s.key,
        assignmentId: r.id,
        title: r.title,
        stage: s.stage,
        leadOrgId: r.leadOrgId,
        leadOrgName: r.leadOrgName,
        directiveSymbol: r.directiveSymbol,
        // A missed period's checkpoint is not the work's deadline (the note names the period).
        dueDate: missed && s.stage !== "checkpoint" ? r.dueDate : (s.checkpointEnd ?? r.dueDate),
        dueText: r.dueText,
        workingDaysLeft: s.workingDaysLeft,
        workingDaysOverdue: s.workingDaysOverdue,
        ...((s.stage === "overdue" || s.stage === "escalated") && missed
          ? { note: overdueLineVi(s.workingDaysOverdue, missed) }
          : {}),
      };
      // A unit that no longer exists cannot act: its reminders go to the supervising body.
      const to = s.stage === "escalated" || r.leadOrgStatus !== "active" ? supervisor : r.leadOrgId;
      if (!to) continue;
      if (s.stage === "escalated") escalations++;
      add(to, item);
    }
  }

  const names = await orgRefs(ctx.db, [...byOrg.keys()]);
  const created: string[] = [];
  const html = new Map<string, string>();
  let items = 0;
  const system: UseCaseContext = { ...ctx, actor: null, system: ctx.system ?? "nhắc việc" };
  for (const [orgId, list] of [...byOrg.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const unitName = names.get(orgId)?.name ?? "đơn vị";
    const digest = composeDigest(unitName, today, list, (id) => `${mail.publicUrl}/tasks/${id}`);
    const id = await writeTransaction(system, async (tx, audit) => {
      const nid = await recordNotification(
        tx,
        {
          orgId,
          kind: "digest",
          digestDate: today,
          subject: digest.subject,
          body: digest.text,
          items: list.map(({ key: _, ...i }) => i),
          createdBy: null,
        },
        ctx.now,
      );
      // Already told today: these stages wait for tomorrow's digest.
      if (!nid) return null;
      await tx
        .insert(assignmentReminders)
        .values(
          list.map((i) => ({
            assignmentId: i.assignmentId,
            stageKey: i.key,
            notificationId: nid,
            sentOn: today,
          })),
        )
        .onConflictDoNothing();
      await tx.insert(assignmentUpdates).values(
        list.map((i) => ({
          assignmentId: i.assignmentId,
          kind: "reminder" as const,
          narrative: STAGE_NOTE[i.stage](i),
          data: { stage: i.stage, notificationId: nid, toOrgId: orgId, toOrgName: unitName },
          at: ctx.now,
        })),
      );
      await audit({
        action: "notification.digest",
        entity: "notification",
        entityId: nid,
        summary: {
          org: unitName,
          day: today,
          items: list.length,
          stages: [...new Set(list.map((i) => i.stage))],
        },
      });
      return nid;
    });
    if (id) {
      created.push(id);
      html.set(id, digest.html);
      items += list.length;
    }
  }
  const delivery = await deliverPending(ctx.db, mail.mailer, ctx.now, { emailEnabled: settings.email, html });
  return { day: today, skipped: null, digests: created.length, items, escalations, delivery };
}
