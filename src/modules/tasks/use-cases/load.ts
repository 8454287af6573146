// Loading an assignment for a use case: the row, the scope the policy judges, and a refusal in
// Vietnamese when the actor may not do what they ask.
import { forbidden } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { type AssignmentScope, taskPolicy } from "../policy.ts";
import { type AssignmentRowView, assignmentRow, scopeOf } from "../queries.ts";

export type Need = keyof Omit<typeof taskPolicy, "followPlan">;

const REFUSALS: Record<Need, string> = {
  read: "Bạn không được xem công việc này.",
  report: "Chỉ cán bộ của đơn vị chủ trì được cập nhật tiến độ công việc này.",
  contribute: "Chỉ cán bộ của đơn vị chủ trì hoặc phối hợp được thêm nội dung phối hợp.",
  approve: "Chỉ lãnh đạo đơn vị chủ trì được duyệt hoàn thành công việc này.",
  coordinate: "Chỉ cơ quan theo dõi kế hoạch hoặc lãnh đạo cấp trên được thực hiện thao tác này.",
};

/** The assignment and its scope; throws NOT_FOUND or FORBIDDEN. `db` may be a transaction. */
export async function loadFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  need: Need,
): Promise<{ row: AssignmentRowView; scope: AssignmentScope }> {
  const row = await assignmentRow(db, id);
  const scope = await scopeOf(db, row);
  const actor = ctx.actor;
  if (actor) {
    // Someone who may not even read it learns nothing about it.
    if (!taskPolicy.read(actor, scope)) throw forbidden(REFUSALS.read);
    if (!taskPolicy[need](actor, scope)) throw forbidden(REFUSALS[need]);
  }
  return { row, scope };
}

/** The body an actor writes for: their membership in one of `candidates` (acting body first). */
export function actingOrgAmong(ctx: UseCaseContext, candidates: string[]): string | null {
  const actor = ctx.actor;
  if (!actor) return null;
  if (actor.actingOrgId && candidates.includes(actor.actingOrgId)) return actor.actingOrgId;
  return actor.memberships.find((m) => candidates.includes(m.orgId))?.orgId ?? actor.actingOrgId;
}
