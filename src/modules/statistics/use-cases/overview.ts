// A leader's statistics of their area (issue 14 item 6): completion on time by unit and by plan,
// overdue work by age in working days, report timeliness per period and unit, a ranking of the units
// below, and trends per quarter of the due date. Every class comes from the tasks' status rules, every
// report's timeliness from the reports' rule; each unit's number carries the task list's filter that
// shows exactly those rows (as GET /api/home does).
import { lineageFromPath } from "../../../core/access.ts";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { forbidden, notFound } from "../../../core/errors.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { type Timeliness, timelinessOf } from "../../reports/rules/timeliness.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { HomeFilter } from "../../tasks/contract.ts";
import { classifierFor } from "../../tasks/queries/classifier.ts";
import { collator } from "../../tasks/use-cases/read.ts";
import {
  AGE_BUCKETS,
  type AgeStat,
  type ReportPeriodStat,
  type ReportUnit,
  type StatsOut,
  type StatsQuery,
  type UnitStat,
} from "../contract.ts";
import { STATS_REFUSAL, statsPolicy } from "../policy.ts";
import { areaObligations, factGroups, orgsById, planNames, topOrgs } from "../queries.ts";
import {
  AGE_FROM,
  ageBounds,
  bandRange,
  groupClassifier,
  movedDeadlines,
  onTimeRate,
  rankUnits,
  Tally,
} from "../rules/figures.ts";
import { periodChoices, quarterKey, statPeriod } from "../rules/periods.ts";

const TREND_QUARTERS = 12;

const filterOf = (f: Partial<HomeFilter>): HomeFilter => ({
  orgId: null,
  involvement: null,
  classes: [],
  dueFrom: null,
  dueTo: null,
  queue: null,
  directiveId: null,
  ...f,
});

/** The later of two optional days, and the earlier: a range inside another. */
const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

function reportTally(ts: Timeliness[]) {
  const n = (k: Timeliness["kind"]) => ts.filter((t) => t.kind === k).length;
  const onTime = n("on_time");
  const due = onTime + n("late") + n("missing");
  return {
    onTime,
    late: n("late"),
    missing: n("missing"),
    pending: n("pending"),
    onTimeRate: due ? Math.round((onTime / due) * 1000) / 10 : null,
  };
}

