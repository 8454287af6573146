// Reading work: a unit's list (table and board), one assignment with its timeline, the plans an
// official follows, and the coordinator's view of a whole plan (by group, by unit, overdue first,
// with roll-up percentages). Status classes are computed here from the dates, on the Vietnam day.

import type { WorkingCalendar } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { forbidden } from "../../../core/errors.ts";
import { foldVietnamese } from "../../../core/text/fold.ts";
import type { FileStorage } from "../../files/storage.ts";
import { loadCalendar } from "../../holiday-schedules/calendar.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { classifierFor } from "../classify.ts";
import { permissionsOf, taskPolicy } from "../policy.ts";
import {
  type AssignmentRowView,
  assignmentRows,
  fileOfAssignment,
  followUpBodiesOf,
  orgRefs,
  planAssignmentRows,
  planOutline,
  supportersOf,
  timelineOf,
} from "../queries.ts";
import { assignmentProgress, meanOfTasks, round1, taskProgress } from "../rollup.ts";
import type { AssignmentStatus, ListQuery } from "../schema.ts";
import {
  type ClassCounts,
  countClasses,
  lastOverdueDueDate,
  type Standing,
  type StatusClass,
} from "../status.ts";
import { loadFor } from "./load.ts";

/** Map.groupBy arrived in Node 21; the project runs on Node 20. */
function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** At most this many rows are read for one list; a narrower filter shows the rest. */
export const LIST_LIMIT = 5000;

export function itemOf(r: AssignmentRowView, s: Standing) {
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
    /** Work checked at reporting periods: the period's checkpoint and whether the unit reported in it. */
    checkpoint: s.checkpoint ?? null,
  };
}
export type AssignmentItem = ReturnType<typeof itemOf>;

const CLASS_ORDER: Record<StatusClass, number> = {
  overdue: 0,
  in_progress_on_time: 1,
  not_started: 2,
  paused: 3,
  done_late: 4,
  done_on_time: 5,
};

/** One collator for all comparisons: String.localeCompare with a locale builds one per call. */
const collator = new Intl.Collator("vi");

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
export async function listAssignments(ctx: UseCaseContext, q: ListQuery) {
  const list = await classifiedAssignments(ctx, q);
  const start = (q.page - 1) * q.pageSize;
  return { ...list, items: list.items.slice(start, start + q.pageSize), page: q.page, pageSize: q.pageSize };
}

