// Turning a confirmed task into assignments. The rule: every assignment has exactly one lead body
// ("một việc chỉ giao một cơ quan chủ trì"). A task that names several leads either fans out — one
// assignment per lead, each doing it in its own area, progress rolling up to the task — or the review
// keeps one lead and makes the others supporters. Anything else is refused with a clear message.
import { invalid } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import type { TimeframeValue } from "../directives/schema.ts";
import { assignmentSupporters, assignments, assignmentUpdates, type DueKind } from "./schema.ts";

export interface AssignmentPlan {
  directiveId: string;
  directiveTaskId: string;
  title: string;
  leadOrgIds: string[];
  supportOrgIds: string[];
  fanOut: boolean;
  timeframe: TimeframeValue;
}

export interface PlannedAssignment {
  leadOrgId: string;
  supportOrgIds: string[];
}

/** The assignments a plan makes, or a VALIDATION error naming the task. Pure. */
export function planAssignments(plan: AssignmentPlan): PlannedAssignment[] {
  const leads = [...new Set(plan.leadOrgIds)];
  const name = `Nhiệm vụ "${plan.title.slice(0, 80)}${plan.title.length > 80 ? "…" : ""}"`;
  if (leads.length === 0)
    throw invalid(`${name} chưa có cơ quan chủ trì. Mỗi nhiệm vụ phải giao cho đúng một cơ quan chủ trì.`);
  if (leads.length > 1 && !plan.fanOut)
    throw invalid(
      `${name} có ${leads.length} cơ quan chủ trì. Một việc chỉ giao một cơ quan chủ trì: hãy chọn một cơ quan chủ trì ` +
        `(các cơ quan khác phối hợp), hoặc giao cho từng cơ quan thực hiện trong phạm vi của mình.`,
    );
  const supporters = [...new Set(plan.supportOrgIds)];
  return leads.map((leadOrgId) => ({ leadOrgId, supportOrgIds: supporters.filter((s) => s !== leadOrgId) }));
}

/** How a document's time frame becomes a due date. */
export function dueOf(tf: TimeframeValue): {
  dueKind: DueKind;
  dueDate: string | null;
  dueText: string | null;
} {
  const text = tf.text || null;
  switch (tf.kind) {
    case "deadline":
      return { dueKind: "date", dueDate: tf.due, dueText: text };
    case "period":
      return { dueKind: tf.due ? "period" : "none", dueDate: tf.due, dueText: text };
    case "ongoing":
      return { dueKind: "ongoing", dueDate: null, dueText: text };
    case "relative":
      return { dueKind: "relative", dueDate: tf.due, dueText: text };
    default:
      return { dueKind: "none", dueDate: null, dueText: text };
  }
}

/**
 * Creates the assignments of confirmed tasks inside the caller's transaction (the directive's
 * confirmation). Validates every plan first, so one bad task creates nothing.
 */
export async function createAssignments(
  tx: Db,
  plans: AssignmentPlan[],
  who: { userId: string | null; orgId: string | null },
): Promise<string[]> {
  const planned = plans.map((p) => ({ plan: p, items: planAssignments(p) }));
  const ids: string[] = [];
  for (const { plan, items } of planned) {
    for (const item of items) {
      const [row] = await tx
        .insert(assignments)
        .values({
          directiveId: plan.directiveId,
          directiveTaskId: plan.directiveTaskId,
          leadOrgId: item.leadOrgId,
          title: plan.title,
          ...dueOf(plan.timeframe),
          updatedBy: who.userId,
        })
        .returning({ id: assignments.id });
      const id = row!.id;
      if (item.supportOrgIds.length)
        await tx
          .insert(assignmentSupporters)
          .values(item.supportOrgIds.map((orgId) => ({ assignmentId: id, orgId })));
      await tx.insert(assignmentUpdates).values({
        assignmentId: id,
        kind: "created",
        status: "not_started",
        percent: 0,
        authorUserId: who.userId,
        authorOrgId: who.orgId,
      });
      ids.push(id);
    }
  }
  return ids;
}
