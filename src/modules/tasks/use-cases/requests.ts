// Use cases of assignment requests (docs/decisions/assignment-requests.md): the requests addressed
// to an official's bodies (or sent by them), those of one plan, and the receiving body's answer —
// accepting makes the work an assignment led by that body alone; refusing keeps the reason for the
// owner body. Each answer is authorised, checked against a simultaneous one, and audited in its
// transaction.
import { and, eq } from "drizzle-orm";
import { conflict, forbidden } from "../../../core/errors.ts";
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { writeTransaction } from "../../shared/context.ts";
import type { AssignmentRequest, RequestListQuery, RequestRefusal } from "../contract.ts";
import { REQUEST_REFUSALS, requestPolicy, taskPolicy } from "../policy.ts";
import { planOutline } from "../queries/plan.ts";
import { type RequestRowView, requestRow, requestRows } from "../queries/requests.ts";
import { orgRefs } from "../queries/scope.ts";
import { assignmentRequests } from "../schema.ts";
import { insertAssignment } from "./assign.ts";

async function viewsOf(ctx: UseCaseContext, rows: RequestRowView[]): Promise<AssignmentRequest[]> {
  const ids = rows.flatMap((r) => [
    r.request.orgId,
    ...(r.ownerOrgId ? [r.ownerOrgId] : []),
    ...r.request.supportOrgIds,
  ]);
  const refs = await orgRefs(ctx.db, ids);
  const named = (id: string) => ({ id, name: refs.get(id)?.name ?? "" });
  return rows.map(({ request: q, ...r }) => {
    const receiver = refs.get(q.orgId);
    return {
      id: q.id,
      directive: { id: q.directiveId, symbol: r.directiveSymbol, title: r.directiveTitle },
      directiveTaskId: q.directiveTaskId,
      title: q.title,
      org: { id: q.orgId, name: r.orgName },
      owner: r.ownerOrgId ? named(r.ownerOrgId) : null,
      supporters: q.supportOrgIds.map(named),
      dueText: q.dueText,
      dueDate: q.dueDate,
      status: q.status,
      reason: q.reason,
      requestedAt: q.requestedAt.toISOString(),
      decidedAt: q.decidedAt?.toISOString() ?? null,
      assignmentId: q.assignmentId,
      canDecide:
        q.status === "pending" &&
        (ctx.actor ? Boolean(receiver) && requestPolicy.decide(ctx.actor, receiver!) : true),
    };
  });
}

/** "Đề nghị nhận việc": the requests the official may see, newest first. */
export async function listRequests(ctx: UseCaseContext, q: RequestListQuery): Promise<AssignmentRequest[]> {
  return viewsOf(ctx, await requestRows(ctx.db, { actor: ctx.actor, status: q.status }));
}

/** The requests of one plan, for those who follow it (the plan view shows their standing). */
export async function planRequests(ctx: UseCaseContext, directiveId: string): Promise<AssignmentRequest[]> {
  const outline = await planOutline(ctx.db, directiveId);
  if (ctx.actor && !taskPolicy.followPlan(ctx.actor, outline.coordinators))
    throw forbidden("Chỉ cơ quan theo dõi kế hoạch và lãnh đạo cấp trên được xem tiến độ toàn kế hoạch.");
  return viewsOf(ctx, await requestRows(ctx.db, { actor: null, directiveId }));
}

type Answer = { accept: true } | ({ accept: false } & RequestRefusal);

/** The receiving body accepts (the work becomes its assignment) or refuses with a reason. */
export function answerRequest(ctx: UseCaseContext, id: string, answer: Answer): Promise<AssignmentRequest> {
  return writeTransaction(ctx, async (tx, audit) => {
    const row = await requestRow(tx, id);
    const q = row.request;
    if (ctx.actor) {
      const refs = await orgRefs(tx, [q.orgId, ...(row.ownerOrgId ? [row.ownerOrgId] : [])]);
      const receiver = refs.get(q.orgId)!;
      const owner = row.ownerOrgId ? (refs.get(row.ownerOrgId) ?? null) : null;
      // Someone who may not even see the request learns nothing of it.
      if (!requestPolicy.read(ctx.actor, receiver, owner)) throw forbidden(REQUEST_REFUSALS.read);
      if (!requestPolicy.decide(ctx.actor, receiver)) throw forbidden(REQUEST_REFUSALS.decide);
    }
    const assignmentId = answer.accept
      ? await insertAssignment(
          tx,
          {
            directiveId: q.directiveId,
            directiveTaskId: q.directiveTaskId,
            leadOrgId: q.orgId,
            title: q.title,
            dueKind: q.dueKind,
            dueDate: q.dueDate,
            dueText: q.dueText,
            relative: q.relative,
          },
          q.supportOrgIds.filter((s) => s !== q.orgId),
          { userId: ctx.actor?.userId ?? null, orgId: q.orgId, now: ctx.now },
        )
      : null;
    // Only a pending request is answered: of two simultaneous answers the second finds it decided.
    const [updated] = await tx
      .update(assignmentRequests)
      .set({
        status: answer.accept ? "accepted" : "refused",
        reason: answer.accept ? null : answer.reason,
        decidedBy: ctx.actor?.userId ?? null,
        decidedAt: ctx.now,
        assignmentId,
      })
      .where(and(eq(assignmentRequests.id, id), eq(assignmentRequests.status, "pending")))
      .returning();
    if (!updated)
      throw conflict(
        q.status === "accepted"
          ? "Đề nghị này đã được chấp nhận trước đó."
          : q.status === "refused"
            ? "Đề nghị này đã bị từ chối trước đó."
            : "Đề nghị vừa được người khác xử lý. Hãy tải lại.",
      );
    await audit({
      action: answer.accept ? "assignment_request.accept" : "assignment_request.refuse",
      entity: "assignment_request",
      entityId: id,
      before: { status: q.status },
      after: { status: updated.status, reason: updated.reason, assignmentId },
      summary: {
        what: answer.accept ? "chấp nhận đề nghị nhận việc" : "từ chối đề nghị nhận việc",
        org: row.orgName,
        title: shortenAtWord(q.title, 120),
      },
    });
    const [view] = await viewsOf({ ...ctx, db: tx }, [{ ...row, request: updated }]);
    return view!;
  });
}
