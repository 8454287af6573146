// The statistics' reads: the assignments of an area reduced to groups that share every fact the
// status rules read (rules/figures.ts), by unit, by plan and by quarter of the due date in one scan
// (grouping sets), and the area's report obligations. The area is the lead units at or below the
// focus unit that the actor reads (tasks/policy.ts, readableOrgs — never sideways).
import { and, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../core/access.ts";
import { type Db, rowsOf } from "../../db/client.ts";
import { directives } from "../directives/schema.ts";
import { orgs } from "../orgs/schema.ts";
import { reportObligations, reportSchedules } from "../reports/schema.ts";
import type { AssignmentStatus, DueKind } from "../tasks/contract.ts";
import { readableOrgIds } from "../tasks/queries/visibility.ts";
import type { FactGroup } from "./rules/figures.ts";

export interface AreaFilter {
  actor: Actor | null;
  focusId: string;
  directiveId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
}

/** The bodies at or below the focus unit that the actor reads, as a condition on `o` (orgs). */
function inArea(f: AreaFilter, o: SQL): SQL {
  const readable = f.actor ? readableOrgIds(f.actor) : null;
  return sql`${o}.path like ${`%/${f.focusId}/%`}${readable ? sql` and ${o}.id in ${readable}` : sql``}`;
}

export interface GroupsOut {
  /** By unit directly below the focus unit (the focus unit itself for its own work). */
  byUnit: Array<FactGroup & { unitId: string; onlyLead: string | null }>;
  byPlan: FactGroup[];
  byQuarter: Array<FactGroup & { quarter: number }>;
}

type Raw = {
  g: number;
  unit: string | null;
  lead_min: string | null;
  lead_max: string | null;
  directive: string | null;
  cdir: string | null;
  quarter: number | null;
  status: AssignmentStatus;
  band: number | null;
  late: boolean | null;
  kind: DueKind | null;
  completed: string | null;
  created: string | null;
  reported: string | null;
  n: string | number;
};

/**
 * The area's assignments as fact groups, in one scan: by the unit directly below the focus unit
 * that each lead unit is in (or the focus unit itself), by plan, and by quarter of the due date.
 * `bounds` are the age bands' latest due dates (rules/figures.ts, ageBounds), `moved` the days off
 * with the day a deadline on them moves to. Only undated work keeps its plan in the units' groups
 * (its checkpoints come from the plan's reporting duties); dated work needs no more than its dates.
 */
export async function factGroups(
  db: Db,
  f: AreaFilter,
  bounds: string[],
  moved: { days: string[]; to: string[] },
): Promise<GroupsOut> {
  const conds: SQL[] = [inArea(f, sql`o`)];
  if (f.directiveId) conds.push(sql`a.directive_id = ${f.directiveId}`);
  if (f.dueFrom) conds.push(sql`a.due_date >= ${f.dueFrom}`);
  if (f.dueTo) conds.push(sql`a.due_date <= ${f.dueTo}`);
  const band = sql`case when a.due_date is null then null ${sql.join(
    [...bounds].reverse().map((b, i) => sql`when a.due_date <= ${b} then ${bounds.length - i}::int`),
    sql` `,
  )} else 0 end`;
  const undated = (e: SQL) => sql`case when a.due_date is null then ${e} end`;
  const vnDate = (col: SQL) => sql`to_char((${col} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
  const pgDates = (days: string[]) => `{${days.join(",")}}`;
  const segment = `/${f.focusId}/`;
  // The facts in a subquery, grouped by name.
  const facts = sql.raw("status, band, late, kind, completed, created, reported");
  // A district's 40,000 rows hash into their groups in memory; with the default work_mem (4 MB) the
  // grouping sets sort on disk instead, twice as slow (bench/statistics.bench.ts).
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return tx.execute(sql`
    select grouping(unit, directive, quarter) as g, unit, min(lead) as lead_min, max(lead) as lead_max,
      directive, cdir, quarter, status, band, late, kind, completed, created, reported, count(*) as n
    from (select a.lead_org_id::text as lead, a.directive_id as directive,
        coalesce(nullif(split_part(substr(o.path, strpos(o.path, ${segment}) + ${segment.length}), '/', 1), ''),
          ${f.focusId}) as unit,
        ${undated(sql`a.directive_id`)} as cdir,
        extract(year from a.due_date)::int * 10 + extract(quarter from a.due_date)::int as quarter,
        a.status, ${band} as band,
        case when a.due_date is null or a.completed_on is null then null
          else a.completed_on > coalesce(m.moved_to, a.due_date) end as late,
        ${undated(sql`a.due_kind`)} as kind, ${undated(sql`to_char(a.completed_on, 'YYYY-MM-DD')`)} as completed,
        ${undated(vnDate(sql`a.created_at`))} as created, ${undated(vnDate(sql`a.last_update_at`))} as reported
      from assignments a
      join orgs o on o.id = a.lead_org_id
      left join (select unnest(${pgDates(moved.days)}::date[]) as day,
          unnest(${pgDates(moved.to)}::date[]) as moved_to) m on m.day = a.due_date
      where ${and(...conds)}) x
    group by grouping sets ((unit, cdir, ${facts}), (directive, ${facts}), (quarter, status, band, late))`);
  });
  const out: GroupsOut = { byUnit: [], byPlan: [], byQuarter: [] };
  for (const r of rowsOf<Raw>(result)) {
    const set = Number(r.g);
    const g: FactGroup = {
      status: r.status,
      directiveId: set === 5 ? r.directive : r.cdir,
      band: r.band === null ? null : Number(r.band),
      late: r.late,
      dueKind: r.kind,
      completedOn: r.completed,
      createdOn: r.created,
      lastReportOn: r.reported,
      n: Number(r.n),
    };
    // grouping(): a bit per column left out — unit 4, plan 2, quarter 1.
    if (set === 3)
      out.byUnit.push({ ...g, unitId: r.unit!, onlyLead: r.lead_min === r.lead_max ? r.lead_min : null });
    else if (set === 5) out.byPlan.push(g);
    else if (set === 6 && r.quarter !== null) out.byQuarter.push({ ...g, quarter: Number(r.quarter) });
  }
  return out;
}

/** The bodies with their paths and names. */
export async function orgsById(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, OrgLine>();
  const rows = await db
    .select({
      id: orgs.id,
      name: orgs.name,
      shortName: orgs.shortName,
      path: orgs.path,
      parentId: orgs.parentId,
    })
    .from(orgs)
    .where(inArray(orgs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
export type OrgLine = {
  id: string;
  name: string;
  shortName: string | null;
  path: string;
  parentId: string | null;
};

/** The tree's top bodies (an administrator's starting points). */
export async function topOrgs(db: Db) {
  return db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(sql`${orgs.parentId} is null and ${orgs.status} = 'active'`)
    .orderBy(orgs.name);
}

export async function planNames(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: directives.id, symbol: directives.symbol, title: directives.title })
    .from(directives)
    .where(inArray(directives.id, [...new Set(ids)]));
}

/** The area's units' report obligations (not the consolidated ones), with their schedule. */
export async function areaObligations(db: Db, f: AreaFilter) {
  const conds: Array<SQL | undefined> = [
    eq(reportObligations.kind, "unit"),
    sql`${reportObligations.orgId} in (select o.id from orgs o where ${inArea(f, sql`o`)})`,
    f.directiveId ? eq(reportSchedules.directiveId, f.directiveId) : undefined,
    f.dueFrom ? gte(reportObligations.periodEnd, f.dueFrom) : undefined,
    f.dueTo ? lte(reportObligations.periodEnd, f.dueTo) : undefined,
  ];
  return db
    .select({
      id: reportObligations.id,
      orgId: reportObligations.orgId,
      periodKey: reportObligations.periodKey,
      periodLabel: reportObligations.periodLabel,
      periodEnd: reportObligations.periodEnd,
      dueDate: reportObligations.dueDate,
      firstSubmittedAt: reportObligations.firstSubmittedAt,
      scheduleTitle: reportSchedules.title,
      directiveId: reportSchedules.directiveId,
    })
    .from(reportObligations)
    .innerJoin(reportSchedules, eq(reportSchedules.id, reportObligations.scheduleId))
    .where(and(...conds));
}
