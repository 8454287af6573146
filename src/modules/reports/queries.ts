// Reads of the periodic reports that several use cases share: a schedule, an obligation with what
// the policy needs (its unit and the coordinating body as OrgRefs), names of bodies and people, the
// unit's assignments under the plan, and a unit's earlier reports (for the outlier check).
import { and, asc, desc, eq, inArray, isNull, lt, ne } from "drizzle-orm";
import { lineageFromPath, type OrgRef } from "../../core/access.ts";
import { notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { orgs } from "../orgs/schema.ts";
import { users } from "../people/schema.ts";
import { assignments, assignmentUpdates } from "../tasks/schema.ts";
import type { ReportScope } from "./policy.ts";
import type { TaskRow } from "./rules/prefill.ts";
import {
  type ReportObligationRow,
  type ReportScheduleRow,
  reportObligations,
  reportSchedules,
} from "./schema.ts";

export interface OrgInfo extends OrgRef {
  name: string;
  shortName: string | null;
  parentId: string | null;
  status: string;
  successorId: string | null;
}

export async function orgInfos(db: Db, ids: Iterable<string>): Promise<Map<string, OrgInfo>> {
  const list = [...new Set(ids)];
  if (!list.length) return new Map();
  const rows = await db
    .select({
      id: orgs.id,
      path: orgs.path,
      name: orgs.name,
      shortName: orgs.shortName,
      parentId: orgs.parentId,
      status: orgs.status,
      successorId: orgs.successorId,
    })
    .from(orgs)
    .where(inArray(orgs.id, list));
  return new Map(rows.map((r) => [r.id, { ...r, lineage: lineageFromPath(r.path) }]));
}

export async function requireSchedule(db: Db, id: string): Promise<ReportScheduleRow> {
  const [row] = await db.select().from(reportSchedules).where(eq(reportSchedules.id, id));
  if (!row) throw notFound("chế độ báo cáo");
  return row;
}

export interface LoadedObligation {
  row: ReportObligationRow;
  schedule: ReportScheduleRow;
  scope: ReportScope;
  unit: OrgInfo;
  coordinator: OrgInfo;
}

/** An obligation, its schedule and its scope; NOT_FOUND when absent. */
export async function loadObligation(db: Db, id: string): Promise<LoadedObligation> {
  const [row] = await db.select().from(reportObligations).where(eq(reportObligations.id, id));
  if (!row) throw notFound("báo cáo");
  const schedule = await requireSchedule(db, row.scheduleId);
  const infos = await orgInfos(db, [row.orgId, schedule.coordinatorOrgId]);
  const unit = infos.get(row.orgId)!;
  const coordinator = infos.get(schedule.coordinatorOrgId)!;
  return { row, schedule, unit, coordinator, scope: { unit, coordinator } };
}

export async function userNames(db: Db, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const list = [...new Set([...ids].filter((x): x is string => Boolean(x)))];
  if (!list.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The assignments of a plan led by the given units (every unit when `orgIds` is null). */
export async function tasksOfPlan(db: Db, directiveId: string | null, orgIds: string[] | null) {
  if (!directiveId) return [];
  return db
    .select({
      id: assignments.id,
      orgId: assignments.leadOrgId,
      title: assignments.title,
      status: assignments.status,
      percent: assignments.percent,
      dueDate: assignments.dueDate,
      completedOn: assignments.completedOn,
    })
    .from(assignments)
    .where(
      and(
        eq(assignments.directiveId, directiveId),
        orgIds ? inArray(assignments.leadOrgId, orgIds) : undefined,
      ),
    )
    .orderBy(asc(assignments.title));
}
export type PlanTask = Awaited<ReturnType<typeof tasksOfPlan>>[number] & TaskRow;

/** The latest progress narrative of each assignment reported inside [start, end]. */
export async function latestProgressIn(db: Db, ids: string[], start: string, end: string) {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      id: assignmentUpdates.assignmentId,
      narrative: assignmentUpdates.narrative,
      at: assignmentUpdates.at,
    })
    .from(assignmentUpdates)
    .where(and(inArray(assignmentUpdates.assignmentId, ids), eq(assignmentUpdates.kind, "progress")))
    .orderBy(desc(assignmentUpdates.at));
  const from = new Date(`${start}T00:00:00+07:00`).getTime();
  const to = new Date(`${end}T23:59:59+07:00`).getTime();
  for (const r of rows) {
    const t = r.at.getTime();
    if (t >= from && t <= to && r.narrative && !out.has(r.id)) out.set(r.id, r.narrative);
  }
  return out;
}

/** The values a unit reported in the schedule's earlier periods (for the outlier check). */
export async function earlierValues(db: Db, row: ReportObligationRow) {
  const rows = await db
    .select({ values: reportObligations.values })
    .from(reportObligations)
    .where(
      and(
        eq(reportObligations.scheduleId, row.scheduleId),
        eq(reportObligations.orgId, row.orgId),
        eq(reportObligations.kind, row.kind),
        lt(reportObligations.periodEnd, row.periodEnd),
        inArray(reportObligations.state, ["submitted", "accepted"]),
      ),
    );
  return rows.map((r) => r.values);
}

/** The units' obligations of one period of a schedule. */
export async function unitObligations(db: Db, scheduleId: string, periodKey: string) {
  return db
    .select()
    .from(reportObligations)
    .where(
      and(
        eq(reportObligations.scheduleId, scheduleId),
        eq(reportObligations.periodKey, periodKey),
        eq(reportObligations.kind, "unit"),
      ),
    );
}

/** The open (not yet sent) obligations a unit owes, for a reorganisation to hand over. */
export async function openObligationsOf(db: Db, orgId: string) {
  return db
    .select()
    .from(reportObligations)
    .where(
      and(
        eq(reportObligations.orgId, orgId),
        inArray(reportObligations.state, ["open", "draft", "returned", "awaiting_signoff"]),
        ne(reportObligations.kind, "consolidated"),
        isNull(reportObligations.acceptedAt),
      ),
    );
}
