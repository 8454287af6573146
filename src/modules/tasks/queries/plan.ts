// The plan view's reads: the directive with its groups and tasks, and its assignments with only the
// lead unit joined (a plan of 1,600 assignments stays quick).
import { asc, eq, inArray, sql } from "drizzle-orm";
import { notFound } from "../../../core/errors.ts";
import { type Db, rowsOf } from "../../../db/client.ts";
import { directiveGroups, directives, directiveTasks } from "../../directives/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import type { AssignmentStatus, DueKind } from "../contract.ts";
import type { AssignmentRowView } from "./rows.ts";
import { coordinatorRefsOf } from "./scope.ts";
import { coordinatorOf } from "./visibility.ts";

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
  const coordinators = await coordinatorRefsOf(db, directiveId, directive.coordinatorOrgId);
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