export async function statisticsOf(ctx: UseCaseContext, q: StatsQuery): Promise<StatsOut> {
  const actor = ctx.actor;
  const memberships = actor?.memberships.filter((m) => m.role !== "admin") ?? [];
  const tops = actor && !actor.isAdmin ? [] : await topOrgs(ctx.db);
  const rootIds = [...new Set(memberships.map((m) => m.orgId))];
  const focusId =
    q.orgId ??
    (actor?.actingOrgId && rootIds.includes(actor.actingOrgId) ? actor.actingOrgId : null) ??
    rootIds[0] ??
    tops[0]?.id;
  if (!focusId) throw notFound("đơn vị");
  const known = await orgsById(ctx.db, [focusId, ...rootIds]);
  const focus = known.get(focusId);
  if (!focus) throw notFound("đơn vị");
  if (actor && !statsPolicy.view(actor, { id: focus.id, lineage: lineageFromPath(focus.path) }))
    throw forbidden(STATS_REFUSAL);
  const period = q.period ? statPeriod(q.period) : null;
  const dueFrom = period?.start ?? null;
  const dueTo = period?.end ?? null;
  const area = {
    actor,
    focusId: focus.id,
    directiveId: q.directiveId,
    dueFrom: dueFrom ?? undefined,
    dueTo: dueTo ?? undefined,
  };

  const cal = await loadCalendar(ctx.db);
  const today = vietnamDate(ctx.now);
  const year = Number(today.slice(0, 4));
  const bounds = ageBounds(today, cal);
  const groups = await factGroups(
    ctx.db,
    area,
    bounds,
    movedDeadlines(`${year - 15}-01-01`, `${year + 10}-12-31`, cal),
  );
  const classifier = await classifierFor(
    ctx.db,
    [...new Set(groups.byPlan.map((g) => g.directiveId!).filter(Boolean))],
    ctx.now,
    cal,
  );
  const classified = groupClassifier(classifier, bounds);

  // By unit directly below the focus unit (its own work apart), rolled up by the query.
  const tallies = new Map<string, { tally: Tally; leads: Set<string | null> }>();
  const totals = new Tally();
  for (const g of groups.byUnit) {
    const t = tallies.get(g.unitId) ?? { tally: new Tally(), leads: new Set() };
    tallies.set(g.unitId, t);
    const c = classified(g);
    t.tally.add(c);
    t.leads.add(g.onlyLead);
    totals.add(c);
  }
  const units = await orgsById(ctx.db, [...tallies.keys()]);
  const base = { involvement: "lead" as const, directiveId: q.directiveId ?? null, dueFrom, dueTo };
  const unitStats: UnitStat[] = [...tallies.entries()].map(([id, { tally, leads: ls }]) => {
    const org = units.get(id);
    const exact = ls.size === 1 && ls.has(id);
    return {
      orgId: id,
      name: org?.name ?? "",
      shortName: org?.shortName ?? null,
      own: id === focus.id,
      rank: null,
      counts: tally.counts,
      onTimeRate: onTimeRate(tally.counts),
      overdueByAge: tally.ages,
      overdueRecurring: tally.recurring,
      filter: exact ? filterOf({ ...base, orgId: id }) : null,
      hasBelow: !exact && id !== focus.id,
    };
  });
  const ranked = rankUnits(
    unitStats.filter((u) => !u.own),
    (a, b) => collator.compare(a, b),
  );
  ranked.forEach((u, i) => {
    u.rank = i + 1;
  });
  const own = unitStats.filter((u) => u.own);

  // By plan.
  const planTallies = new Map<string, Tally>();
  for (const g of groups.byPlan) {
    const id = g.directiveId!;
    if (!planTallies.has(id)) planTallies.set(id, new Tally());
    planTallies.get(id)!.add(classified(g));
  }
  const names = await planNames(ctx.db, [...planTallies.keys(), ...(q.directiveId ? [q.directiveId] : [])]);
  const nameOf = new Map(names.map((n) => [n.id, n]));
  const byPlan = [...planTallies.entries()]
    .map(([id, t]) => ({
      id,
      symbol: nameOf.get(id)?.symbol ?? null,
      title: nameOf.get(id)?.title ?? null,
      counts: t.counts,
      onTimeRate: onTimeRate(t.counts),
    }))
    .sort((a, b) => b.counts.overdue - a.counts.overdue || collator.compare(a.symbol ?? "", b.symbol ?? ""));

  // Overdue by age: the dated bands (a due-date range the task list can show) and recurring work.
  const overdueByAge: AgeStat[] = AGE_BUCKETS.map((bucket, i) => {
    const r = bandRange(bounds, i + 1);
    const from = later(r.dueFrom, dueFrom);
    const to = earlier(r.dueTo, dueTo);
    return {
      bucket,
      n: totals.ages[i]!,
      from: AGE_FROM[i]!,
      to: i + 1 < AGE_FROM.length ? AGE_FROM[i + 1]! - 1 : null,
      filter: filterOf({ ...base, classes: ["overdue"], dueFrom: from, dueTo: to }),
    };
  });
  overdueByAge.push({ bucket: "recurring", n: totals.recurring, from: 0, to: null, filter: null });

  // Trends: quarters of the due date, the latest TREND_QUARTERS up to the next one.
  const quarterTallies = new Map<number, Tally>();
  for (const g of groups.byQuarter) {
    if (!quarterTallies.has(g.quarter)) quarterTallies.set(g.quarter, new Tally());
    quarterTallies.get(g.quarter)!.add(classified(g));
  }
  const thisQuarter = year * 10 + Math.ceil(Number(today.slice(5, 7)) / 3);
  const nextQuarter = thisQuarter % 10 === 4 ? (year + 1) * 10 + 1 : thisQuarter + 1;
  const trend = [...quarterTallies.entries()]
    .filter(([k]) => k <= nextQuarter)
    .sort(([a], [b]) => a - b)
    .slice(-TREND_QUARTERS)
    .map(([k, t]) => ({ key: quarterKey(k), counts: t.counts, onTimeRate: onTimeRate(t.counts) }));

  // Report timeliness: the reports' own rule on each obligation, per period and per unit below.
  const obligations = await areaObligations(ctx.db, area);
  const orgNames = await orgsById(ctx.db, [...new Set(obligations.map((o) => o.orgId))]);
  const judged = obligations.map((o) => ({
    o,
    t: timelinessOf(
      o.dueDate as IsoDate,
      o.firstSubmittedAt ? vietnamDate(o.firstSubmittedAt) : null,
      today as IsoDate,
      cal,
    ),
  }));
  const byPeriod = new Map<string, typeof judged>();
  for (const j of judged) {
    const key = `${j.o.periodKey}|${j.o.periodLabel}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), j]);
  }
  const reportPeriods: ReportPeriodStat[] = [...byPeriod.entries()]
    .sort(([, a], [, b]) => (a[0]!.o.periodEnd < b[0]!.o.periodEnd ? 1 : -1))
    .map(([key, list]) => ({
      key: key.split("|")[0]!,
      label: list[0]!.o.periodLabel,
      ...reportTally(list.map((j) => j.t)),
      behind: list
        .filter((j) => j.t.kind === "late" || j.t.kind === "missing")
        .map(
          (j): ReportUnit => ({
            obligationId: j.o.id,
            orgId: j.o.orgId,
            orgName: orgNames.get(j.o.orgId)?.name ?? "",
            scheduleTitle: j.o.scheduleTitle,
            kind: j.t.kind,
            days: j.t.days,
          }),
        )
        .sort((a, b) => (a.kind === b.kind ? b.days - a.days : a.kind === "missing" ? -1 : 1)),
    }));
  const reportLeads = new Map<string, Timeliness[]>();
  const reportChildOf = (orgId: string) => {
    const lineage = lineageFromPath(orgNames.get(orgId)?.path ?? "");
    const at = lineage.indexOf(focus.id);
    return at >= 0 && at + 1 < lineage.length ? lineage[at + 1]! : focus.id;
  };
  for (const j of judged) {
    const unit = reportChildOf(j.o.orgId);
    reportLeads.set(unit, [...(reportLeads.get(unit) ?? []), j.t]);
  }
  const reportUnitNames = await orgsById(ctx.db, [...reportLeads.keys()]);
  const reportUnits = [...reportLeads.entries()]
    .map(([orgId, ts]) => ({ orgId, name: reportUnitNames.get(orgId)?.name ?? "", ...reportTally(ts) }))
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || collator.compare(a.name, b.name));

  // Where the actor can go: up a level when they read it, and their own units.
  const parent = focus.parentId ? (await orgsById(ctx.db, [focus.parentId])).get(focus.parentId) : undefined;
  const up =
    parent && (!actor || statsPolicy.view(actor, { id: parent.id, lineage: lineageFromPath(parent.path) }))
      ? { id: parent.id, name: parent.name }
      : null;
  const roots = actor?.isAdmin
    ? tops
    : rootIds.map((id) => ({ id, name: known.get(id)?.name ?? "" })).filter((r) => r.name);

  return {
    today,
    focus: { id: focus.id, name: focus.name },
    up,
    roots,
    filters: { directiveId: q.directiveId ?? null, period: period?.key ?? null, dueFrom, dueTo },
    plans: names
      .map((n) => ({ id: n.id, symbol: n.symbol, title: n.title }))
      .sort((a, b) => collator.compare(a.symbol ?? "", b.symbol ?? "")),
    periods: periodChoices(today),
    totals: { counts: totals.counts, onTimeRate: onTimeRate(totals.counts) },
    units: [...own, ...ranked],
    byPlan,
    overdueByAge,
    trend,
    reports: { periods: reportPeriods, units: reportUnits },
  };
}
