// Reading work: a unit's list (table and board) and one assignment with its timeline and evidence
// (plans.ts reads whole plans). Status classes are computed from the dates, on the Vietnam day.

import { eq } from "drizzle-orm";
import type { WorkingCalendar } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { foldVietnamese } from "../../../core/text/fold.ts";
import { outsideBodiesOf } from "../../directives/rules/draft.ts";
import { directives, directiveTasks } from "../../directives/schema.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type {
  AssignmentDetail,
  AssignmentItem,
  AssignmentList,
  AssignmentStatus,
  ClassCounts,
  ListQuery,
  StatusClass,
} from "../contract.ts";
import { permissionsOf, taskPolicy } from "../policy.ts";
import { classifierFor } from "../queries/classifier.ts";
import { type AssignmentRowView, assignmentRows } from "../queries/rows.ts";
import { supportersOf } from "../queries/scope.ts";
import { fileOfAssignment, timelineOf } from "../queries/timeline.ts";
import { assignmentProgress, round1, taskProgress } from "../rules/rollup.ts";
import { countClasses, lastOverdueDueDate, type Standing } from "../rules/status.ts";
import { loadFor } from "./load.ts";

/** At most this many rows are read for one list; a narrower filter shows the rest. */
export const LIST_LIMIT = 5000;

export function itemOf(r: AssignmentRowView, s: Standing): AssignmentItem {
  return {
    id: r.id,
    title: r.title,
    directive: { id: r.directiveId, symbol: r.directiveSymbol, title: r.directiveTitle },
    task: {
      id: r.directiveTaskId,
      path: r.taskPath,
      kind: r.taskKind,
      groupId: r.groupId,
      groupLabel: r.groupLabel,
      groupTitle: r.groupTitle,
    },
    lead: { id: r.leadOrgId, name: r.leadOrgName, shortName: r.leadOrgShortName },
    dueKind: r.dueKind,
    dueDate: r.dueDate,
    dueText: r.dueText,
    effectiveDue: s.effectiveDue,
    status: r.status,
    display: s.display,
    cls: s.cls,
    percent: r.percent,
    progress: assignmentProgress(r),
    workingDaysLeft: s.workingDaysLeft,
    workingDaysOverdue: s.workingDaysOverdue,
    daysOverdue: s.daysOverdue,
    completedOn: r.completedOn,
    lastUpdateAt: r.lastUpdateAt?.toISOString() ?? null,
    needsReassignment: r.needsReassignment,
    version: r.version,
    checkpoint: s.checkpoint ?? null,
  };
}

const CLASS_ORDER: Record<StatusClass, number> = {
  overdue: 0,
  in_progress_on_time: 1,
  not_started: 2,
  paused: 3,
  done_late: 4,
  done_on_time: 5,
};

/** One collator for all comparisons: String.localeCompare with a locale builds one per call. */
export const collator = new Intl.Collator("vi");

/** Overdue first (longest overdue on top), then open work by nearest deadline, then done work. */
export function byUrgency(a: AssignmentItem, b: AssignmentItem): number {
  return (
    CLASS_ORDER[a.cls] - CLASS_ORDER[b.cls] ||
    b.workingDaysOverdue - a.workingDaysOverdue ||
    (a.effectiveDue ?? "9999").localeCompare(b.effectiveDue ?? "9999") ||
    collator.compare(a.title, b.title) ||
    collator.compare(a.lead.name, b.lead.name)
  );
}

/** Typed statuses that can fall in the wanted classes (a superset; the rules then decide). */
function statusesFor(classes: StatusClass[]): AssignmentStatus[] | undefined {
  if (!classes.length) return undefined;
  const map: Record<StatusClass, AssignmentStatus[]> = {
    done_on_time: ["done"],
    done_late: ["done"],
    paused: ["paused"],
    not_started: ["not_started"],
    in_progress_on_time: ["in_progress", "awaiting_approval"],
    overdue: ["not_started", "in_progress", "awaiting_approval"],
  };
  return [...new Set(classes.flatMap((c) => map[c]))];
}

function matches(r: AssignmentRowView, words: string[]): boolean {
  if (!words.length) return true;
  const hay = foldVietnamese(`${r.title} ${r.leadOrgName} ${r.directiveSymbol ?? ""} ${r.dueText ?? ""}`);
  return words.every((w) => hay.includes(w));
}

export interface ClassifiedList {
  today: string;
  items: AssignmentItem[];
  counts: ClassCounts;
  total: number;
  truncated: boolean;
}

