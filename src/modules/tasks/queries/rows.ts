// The assignment rows the lists, one assignment and the reminders read, with what the screens and
// the rules need from the directive, task and lead unit (one select shape for all of them).
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/access.ts";
import { notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { versionedCache } from "../../data-versions/use-cases/versions.ts";
import { directiveGroups, directives, directiveTasks } from "../../directives/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import type { AssignmentStatus, DueKind, WorkQueue } from "../contract.ts";
import { readableOrgs } from "../policy.ts";
import { assignments } from "../schema.ts";
import { queueCondition } from "./queues.ts";
import { coordinatorOf, visibleTo } from "./visibility.ts";

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
  /** A work queue of the home (contract.ts, WORK_QUEUES); `approve` is judged for `actor`. */
  queue?: WorkQueue | undefined;
  limit?: number | undefined;
}

export async function assignmentRows(db: Db, f: RowFilters): Promise<AssignmentRowView[]> {
  // A unit the actor reads as its own shows all its work (as lead or supporter: visibleTo's first
  // two terms), so the rest of the rule would only cost the planner (issue 11: a ward's own list).
  const readable = f.actor ? readableOrgs(f.actor) : null;
  const seenThroughUnit = !!f.orgId && !!readable && (readable.all || readable.own.includes(f.orgId));
  const conds: Array<SQL | undefined> = [f.actor && !seenThroughUnit ? visibleTo(f.actor) : undefined];
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
  if (f.queue) conds.push(queueCondition(f.queue, f.actor));
  const ordered = baseSelect(db)
    .where(and(...conds))
    .orderBy(asc(directiveGroups.position), asc(directiveTasks.position), asc(orgs.name));
  const query = f.limit ? ordered.limit(f.limit) : ordered;
  // The statement itself is the key: whatever the filters and the actor, the same SQL and
  // parameters read the same rows while no work, body or plan was written (the "work" and "orgs"
  // counters). A copy of the list: callers may sort or filter it, never change a row (frozen).
  const { sql: text, params } = query.toSQL();
  const rows = await rowsCache.get(db, `${text}\u0000${JSON.stringify(params)}`, Date.now(), async () =>
    ((await query) as AssignmentRowView[]).map((r) => Object.freeze(r)),
  );
  return [...rows];
}

/**
 * The rows of recent statements on this node, valid while the tables they read are unchanged: every
 * write to assignments, their supporters and timelines, directives and their parts moves "work",
 * every write to the bodies moves "orgs" (docs/decisions/request-caches.md).
 */
const rowsCache = versionedCache<readonly AssignmentRowView[]>(["work", "orgs"], {
  maxEntries: 300,
  maxAgeMs: 10 * 60_000,
  // A unit's or an official's lists; the longest (everything, for an administrator) are read afresh.
  keep: (rows) => rows.length <= 1000,
});

export async function assignmentRow(db: Db, id: string): Promise<AssignmentRowView> {
  const [row] = await baseSelect(db).where(eq(assignments.id, id));
  if (!row) throw notFound("công việc");
  return row as AssignmentRowView;
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