/** One assignment: the work, its deadline and standing, its units, its timeline, what the actor may do. */
export async function getAssignment(ctx: UseCaseContext, id: string) {
  const { row, scope } = await loadFor(ctx, ctx.db, id, "read");
  const classifier = await classifierFor(ctx.db, [row.directiveId], ctx.now);
  const today = classifier.today;
  const [timeline, supporters, siblingsAll] = await Promise.all([
    timelineOf(ctx.db, id),
    supportersOf(ctx.db, [id]),
    assignmentRows(ctx.db, { actor: null, directiveId: row.directiveId }),
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

export const PLAN_OVERDUE_SHOWN = 100;

/** The coordinator's view of a whole plan. */
export async function planProgress(ctx: UseCaseContext, directiveId: string) {
  const outline = await planOutline(ctx.db, directiveId);
  if (ctx.actor && !taskPolicy.followPlan(ctx.actor, outline.coordinators))
    throw forbidden("Chỉ cơ quan theo dõi kế hoạch và lãnh đạo cấp trên được xem tiến độ toàn kế hoạch.");
  const classifier = await classifierFor(ctx.db, [directiveId], ctx.now);
  const today = classifier.today;
  const rows = await planAssignmentRows(ctx.db, outline);
  const items = rows.map((r) => itemOf(r, classifier.standing(r)));
  const byTask = groupBy(items, (i) => i.task.id);
  const taskViews = outline.tasks.map((t) => {
    const list = (byTask.get(t.id) ?? []).sort(byUrgency);
    return {
      id: t.id,
      groupId: t.groupId,
      kind: t.kind,
      path: t.path,
      title: t.title,
      dueText: t.timeframe.text || null,
      progress: round1(taskProgress(list)),
      counts: countClasses(list.map((i) => i.cls)),
      // Lean rows (the unit's name is in `units`): a plan of 100 tasks × 16 wards stays small.
      assignments: list.map((i) => ({
        id: i.id,
        orgId: i.lead.id,
        display: i.display,
        cls: i.cls,
        percent: i.progress,
        effectiveDue: i.effectiveDue,
        workingDaysOverdue: i.workingDaysOverdue,
        needsReassignment: i.needsReassignment,
      })),
    };
  });
  const rawProgress = new Map(outline.tasks.map((t) => [t.id, taskProgress(byTask.get(t.id) ?? [])]));
  const groupOf = (groupId: string | null) => {
    const tasks = taskViews.filter((t) => t.groupId === groupId);
    return {
      progress: round1(meanOfTasks(tasks.map((t) => rawProgress.get(t.id) ?? null))),
      counts: countClasses(tasks.flatMap((t) => t.assignments.map((a) => a.cls))),
      tasks,
    };
  };
  const groups = [
    ...outline.groups.map((g) => ({ id: g.id, label: g.label, title: g.title, ...groupOf(g.id) })),
    // Duties of "Tổ chức thực hiện" belong to no group: shown as one more.
    ...(taskViews.some((t) => t.groupId === null)
      ? [{ id: null, label: "", title: "Tổ chức thực hiện", ...groupOf(null) }]
      : []),
  ].filter((g) => g.tasks.length);
  const byUnit = groupBy(items, (i) => i.lead.id);
  const units = [...byUnit.entries()]
    .map(([orgId, list]) => ({
      orgId,
      name: list[0]!.lead.name,
      shortName: list[0]!.lead.shortName,
      progress: round1(taskProgress(list)),
      counts: countClasses(list.map((i) => i.cls)),
      maxWorkingDaysOverdue: Math.max(0, ...list.map((i) => i.workingDaysOverdue)),
    }))
    .sort(
      (a, b) =>
        b.counts.overdue - a.counts.overdue ||
        b.maxWorkingDaysOverdue - a.maxWorkingDaysOverdue ||
        collator.compare(a.name, b.name),
    );
  const lean = (i: AssignmentItem) => ({
    id: i.id,
    title: i.title,
    taskPath: i.task.path,
    orgId: i.lead.id,
    orgName: i.lead.name,
    display: i.display,
    percent: i.progress,
    dueText: i.dueText,
    effectiveDue: i.effectiveDue,
    workingDaysOverdue: i.workingDaysOverdue,
  });
  const overdue = items.filter((i) => i.cls === "overdue").sort(byUrgency);
  return {
    today,
    directive: {
      ...outline.directive,
      coordinatorName: outline.coordinators.map((c) => c.name).join("; ") || null,
    },
    progress: round1(meanOfTasks([...rawProgress.values()])),
    counts: countClasses(items.map((i) => i.cls)),
    groups,
    units,
    /** The longest overdue first; the full list is GET /api/assignments?directiveId=…&classes=overdue. */
    overdue: overdue.slice(0, PLAN_OVERDUE_SHOWN).map(lean),
    overdueTotal: overdue.length,
    needsReassignment: items.filter((i) => i.needsReassignment).map(lean),
  };
}

/** The plans an official follows or works on, with their roll-up and class counts. */
export async function listPlans(ctx: UseCaseContext) {
  const rows = await assignmentRows(ctx.db, { actor: ctx.actor });
  const classifier = await classifierFor(
    ctx.db,
    rows.map((r) => r.directiveId),
    ctx.now,
  );
  const byDirective = groupBy(rows, (r) => r.directiveId);
  const followUps = await followUpBodiesOf(ctx.db, [...byDirective.keys()]);
  const coordinatorIds = new Map(
    [...byDirective.entries()].map(([id, list]) => [
      id,
      [
        ...new Set([
          ...(followUps.get(id) ?? []),
          ...(list[0]!.coordinatorOrgId ? [list[0]!.coordinatorOrgId] : []),
        ]),
      ],
    ]),
  );
  const refs = await orgRefs(ctx.db, [...coordinatorIds.values()].flat());
  return [...byDirective.values()]
    .map((list) => {
      const first = list[0]!;
      const coordinators = (coordinatorIds.get(first.directiveId) ?? [])
        .map((id) => refs.get(id))
        .filter((r): r is NonNullable<typeof r> => Boolean(r));
      const tasks = groupBy(list, (r) => r.directiveTaskId);
      return {
        id: first.directiveId,
        symbol: first.directiveSymbol,
        title: first.directiveTitle,
        coordinatorName: coordinators.map((c) => c.name).join("; ") || null,
        follows: ctx.actor ? taskPolicy.followPlan(ctx.actor, coordinators) : true,
        progress: round1(meanOfTasks([...tasks.values()].map((t) => taskProgress(t)))),
        counts: countClasses(list.map((r) => classifier.standing(r).cls)),
      };
    })
    .sort((a, b) => collator.compare(a.symbol ?? "", b.symbol ?? ""));
}

/** An evidence file of the assignment's timeline, for someone who may read the assignment. */
export async function evidenceFile(ctx: UseCaseContext, storage: FileStorage, id: string, fileId: string) {
  await loadFor(ctx, ctx.db, id, "read");
  const file = await fileOfAssignment(ctx.db, id, fileId);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: await storage.get(file.storageKey) };
}
