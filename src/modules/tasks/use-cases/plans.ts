// The plans an official follows or works on, and the coordinator's view of a whole plan (by group,
// by unit, overdue first, with roll-up percentages), computed from the dates on the Vietnam day.
import type { OrgRef } from "../../../core/access.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { forbidden } from "../../../core/errors.ts";
import { versionedCache } from "../../data-versions/use-cases/versions.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { AssignmentItem, PlanSummary, PlanView } from "../contract.ts";
import { taskPolicy } from "../policy.ts";
import { classifierFor } from "../queries/classifier.ts";
import { planAssignmentRows, planOutline } from "../queries/plan.ts";
import { assignmentRows } from "../queries/rows.ts";
import { coordinatorIdsFrom, followUpBodiesOf, orgRefs, refsIn } from "../queries/scope.ts";
import { meanOfTasks, round1, taskProgress } from "../rules/rollup.ts";
import { countClasses } from "../rules/status.ts";
import { byUrgency, collator, itemOf } from "./read.ts";

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

export const PLAN_OVERDUE_SHOWN = 100;

/**
 * Whole plan views on this node, per plan and Vietnam day, valid while no work, plan, body or holiday
 * schedule was written (the counters of docs/decisions/request-caches.md): the view is the same for
 * everyone who may follow the plan, and its coordinating bodies are kept with it for that check.
 */
const planViews = versionedCache<{ coordinators: OrgRef[]; view: PlanView }>(["work", "orgs", "calendar"], {
  maxEntries: 50,
  maxAgeMs: 10 * 60_000,
});

/** The coordinator's view of a whole plan. */
export async function planProgress(ctx: UseCaseContext, directiveId: string): Promise<PlanView> {
  const { coordinators, view } = await planViews.get(
    ctx.db,
    `${directiveId}|${vietnamDate(ctx.now)}`,
    ctx.now.getTime(),
    async () => {
      const outline = await planOutline(ctx.db, directiveId);
      return { coordinators: outline.coordinators, view: await computePlanView(ctx, outline) };
    },
  );
  if (ctx.actor && !taskPolicy.followPlan(ctx.actor, coordinators))
    throw forbidden("Chỉ cơ quan theo dõi kế hoạch và lãnh đạo cấp trên được xem tiến độ toàn kế hoạch.");
  return view;
}

async function computePlanView(
  ctx: UseCaseContext,
  outline: Awaited<ReturnType<typeof planOutline>>,
): Promise<PlanView> {
  const directiveId = outline.directive.id;
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
    missedPeriod: i.cls === "overdue" ? (i.checkpoint?.missedPeriod ?? null) : null,
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
    overdue: overdue.slice(0, PLAN_OVERDUE_SHOWN).map(lean),
    overdueTotal: overdue.length,
    needsReassignment: items.filter((i) => i.needsReassignment).map(lean),
  };
}

/** The plans an official follows or works on, with their roll-up and class counts. */
export async function listPlans(ctx: UseCaseContext): Promise<PlanSummary[]> {
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
      coordinatorIdsFrom(followUps.get(id), list[0]!.coordinatorOrgId),
    ]),
  );
  const refs = await orgRefs(ctx.db, [...coordinatorIds.values()].flat());
  return [...byDirective.values()]
    .map((list) => {
      const first = list[0]!;
      const coordinators = refsIn(refs, coordinatorIds.get(first.directiveId) ?? []);
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
