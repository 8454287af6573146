// Every query the tasks module runs to read assignments, in one place (guides/code-shape.md §7).
// Writes live in the use cases; these only read.
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Actor, lineageFromPath, type OrgRef, SUPERVISING_ROLES } from "../../core/access.ts";
import { notFound } from "../../core/errors.ts";
import { type Db, rowsOf } from "../../db/client.ts";
import { directiveGroups, directiveReporting, directives, directiveTasks } from "../directives/schema.ts";
import { storedFiles } from "../files/schema.ts";
import { orgs } from "../orgs/schema.ts";
import { users } from "../people/schema.ts";
import type { ReportingDuty } from "./due.ts";
import type { AssignmentScope } from "./policy.ts";
import {
  type AssignmentStatus,
  assignmentFiles,
  assignmentReminders,
  assignmentSupporters,
  assignments,
  assignmentUpdates,
  type DueKind,
} from "./schema.ts";

/** An assignment with what the screens and the rules need from its directive, task and lead unit. */
export interface AssignmentRowView {
  id: string;
  directiveId: string;
  directiveTaskId: string;
  leadOrgId: string;
  leadOrgName: string;
  leadOrgShortName: string | null;
  leadOrgPath: string;
  leadOrgParentId: string | null;
  leadOrgStatus: string;
  title: string;
  dueKind: DueKind;
  dueDate: string | null;
  dueText: string | null;
  status: AssignmentStatus;
  percent: number;
  completedOn: string | null;
  lastUpdateAt: Date | null;
  createdAt: Date;
  version: number;
  needsReassignment: boolean;
  directiveSymbol: string | null;
  directiveTitle: string | null;
  coordinatorOrgId: string | null;
  groupId: string | null;
  groupLabel: string | null;
  groupTitle: string | null;
  groupPosition: number | null;
  taskPath: string[];
  taskPosition: number;
  taskKind: "task" | "responsibility";
}

const coordinatorOf = sql<string | null>`coalesce(${directives.ownerOrgId}, ${directives.issuerOrgId})`;

/**
 * The bodies a plan itself charges with following it: the single lead of a "Tổ chức thực hiện" duty
 * that gives the follow-up of the plan — *đôn đốc*, or *theo dõi* the progress or the carrying out
 * ("Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan, đơn vị"; "theo dõi, đôn
 * đốc các cơ quan, đơn vị ... trong việc tổ chức triển khai thực hiện Kế hoạch này"). "Theo dõi"
 * alone means other things ("theo dõi, chịu trách nhiệm quản lý việc thực hiện công tác tiếp công
 * dân"). With the plan's owner, these are its coordinating bodies.
 */
export const FOLLOW_UP_PATTERN =
  "đôn đốc|theo dõi,? (tiến độ|việc (triển khai|thực hiện)|tình hình (triển khai|thực hiện)|kết quả (triển khai|thực hiện)|triển khai)";
const followUpBodies = sql`(select t.directive_id, (t.lead_org_ids ->> 0)::uuid as org_id, t.position from directive_tasks t
  where t.kind = 'responsibility' and jsonb_array_length(t.lead_org_ids) = 1
    and t.text ~* ${FOLLOW_UP_PATTERN})`;

const viewColumns = {
  id: assignments.id,
  directiveId: assignments.directiveId,
  directiveTaskId: assignments.directiveTaskId,
  leadOrgId: assignments.leadOrgId,
  leadOrgName: orgs.name,
  leadOrgShortName: orgs.shortName,
  leadOrgPath: orgs.path,
  leadOrgParentId: orgs.parentId,
  leadOrgStatus: orgs.status,
  title: assignments.title,
  dueKind: assignments.dueKind,
  dueDate: assignments.dueDate,
  dueText: assignments.dueText,
  status: assignments.status,
  percent: assignments.percent,
  completedOn: assignments.completedOn,
  lastUpdateAt: assignments.lastUpdateAt,
  createdAt: assignments.createdAt,
  version: assignments.version,
  needsReassignment: assignments.needsReassignment,
  directiveSymbol: directives.symbol,
  directiveTitle: directives.title,
  coordinatorOrgId: coordinatorOf,
  groupId: directiveTasks.groupId,
  groupLabel: directiveGroups.label,
  groupTitle: directiveGroups.title,
  groupPosition: directiveGroups.position,
  taskPath: directiveTasks.path,
  taskPosition: directiveTasks.position,
  taskKind: directiveTasks.kind,
};

