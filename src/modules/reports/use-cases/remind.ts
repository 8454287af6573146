// Reminders of reports (issue 14 item 3), run by the daily job after the task reminders: each unit
// that still owes a report is told before and on the due date and after it; five working days late,
// the coordinating body is told. Each stage is sent once per report (a "reminded" event keeps it).
// New periods' obligations are created first, so a period that began today is reminded in time.
import { and, eq, inArray } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { recordNotification } from "../../notifications/use-cases/record.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { orgInfos } from "../queries.ts";
import { reminderStage, STAGE_SUBJECT } from "../rules/reminders.ts";
import { timelinessOf } from "../rules/timeliness.ts";
import { reportEvents, reportObligations, reportSchedules } from "../schema.ts";
import { extendSchedules } from "./schedules.ts";

const fmt = (d: string) => d.split("-").reverse().join("/");

export async function remindReports(ctx: UseCaseContext): Promise<{ created: number; sent: number }> {
  const created = await extendSchedules(ctx);
  const today = vietnamDate(ctx.now);
  const cal = await loadCalendar(ctx.db);
  const open = await ctx.db
    .select({
      o: reportObligations,
      title: reportSchedules.title,
      coordinatorOrgId: reportSchedules.coordinatorOrgId,
    })
    .from(reportObligations)
    .innerJoin(reportSchedules, eq(reportSchedules.id, reportObligations.scheduleId))
    .where(
      and(
        inArray(reportObligations.state, ["open", "draft", "awaiting_signoff", "returned"]),
        eq(reportObligations.kind, "unit"),
      ),
    );
  const due = open
    .map((r) => ({ ...r, stage: reminderStage(timelinessOf(r.o.dueDate as IsoDate, null, today, cal)) }))
    .filter((r) => r.stage !== null);
  if (!due.length) return { created, sent: 0 };
  const sentRows = await ctx.db
    .select({ id: reportEvents.obligationId, stage: reportEvents.comment })
    .from(reportEvents)
    .where(
      and(
        eq(reportEvents.kind, "reminded"),
        inArray(
          reportEvents.obligationId,
          due.map((d) => d.o.id),
        ),
      ),
    );
  const sent = new Set(sentRows.map((s) => `${s.id}:${s.stage}`));
  const names = await orgInfos(
    ctx.db,
    due.flatMap((d) => [d.o.orgId, d.coordinatorOrgId]),
  );
  let n = 0;
  for (const d of due) {
    if (sent.has(`${d.o.id}:${d.stage}`)) continue;
    const unit = names.get(d.o.orgId)?.name ?? "";
    const to = d.stage === "escalated" ? d.coordinatorOrgId : d.o.orgId;
    await writeTransaction(ctx, async (tx, audit) => {
      await recordNotification(
        tx,
        {
          orgId: to,
          kind: "urge",
          digestDate: today,
          subject: `${STAGE_SUBJECT[d.stage!]}: ${d.title} — ${d.o.periodLabel}`,
          body: `${unit}: ${d.title}, ${d.o.periodLabel}; hạn gửi ${fmt(d.o.dueDate)}. Mở Thực Thi → Báo cáo để soạn và gửi.`,
          items: [],
          createdBy: null,
        },
        ctx.now,
      );
      await tx
        .insert(reportEvents)
        .values({ obligationId: d.o.id, kind: "reminded", comment: d.stage, at: ctx.now });
      await audit({
        action: "report.remind",
        entity: "report_obligation",
        entityId: d.o.id,
        summary: { stage: d.stage, unit },
      });
    });
    n++;
  }
  return { created, sent: n };
}
