// Reading reports: the actor's units' obligations (and, for a coordinator, those it collects), and
// one obligation as its form — pre-filled with the unit's assignments under the plan (status, the
// latest progress inside the period) and the indicators the system counts itself.
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import type { Db } from "../../../db/client.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { Computed, IndicatorDef, ObligationOut, ObligationSummary } from "../contract.ts";
import { assertMay, reportPolicy } from "../policy.ts";
import {
  earlierValues,
  type LoadedObligation,
  latestProgressIn,
  loadObligation,
  orgInfos,
  tasksOfPlan,
  userNames,
} from "../queries.ts";
import { computedOf } from "../rules/prefill.ts";
import { timelinessOf } from "../rules/timeliness.ts";
import { outliersOf } from "../rules/validation.ts";
import { type ReportObligationRow, reportEvents, reportObligations, reportSchedules } from "../schema.ts";

type Cal = Awaited<ReturnType<typeof loadCalendar>>;

export function summaryOf(
  row: ReportObligationRow,
  scheduleTitle: string,
  orgName: string,
  today: IsoDate,
  cal: Cal,
): ObligationSummary {
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    scheduleTitle,
    kind: row.kind,
    orgId: row.orgId,
    orgName,
    periodKey: row.periodKey,
    periodLabel: row.periodLabel,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    dueDate: row.dueDate,
    state: row.state,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    timeliness: timelinessOf(
      row.dueDate as IsoDate,
      row.firstSubmittedAt ? vietnamDate(row.firstSubmittedAt) : null,
      today,
      cal,
    ),
  };
}

/** The obligations of the actor's own units, newest period first (or every one for the system). */
export async function listObligations(ctx: UseCaseContext): Promise<ObligationSummary[]> {
  const own = ctx.actor ? [...new Set(ctx.actor.memberships.map((m) => m.orgId))] : null;
  if (own && !own.length) return [];
  const rows = await ctx.db
    .select({ o: reportObligations, title: reportSchedules.title })
    .from(reportObligations)
    .innerJoin(reportSchedules, eq(reportSchedules.id, reportObligations.scheduleId))
    .where(own ? inArray(reportObligations.orgId, own) : undefined)
    .orderBy(desc(reportObligations.periodEnd), asc(reportObligations.dueDate));
  const names = await orgInfos(
    ctx.db,
    rows.map((r) => r.o.orgId),
  );
  const cal = await loadCalendar(ctx.db);
  const today = vietnamDate(ctx.now);
  return rows.map((r) => summaryOf(r.o, r.title, names.get(r.o.orgId)?.name ?? "", today, cal));
}

/** The values the system counts for a unit's report, from its assignments at the period's end. */
export async function computedValues(db: Db, l: LoadedObligation): Promise<Record<Computed, number>> {
  const tasks = await tasksOfPlan(
    db,
    l.schedule.directiveId,
    l.row.kind === "unit" ? [l.row.orgId] : l.schedule.unitOrgIds,
  );
  return computedOf(tasks, l.row.periodEnd);
}

/** Fills the computed indicators into a set of values (they are never typed). */
export function withComputed(
  defs: readonly IndicatorDef[],
  values: Record<string, number | boolean | null>,
  computed: Record<Computed, number>,
) {
  const out = { ...values };
  for (const d of defs) if (d.computed) out[d.key] = computed[d.computed];
  return out;
}

export async function getObligation(ctx: UseCaseContext, id: string): Promise<ObligationOut> {
  const l = await loadObligation(ctx.db, id);
  assertMay(ctx.actor, "read", l.scope);
  const { row, schedule } = l;
  const cal = await loadCalendar(ctx.db);
  const today = vietnamDate(ctx.now);
  const unitIds = row.kind === "unit" ? [row.orgId] : schedule.unitOrgIds;
  const tasks = await tasksOfPlan(ctx.db, schedule.directiveId, unitIds);
  const progress = await latestProgressIn(
    ctx.db,
    tasks.map((t) => t.id),
    row.periodStart,
    row.periodEnd,
  );
  const taskOrgs = await orgInfos(
    ctx.db,
    tasks.map((t) => t.orgId),
  );
  const open = ["open", "draft", "returned"].includes(row.state);
  const values = open
    ? withComputed(schedule.indicators, row.values, computedOf(tasks, row.periodEnd))
    : row.values;
  const events = await ctx.db
    .select()
    .from(reportEvents)
    .where(eq(reportEvents.obligationId, row.id))
    .orderBy(asc(reportEvents.at));
  const people = await userNames(ctx.db, [...events.map((e) => e.userId), row.signedBy]);
  const a = ctx.actor;
  const may = (action: "edit" | "sign" | "review") => !a || reportPolicy[action](a, l.scope);
  const c = row.consolidation as ObligationOut["consolidation"];
  return {
    ...summaryOf(row, schedule.title, l.unit.name, today, cal),
    version: row.version,
    narratives: row.narratives,
    values,
    indicators: schedule.indicators,
    rules: schedule.rules,
    comment: row.comment,
    signedByName: row.signedBy ? (people.get(row.signedBy) ?? null) : null,
    draftSavedAt: row.draftSavedAt?.toISOString() ?? null,
    warnings: outliersOf(schedule.indicators, values, await earlierValues(ctx.db, row)),
    assignments: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      status: t.status,
      percent: t.percent,
      dueDate: t.dueDate,
      orgName: taskOrgs.get(t.orgId)?.name ?? "",
      latestProgress: progress.get(t.id) ?? null,
    })),
    history: events.map((e) => ({
      kind: e.kind,
      comment: e.comment,
      byName: e.userId ? (people.get(e.userId) ?? null) : null,
      at: e.at.toISOString(),
    })),
    permissions: {
      edit: open && may("edit"),
      submit: open && may("edit"),
      sign: row.state === "awaiting_signoff" && may("sign"),
      review: ["submitted", "awaiting_signoff"].includes(row.state) && row.kind === "unit" && may("review"),
    },
    consolidation: c ?? null,
  };
}
