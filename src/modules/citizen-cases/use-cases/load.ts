// Loading a case for an official: the case and its scope, once the policy lets them take the
// actions asked (reading first: who may not read learns nothing of it).
import { forbidden } from "../../../core/errors.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { type CaseAction, caseRefusal } from "../policy.ts";
import { caseById, type LoadedCase } from "../queries.ts";

/** The case, once the actor may take `actions` on it. */
export async function authorised(
  ctx: UseCaseContext,
  id: string,
  actions: CaseAction[],
): Promise<LoadedCase> {
  if (!ctx.actor) throw forbidden();
  const loaded = await caseById(ctx.db, id);
  const why = caseRefusal(ctx.actor, loaded.scope, actions);
  if (why) throw forbidden(why);
  return loaded;
}
