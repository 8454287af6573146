// Creating the assignments of confirmed tasks, inside the directive's confirmation (its
// transaction): the rules (rules/assign.ts) decide the leads and due dates, rules/authority.ts
// whether the owner body gives the work or asks for it; this writes the rows.
import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { directives } from "../../directives/schema.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { orgRefs } from "../queries/scope.ts";
import { type AssignmentPlan, dueOf, planAssignments } from "../rules/assign.ts";
import { leadsOutside } from "../rules/authority.ts";
import { assignmentRequests, assignmentSupporters, assignments, assignmentUpdates } from "../schema.ts";

type Who = { userId: string | null; orgId: string | null; now?: Date };
type AssignmentValues = Pick<
  typeof assignments.$inferInsert,
  "directiveId" | "directiveTaskId" | "leadOrgId" | "title" | "dueKind" | "dueDate" | "dueText" | "relative"
>;

/** Writes one assignment with its supporters and the "created" entry of its timeline; its id. */
export async function insertAssignment(
  tx: Db,
  values: AssignmentValues,
  supportOrgIds: readonly string[],
  who: Who,
): Promise<string> {
  const [row] = await tx
    .insert(assignments)
    .values({
      ...values,
      updatedBy: who.userId,
      ...(who.now ? { createdAt: who.now, updatedAt: who.now } : {}),
    })
    .returning({ id: assignments.id });
  const id = row!.id;
  if (supportOrgIds.length)
    await tx.insert(assignmentSupporters).values(supportOrgIds.map((orgId) => ({ assignmentId: id, orgId })));
  await tx.insert(assignmentUpdates).values({
    assignmentId: id,
    kind: "created",
    status: "not_started",
    percent: 0,
    authorUserId: who.userId,
    authorOrgId: who.orgId,
    ...(who.now ? { at: who.now } : {}),
  });
  return id;
}

/**
 * Creates the assignments of confirmed tasks inside the caller's transaction (the directive's
 * confirmation). Validates every plan first, so one bad task creates nothing. With an owner body
 * (`ownerOrgId`), work whose lead is outside its authority (rules/authority.ts) is not given but
 * asked for: an assignment request, which becomes work only when the receiving body accepts it.
 */
export async function createAssignments(
  tx: Db,
  plans: AssignmentPlan[],
  who: Who & { ownerOrgId?: string | null },
): Promise<string[]> {
  return (await assignOrRequest(tx, plans, who)).assignmentIds;
}

export async function assignOrRequest(
  tx: Db,
  plans: AssignmentPlan[],
  who: Who & { ownerOrgId?: string | null },
): Promise<{ assignmentIds: string[]; requestIds: string[] }> {
  const planned = plans.map((p) => ({ plan: p, items: planAssignments(p) }));
  const relativeContextOf = await relativeContexts(tx, plans);
  const outside = await outsideOf(
    tx,
    who.ownerOrgId ?? null,
    planned.flatMap((p) => p.items.map((i) => i.leadOrgId)),
  );
  const assignmentIds: string[] = [];
  const requestIds: string[] = [];
  for (const { plan, items } of planned) {
    const due = dueOf(plan.timeframe, relativeContextOf(plan.directiveId));
    for (const item of items) {
      const values = {
        directiveId: plan.directiveId,
        directiveTaskId: plan.directiveTaskId,
        leadOrgId: item.leadOrgId,
        title: plan.title,
        ...due,
      };
      if (!outside.has(item.leadOrgId)) {
        assignmentIds.push(await insertAssignment(tx, values, item.supportOrgIds, who));
        continue;
      }
      const { leadOrgId, ...rest } = values;
      const [row] = await tx
        .insert(assignmentRequests)
        .values({
          ...rest,
          orgId: leadOrgId,
          supportOrgIds: item.supportOrgIds,
          requestedBy: who.userId,
          ...(who.now ? { requestedAt: who.now } : {}),
        })
        .returning({ id: assignmentRequests.id });
      requestIds.push(row!.id);
    }
  }
  return { assignmentIds, requestIds };
}

/** The lead bodies outside the owner's authority (none without an owner). */
async function outsideOf(tx: Db, ownerOrgId: string | null, leadOrgIds: string[]): Promise<Set<string>> {
  if (!ownerOrgId || !leadOrgIds.length) return new Set();
  const refs = await orgRefs(tx, [ownerOrgId, ...leadOrgIds]);
  return new Set(leadsOutside(refs.get(ownerOrgId) ?? null, leadOrgIds, (id) => refs.get(id)));
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