/** Reads, classifies and filters assignments visible to the actor. */
export async function classifiedAssignments(
  ctx: UseCaseContext,
  q: Omit<ListQuery, "page" | "pageSize">,
  cal?: WorkingCalendar,
): Promise<ClassifiedList> {
  const calendar = cal ?? (await loadCalendar(ctx.db));
  const today = vietnamDate(ctx.now);
  const onlyOverdue = q.classes.length === 1 && q.classes[0] === "overdue";
  const rows = await assignmentRows(ctx.db, {
    actor: ctx.actor,
    directiveId: q.directiveId,
    orgId: q.orgId,
    involvement: q.involvement,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    // Dated rows are overdue exactly when due on or before this bound (status.ts): let the index do it.
    overdueBound: onlyOverdue ? lastOverdueDueDate(today, calendar) : undefined,
    statuses: statusesFor(q.classes),
    queue: q.queue,
    limit: LIST_LIMIT + 1,
  });
  const classifier = await classifierFor(
    ctx.db,
    rows.map((r) => r.directiveId),
    ctx.now,
    calendar,
  );
  const truncated = rows.length > LIST_LIMIT;
  const words = foldVietnamese(q.q ?? "")
    .split(" ")
    .filter(Boolean);
  const all = rows
    .slice(0, LIST_LIMIT)
    .filter((r) => matches(r, words))
    .map((r) => itemOf(r, classifier.standing(r)));
  const counts = countClasses(all.map((i) => i.cls));
  const items = (q.classes.length ? all.filter((i) => q.classes.includes(i.cls)) : all).sort(byUrgency);
  return { today, items, counts, total: items.length, truncated };
}

/** "Công việc của đơn vị": a page of the list, with the class counts of the whole selection. */
export async function listAssignments(ctx: UseCaseContext, q: ListQuery): Promise<AssignmentList> {
  const list = await classifiedAssignments(ctx, q);
  const start = (q.page - 1) * q.pageSize;
  return { ...list, items: list.items.slice(start, start + q.pageSize), page: q.page, pageSize: q.pageSize };
}

/** One assignment: the work, its deadline and standing, its units, its timeline, what the actor may do. */
export async function getAssignment(ctx: UseCaseContext, id: string): Promise<AssignmentDetail> {
  const { row, scope } = await loadFor(ctx, ctx.db, id, "read");
  const classifier = await classifierFor(ctx.db, [row.directiveId], ctx.now);
  const today = classifier.today;
  const [timeline, supporters, siblingsAll, [named]] = await Promise.all([
    timelineOf(ctx.db, id),
    supportersOf(ctx.db, [id]),
    assignmentRows(ctx.db, { actor: null, directiveId: row.directiveId }),
    // The task's bodies the reviewer recorded as outside the tree (they were given no part of the work).
    ctx.db
      .select({
        leadText: directiveTasks.leadText,
        supportText: directiveTasks.supportText,
        map: directives.unitMap,
      })
      .from(directiveTasks)
      .innerJoin(directives, eq(directives.id, directiveTasks.directiveId))
      .where(eq(directiveTasks.id, row.directiveTaskId)),
  ]);
  const sameTask = siblingsAll.filter((r) => r.directiveTaskId === row.directiveTaskId);
  const visibleSiblings = ctx.actor
    ? sameTask.filter(
        (r) =>
          r.id === id ||
          r.leadOrgId === row.leadOrgId ||
          taskPolicy.followPlan(ctx.actor!, scope.coordinators),
      )
    : sameTask;
  return {
    today,
    ...itemOf(row, classifier.standing(row)),
    supporters: supporters.map(({ orgId, name }) => ({ id: orgId, name })),
    outsideBodies: named ? outsideBodiesOf(named, named.map) : [],
    coordinatorOrgIds: scope.coordinators.map((c) => c.id),
    timeline,
    taskProgress: round1(taskProgress(sameTask)),
    taskAssignments: sameTask.length,
    siblings: visibleSiblings
      .filter((r) => r.id !== id)
      .map((r) => itemOf(r, classifier.standing(r)))
      .sort(byUrgency),
    permissions: ctx.actor
      ? permissionsOf(ctx.actor, scope)
      : { report: true, contribute: true, approve: true, coordinate: true },
  };
}

/** An evidence file of the assignment's timeline, for someone who may read the assignment. */
export async function evidenceFile(ctx: UseCaseContext, storage: FileStorage, id: string, fileId: string) {
  await loadFor(ctx, ctx.db, id, "read");
  const file = await fileOfAssignment(ctx.db, id, fileId);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: await storage.get(file.storageKey) };
}