function baseSelect(db: Db) {
  return db
    .select(viewColumns)
    .from(assignments)
    .innerJoin(orgs, eq(orgs.id, assignments.leadOrgId))
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .innerJoin(directiveTasks, eq(directiveTasks.id, assignments.directiveTaskId))
    .leftJoin(directiveGroups, eq(directiveGroups.id, directiveTasks.groupId));
}

/**
 * The ids of the bodies whose records the actor reads, as a subquery: their own bodies, and every
 * body below a body where they hold a supervising role. Null for an administrator (everything).
 */
export function readableOrgIds(actor: Actor): SQL | null {
  if (actor.isAdmin) return null;
  const own = actor.memberships.map((m) => m.orgId);
  const below = actor.memberships.filter((m) => SUPERVISING_ROLES.has(m.role)).map((m) => `%/${m.orgId}/%`);
  const conds = [
    own.length
      ? sql`o.id in (${sql.join(
          own.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql`false`,
    ...below.map((p) => sql`o.path like ${p}`),
  ];
  return sql`(select o.id from orgs o where ${sql.join(conds, sql` or `)})`;
}

/** The SQL condition "the actor may read this assignment" (mirrors taskPolicy.read). */
export function visibleTo(actor: Actor): SQL | undefined {
  const readable = readableOrgIds(actor);
  if (!readable) return undefined;
  return sql`(${assignments.leadOrgId} in ${readable}
    or exists (select 1 from assignment_supporters s where s.assignment_id = ${assignments.id} and s.org_id in ${readable})
    or ${coordinatorOf} in ${readable}
    or ${assignments.directiveId} in (select f.directive_id from ${followUpBodies} f where f.org_id in ${readable}))`;
}

export interface RowFilters {
  actor: Actor | null;
  directiveId?: string | undefined;
  /** Work of this unit: as lead, as supporter, or both. */
  orgId?: string | undefined;
  involvement?: "lead" | "support" | "all" | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  /** Only rows that may be overdue: dated on or before this day, or undated (checked by period). */
  overdueBound?: string | undefined;
  /** Pre-filter on typed statuses (a superset of the wanted classes; the rules refine it). */
  statuses?: AssignmentStatus[] | undefined;
  limit?: number | undefined;
}

export async function assignmentRows(db: Db, f: RowFilters): Promise<AssignmentRowView[]> {
  const conds: Array<SQL | undefined> = [f.actor ? visibleTo(f.actor) : undefined];
  if (f.directiveId) conds.push(eq(assignments.directiveId, f.directiveId));
  if (f.orgId) {
    const asLead = eq(assignments.leadOrgId, f.orgId);
    const asSupport = sql`exists (select 1 from assignment_supporters s where s.assignment_id = ${assignments.id} and s.org_id = ${f.orgId})`;
    conds.push(
      f.involvement === "lead"
        ? asLead
        : f.involvement === "support"
          ? asSupport
          : sql`(${asLead} or ${asSupport})`,
    );
  }
  if (f.dueFrom) conds.push(sql`${assignments.dueDate} >= ${f.dueFrom}`);
  if (f.dueTo) conds.push(sql`${assignments.dueDate} <= ${f.dueTo}`);
  if (f.overdueBound)
    conds.push(sql`(${assignments.dueDate} <= ${f.overdueBound} or ${assignments.dueDate} is null)`);
  if (f.statuses?.length) conds.push(inArray(assignments.status, f.statuses));
  const query = baseSelect(db)
    .where(and(...conds))
    .orderBy(asc(directiveGroups.position), asc(directiveTasks.position), asc(orgs.name));
  return (await (f.limit ? query.limit(f.limit) : query)) as AssignmentRowView[];
}

export async function assignmentRow(db: Db, id: string): Promise<AssignmentRowView> {
  const [row] = await baseSelect(db).where(eq(assignments.id, id));
  if (!row) throw notFound("công việc");
  return row as AssignmentRowView;
}

const refOf = (o: { id: string; path: string }): OrgRef => ({ id: o.id, lineage: lineageFromPath(o.path) });

/** The follow-up bodies of each directive (see followUpBodies), in the document's order. */
export async function followUpBodiesOf(db: Db, directiveIds: string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(directiveIds)];
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = rowsOf<{ directive_id: string; org_id: string }>(
    await db.execute(sql`select f.directive_id, f.org_id, min(f.position) as first from ${followUpBodies} f
      where f.directive_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) group by f.directive_id, f.org_id order by f.directive_id, first`),
  );
  for (const r of rows) out.set(r.directive_id, [...(out.get(r.directive_id) ?? []), r.org_id]);
  return out;
}

/** A plan's coordinating bodies: those it charges with following it, then its owner (or issuer). */
export async function coordinatorIdsOf(
  db: Db,
  directiveId: string,
  ownerOrIssuer: string | null,
): Promise<string[]> {
  const followUps = (await followUpBodiesOf(db, [directiveId])).get(directiveId) ?? [];
  return [...new Set([...followUps, ...(ownerOrIssuer ? [ownerOrIssuer] : [])])];
}

/** What the policy needs to judge an assignment. */
export async function scopeOf(db: Db, row: AssignmentRowView): Promise<AssignmentScope> {
  const supporters = await db
    .select({ id: orgs.id, path: orgs.path })
    .from(assignmentSupporters)
    .innerJoin(orgs, eq(orgs.id, assignmentSupporters.orgId))
    .where(eq(assignmentSupporters.assignmentId, row.id));
  const coordinatorIds = await coordinatorIdsOf(db, row.directiveId, row.coordinatorOrgId);
  const refs = await orgRefs(db, coordinatorIds);
  return {
    lead: refOf({ id: row.leadOrgId, path: row.leadOrgPath }),
    supporters: supporters.map(refOf),
    coordinators: coordinatorIds
      .map((id) => refs.get(id))
      .filter((r): r is OrgRef & { name: string } => Boolean(r)),
  };
}

export async function supportersOf(db: Db, assignmentIds: string[]) {
  if (!assignmentIds.length) return [];
  return db
    .select({ assignmentId: assignmentSupporters.assignmentId, orgId: orgs.id, name: orgs.name })
    .from(assignmentSupporters)
    .innerJoin(orgs, eq(orgs.id, assignmentSupporters.orgId))
    .where(inArray(assignmentSupporters.assignmentId, assignmentIds))
    .orderBy(asc(orgs.name));
}

/** The timeline of an assignment, oldest first, with authors, units and files. */
export async function timelineOf(db: Db, assignmentId: string) {
  const entries = await db
    .select({
      id: assignmentUpdates.id,
      kind: assignmentUpdates.kind,
      status: assignmentUpdates.status,
      percent: assignmentUpdates.percent,
      narrative: assignmentUpdates.narrative,
      data: assignmentUpdates.data,
      at: assignmentUpdates.at,
      authorUserId: assignmentUpdates.authorUserId,
      authorName: users.fullName,
      authorOrgId: assignmentUpdates.authorOrgId,
      authorOrgName: orgs.name,
    })
    .from(assignmentUpdates)
    .leftJoin(users, eq(users.id, assignmentUpdates.authorUserId))
    .leftJoin(orgs, eq(orgs.id, assignmentUpdates.authorOrgId))
    .where(eq(assignmentUpdates.assignmentId, assignmentId))
    .orderBy(asc(assignmentUpdates.at), asc(assignmentUpdates.id));
  const files = entries.length
    ? await db
        .select({
          updateId: assignmentFiles.updateId,
          id: storedFiles.id,
          fileName: storedFiles.fileName,
          mimeType: storedFiles.mimeType,
          size: storedFiles.size,
        })
        .from(assignmentFiles)
        .innerJoin(storedFiles, eq(storedFiles.id, assignmentFiles.fileId))
        .where(
          inArray(
            assignmentFiles.updateId,
            entries.map((e) => e.id),
          ),
        )
    : [];
  return entries.map((e) => ({
    ...e,
    at: e.at.toISOString(),
    files: files.filter((f) => f.updateId === e.id).map(({ updateId: _, ...f }) => f),
  }));
}

/** Is the file attached to an entry of this assignment's timeline? */
export async function fileOfAssignment(db: Db, assignmentId: string, fileId: string) {
  const [row] = await db
    .select({
      id: storedFiles.id,
      storageKey: storedFiles.storageKey,
      fileName: storedFiles.fileName,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
    })
    .from(assignmentFiles)
    .innerJoin(assignmentUpdates, eq(assignmentUpdates.id, assignmentFiles.updateId))
    .innerJoin(storedFiles, eq(storedFiles.id, assignmentFiles.fileId))
    .where(and(eq(assignmentUpdates.assignmentId, assignmentId), eq(assignmentFiles.fileId, fileId)));
  if (!row) throw notFound("tệp của công việc này");
  return row;
}

/** The latest timeline entry that changed the assignment (to show "their change" on a conflict). */
export async function lastChangeOf(db: Db, assignmentId: string) {
  const [row] = await db
    .select({
      kind: assignmentUpdates.kind,
      status: assignmentUpdates.status,
      percent: assignmentUpdates.percent,
      narrative: assignmentUpdates.narrative,
      at: assignmentUpdates.at,
      authorName: users.fullName,
    })
    .from(assignmentUpdates)
    .leftJoin(users, eq(users.id, assignmentUpdates.authorUserId))
    .where(
      and(
        eq(assignmentUpdates.assignmentId, assignmentId),
        inArray(assignmentUpdates.kind, [
          "progress",
          "status",
          "completion_requested",
          "approved",
          "rejected",
          "moved",
        ]),
      ),
    )
    .orderBy(sql`${assignmentUpdates.at} desc`)
    .limit(1);
  return row ? { ...row, at: row.at.toISOString() } : null;
}

/**
 * Open work the daily reminders look at: not started or in progress, due by `horizon` (overdue work
 * included), or without a date (checked at each reporting period when its directive says so).
 */
export async function reminderCandidates(db: Db, horizon: string): Promise<AssignmentRowView[]> {
  return (await baseSelect(db)
    .where(
      and(
        inArray(assignments.status, ["not_started", "in_progress"]),
        sql`((${assignments.dueDate} is not null and ${assignments.dueDate} <= ${horizon}) or (${assignments.dueDate} is null and ${assignments.dueKind} in ('ongoing', 'none')))`,
      ),
    )
    .orderBy(asc(assignments.dueDate), asc(assignments.id))) as AssignmentRowView[];
}

/** The reporting duties each directive states (dates, frequency), for the checkpoints of undated work. */
export async function reportingDutiesOf(
  db: Db,
  directiveIds: string[],
): Promise<Map<string, ReportingDuty[]>> {
  const ids = [...new Set(directiveIds)];
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      directiveId: directiveReporting.directiveId,
      due: directiveReporting.due,
      frequency: directiveReporting.frequency,
    })
    .from(directiveReporting)
    .where(inArray(directiveReporting.directiveId, ids));
  const out = new Map<string, ReportingDuty[]>();
  for (const r of rows)
    out.set(r.directiveId, [...(out.get(r.directiveId) ?? []), { due: r.due, frequency: r.frequency }]);
  return out;
}

/** Which reminder stages each assignment has had. */
export async function sentStagesOf(db: Db, assignmentIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (let i = 0; i < assignmentIds.length; i += 5000) {
    const chunk = assignmentIds.slice(i, i + 5000);
    const rows = await db
      .select({ assignmentId: assignmentReminders.assignmentId, stageKey: assignmentReminders.stageKey })
      .from(assignmentReminders)
      .where(inArray(assignmentReminders.assignmentId, chunk));
    for (const r of rows) {
      const set = out.get(r.assignmentId) ?? new Set<string>();
      set.add(r.stageKey);
      out.set(r.assignmentId, set);
    }
  }
  return out;
}

/** A directive with its groups and tasks, for the plan view. */
export async function planOutline(db: Db, directiveId: string) {
  const [directive] = await db
    .select({
      id: directives.id,
      symbol: directives.symbol,
      title: directives.title,
      typeName: directives.typeName,
      issuerName: directives.issuerName,
      issuedOn: directives.issuedOn,
      status: directives.status,
      coordinatorOrgId: coordinatorOf,
    })
    .from(directives)
    .where(eq(directives.id, directiveId));
  if (!directive) throw notFound("văn bản, kế hoạch");
  const groups = await db
    .select({
      id: directiveGroups.id,
      label: directiveGroups.label,
      title: directiveGroups.title,
      position: directiveGroups.position,
    })
    .from(directiveGroups)
    .where(eq(directiveGroups.directiveId, directiveId))
    .orderBy(asc(directiveGroups.position));
  const tasks = await db
    .select({
      id: directiveTasks.id,
      groupId: directiveTasks.groupId,
      kind: directiveTasks.kind,
      path: directiveTasks.path,
      title: directiveTasks.title,
      timeframe: directiveTasks.timeframe,
      position: directiveTasks.position,
      assign: directiveTasks.assign,
    })
    .from(directiveTasks)
    .where(eq(directiveTasks.directiveId, directiveId))
    .orderBy(asc(directiveTasks.position));
  const ids = await coordinatorIdsOf(db, directiveId, directive.coordinatorOrgId);
  const refs = await orgRefs(db, ids);
  const coordinators = ids
    .map((id) => refs.get(id))
    .filter((r): r is OrgRef & { name: string } => Boolean(r));
  return { directive, groups, tasks, coordinators };
}

/**
 * The assignments of one plan with only the lead unit joined: the directive, group and task fields
 * come from the plan's outline (read once), which keeps a plan of 1,600 assignments quick.
 */
export async function planAssignmentRows(
  db: Db,
  outline: Awaited<ReturnType<typeof planOutline>>,
): Promise<AssignmentRowView[]> {
  // One JSON value of arrays instead of 1,600 rows of objects: the embedded engine hands rows over
  // one by one, slowly. The task's title and words, and the units' names, come from small lookups.
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(a.id, a.directive_task_id, a.lead_org_id, a.due_kind,
      a.due_date, a.status, a.percent, a.completed_on, a.last_update_at, a.created_at,
      a.needs_reassignment, a.version, a.title, a.due_text)), '[]'::json) as rows
    from assignments a where a.directive_id = ${outline.directive.id}`);
  const raw = rowsOf<{ rows: unknown }>(result)[0]?.rows;
  const tuples = (typeof raw === "string" ? JSON.parse(raw) : (raw ?? [])) as Array<
    [
      string,
      string,
      string,
      DueKind,
      string | null,
      AssignmentStatus,
      number,
      string | null,
      string | null,
      string,
      boolean,
      number,
      string,
      string | null,
    ]
  >;
  const units = await db
    .select({
      id: orgs.id,
      name: orgs.name,
      shortName: orgs.shortName,
      path: orgs.path,
      parentId: orgs.parentId,
      status: orgs.status,
    })
    .from(orgs)
    .where(
      inArray(
        orgs.id,
        [...new Set(tuples.map((r) => r[2]))].concat(["00000000-0000-0000-0000-000000000000"]),
      ),
    );
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const tasks = new Map(outline.tasks.map((t) => [t.id, t]));
  const groups = new Map(outline.groups.map((g) => [g.id, g]));
  // One object literal per row (no spreads): thousands of rows stay fast objects for the rules.
  return tuples.map((r): AssignmentRowView => {
    const unit = unitOf.get(r[2]);
    const task = tasks.get(r[1]);
    const group = task?.groupId ? groups.get(task.groupId) : undefined;
    return {
      id: r[0],
      directiveId: outline.directive.id,
      directiveTaskId: r[1],
      leadOrgId: r[2],
      leadOrgName: unit?.name ?? "",
      leadOrgShortName: unit?.shortName ?? null,
      leadOrgPath: unit?.path ?? "",
      leadOrgParentId: unit?.parentId ?? null,
      leadOrgStatus: unit?.status ?? "active",
      title: r[12],
      dueKind: r[3],
      dueDate: r[4],
      dueText: r[13],
      status: r[5],
      percent: r[6],
      completedOn: r[7],
      lastUpdateAt: r[8] ? new Date(r[8]) : null,
      createdAt: new Date(r[9]),
      version: r[11],
      needsReassignment: r[10],
      directiveSymbol: outline.directive.symbol,
      directiveTitle: outline.directive.title,
      coordinatorOrgId: outline.directive.coordinatorOrgId,
      groupId: task?.groupId ?? null,
      groupLabel: group?.label ?? null,
      groupTitle: group?.title ?? null,
      groupPosition: group?.position ?? null,
      taskPath: task?.path ?? [],
      taskPosition: task?.position ?? 0,
      taskKind: task?.kind ?? "task",
    };
  });
}

/** Org refs by id (for policy checks over many rows). */
export async function orgRefs(db: Db, ids: string[]): Promise<Map<string, OrgRef & { name: string }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: orgs.id, path: orgs.path, name: orgs.name })
    .from(orgs)
    .where(inArray(orgs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { ...refOf(r), name: r.name }]));
}
