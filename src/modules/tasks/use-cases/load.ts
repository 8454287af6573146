// Loading an assignment for a use case: the row, the scope the policy judges, and a refusal in
// Vietnamese when the actor may not do what they ask.
import { forbidden } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { type AssignmentScope, refusalOf, type TaskAction } from "../policy.ts";
import { type AssignmentRowView, assignmentRow } from "../queries/rows.ts";
import { scopeOf } from "../queries/scope.ts";

/** The assignment and its scope; throws NOT_FOUND or FORBIDDEN. `db` may be a transaction. */
export async function loadFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  need: TaskAction | readonly TaskAction[],
): Promise<{ row: AssignmentRowView; scope: AssignmentScope }> {
  const row = await assignmentRow(db, id);
  const scope = await scopeOf(db, row);
  authorise(ctx, scope, typeof need === "string" ? [need] : need);
  return { row, scope };
}

/** FORBIDDEN, in the policy's words, unless the actor may take every action (the system may). */
export function authorise(ctx: UseCaseContext, scope: AssignmentScope, actions: readonly TaskAction[]): void {
  const refusal = ctx.actor ? refusalOf(ctx.actor, scope, actions) : null;
  if (refusal) throw forbidden(refusal);
}

/** The body an actor writes for: their membership in one of `candidates` (acting body first). */
export function actingOrgAmong(ctx: UseCaseContext, candidates: string[]): string | null {
  const actor = ctx.actor;
  if (!actor) return null;
  if (actor.actingOrgId && candidates.includes(actor.actingOrgId)) return actor.actingOrgId;
  return actor.memberships.find((m) => candidates.includes(m.orgId))?.orgId ?? actor.actingOrgId;
}
