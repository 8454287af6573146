// Creating the assignments of confirmed tasks, inside the directive's confirmation (its
// transaction): the rules (rules/assign.ts) decide the leads and due dates; this writes the rows.
import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { directives } from "../../directives/schema.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { type AssignmentPlan, dueOf, planAssignments } from "../rules/assign.ts";
import { assignmentSupporters, assignments, assignmentUpdates } from "../schema.ts";

/**
 * Creates the assignments of confirmed tasks inside the caller's transaction (the directive's
 * confirmation). Validates every plan first, so one bad task creates nothing.
 */
export async function createAssignments(
  tx: Db,
  plans: AssignmentPlan[],
  who: { userId: string | null; orgId: string | null; now?: Date },
): Promise<string[]> {
  const planned = plans.map((p) => ({ plan: p, items: planAssignments(p) }));
  const relativeContextOf = await relativeContexts(tx, plans);
  const ids: string[] = [];
  for (const { plan, items } of planned) {
    const due = dueOf(plan.timeframe, relativeContextOf(plan.directiveId));
    for (const item of items) {
      const [row] = await tx
        .insert(assignments)
        .values({
          directiveId: plan.directiveId,
          directiveTaskId: plan.directiveTaskId,
          leadOrgId: item.leadOrgId,
          title: plan.title,
          ...due,
          updatedBy: who.userId,
          ...(who.now ? { createdAt: who.now, updatedAt: who.now } : {}),
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
        ...(who.now ? { at: who.now } : {}),
      });
      ids.push(id);
    }
  }
  return ids;
}

/** The calendar and the documents' dates, loaded only when some task has a relative time frame. */
async function relativeContexts(tx: Db, plans: AssignmentPlan[]) {
  const ids = [...new Set(plans.filter((p) => p.timeframe.kind === "relative").map((p) => p.directiveId))];
  if (!ids.length) return () => undefined;
  const calendar = await loadCalendar(tx);
  const rows = await tx
    .select({ id: directives.id, issuedOn: directives.issuedOn })
    .from(directives)
    .where(inArray(directives.id, ids));
  const issued = new Map(rows.map((r) => [r.id, r.issuedOn]));
  return (directiveId: string) => ({ calendar, issuedOn: issued.get(directiveId) ?? null });
}
