// The coordinator's timeliness board (issue 14 item 3): per period, every unit's report on time,
// late (working days), missing or still pending, sorted by urgency, with the period's rates.
import { and, desc, eq } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { BoardOut } from "../contract.ts";
import { assertMay } from "../policy.ts";
import { orgInfos, requireSchedule, unitObligations } from "../queries.ts";
import { totalsOf, urgency } from "../rules/timeliness.ts";
import { reportObligations } from "../schema.ts";
import { summaryOf } from "./form.ts";
import { scheduleOut } from "./schedules.ts";

export async function board(ctx: UseCaseContext, scheduleId: string, periodKey?: string): Promise<BoardOut> {
  const s = await requireSchedule(ctx.db, scheduleId);
  const coordinator = (await orgInfos(ctx.db, [s.coordinatorOrgId])).get(s.coordinatorOrgId)!;
  assertMay(ctx.actor, "review", { unit: coordinator, coordinator });
  const periods = await ctx.db
    .selectDistinct({
      key: reportObligations.periodKey,
      label: reportObligations.periodLabel,
      end: reportObligations.periodEnd,
      due: reportObligations.dueDate,
    })
    .from(reportObligations)
    .where(and(eq(reportObligations.scheduleId, s.id), eq(reportObligations.kind, "unit")))
    .orderBy(desc(reportObligations.periodEnd));
  const today = vietnamDate(ctx.now);
  // By default the latest period already due (or the earliest one when none is due yet).
  const chosen =
    periods.find((p) => p.key === periodKey) ?? periods.find((p) => p.due <= today) ?? periods.at(-1) ?? null;
  const cal = await loadCalendar(ctx.db);
  const rows = chosen ? await unitObligations(ctx.db, s.id, chosen.key) : [];
  const names = await orgInfos(
    ctx.db,
    rows.map((r) => r.orgId),
  );
  const summaries = rows
    .map((r) => summaryOf(r, s.title, names.get(r.orgId)?.name ?? "", today, cal))
    .sort(
      (a, b) =>
        urgency(a.timeliness, a.state) - urgency(b.timeliness, b.state) ||
        a.orgName.localeCompare(b.orgName, "vi"),
    );
  const [consolidated] = chosen
    ? await ctx.db
        .select({ id: reportObligations.id })
        .from(reportObligations)
        .where(
          and(
            eq(reportObligations.scheduleId, s.id),
            eq(reportObligations.periodKey, chosen.key),
            eq(reportObligations.kind, "consolidated"),
          ),
        )
    : [];
  return {
    schedule: await scheduleOut(ctx, s),
    periods: periods.map((p) => ({ key: p.key, label: p.label })),
    period: chosen ? { key: chosen.key, label: chosen.label, dueDate: chosen.due } : null,
    rows: summaries,
    totals: totalsOf(summaries.map((r) => r.timeliness)),
    consolidatedId: consolidated?.id ?? null,
  };
}
