// The register (sổ tiếp công dân, Mẫu 03 Thông tư 04/2021/TT-TTCP): recording a visit and reading
// the register. A visit that brings a matter opens a case through the citizens' module's own use
// case (intakeByHand, channel "reception"), inside the same transaction, so that a refused case
// leaves no visit and a visit never lacks its case; a refused visit records the ground of Điều 9.
// The reply owed by Điều 28 is counted on the working calendar and read against the case's status.

import { eq } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { forbidden, invalid } from "../../../core/errors.ts";
import { type IntakeDeps, intakeByHand, sealSender } from "../../citizen-cases/use-cases/submit.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { RegisterOut, VisitInput, VisitRow } from "../contract.ts";
import { receptionPolicy } from "../policy.ts";
import { bodyFor, registerOf } from "../queries.ts";
import { replied, replyDue, replyOverdue } from "../rules/reply.ts";
import { receptionSessions, receptionVisits } from "../schema.ts";

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** A visit to the body the official acts for (as a case entered by hand belongs to it). */
export async function recordVisit(ctx: UseCaseContext, deps: IntakeDeps, input: VisitInput) {
  const actor = ctx.actor;
  const orgId = actor?.actingOrgId ?? actor?.memberships[0]?.orgId;
  if (!actor || !orgId) throw forbidden("Hãy chọn đơn vị bạn đang làm việc trước khi ghi sổ tiếp công dân.");
  const body = await bodyFor(ctx, orgId, "record");
  const today = vietnamDate(ctx.now);
  const receivedOn = (input.receivedOn ?? today) as IsoDate;
  if (receivedOn > today)
    throw invalid("Ngày tiếp không được sau hôm nay.", [
      { field: "receivedOn", message: "Ngày tiếp không được sau hôm nay" },
    ]);
  if (input.sessionId) {
    const [session] = await ctx.db
      .select({ orgId: receptionSessions.orgId })
      .from(receptionSessions)
      .where(eq(receptionSessions.id, input.sessionId));
    if (session?.orgId !== orgId)
      throw invalid("Buổi tiếp đã chọn không thuộc lịch của cơ quan này.", [
        { field: "sessionId", message: "Hãy chọn buổi tiếp trong lịch của cơ quan" },
      ]);
  }
  const h = input.handling;
  const wardId = h.outcome === "case" ? (h.wardId ?? (body.kind === "ward" ? orgId : undefined)) : undefined;
  if (h.outcome === "case" && !wardId)
    throw invalid("Hãy chọn phường, xã nơi xảy ra sự việc.", [
      { field: "handling.wardId", message: "Hãy chọn phường, xã" },
    ]);
  const due =
    h.outcome === "case"
      ? replyDue(h.kind, receivedOn, await loadCalendar(ctx.db))
      : { replyDue: null, replyBasis: null };

  return writeTransaction(ctx, async (tx, audit) => {
    const opened =
      h.outcome === "case"
        ? await intakeByHand({ ...ctx, db: tx }, deps, {
            ...input.visitor,
            kind: h.kind,
            field: h.field,
            wardId: wardId!,
            title: h.title,
            content: input.content,
            subject: h.subject,
            request: h.request,
            channel: "reception",
            receivedOn,
          })
        : null;
    const [row] = await tx
      .insert(receptionVisits)
      .values({
        orgId,
        sessionId: input.sessionId ?? null,
        receivedOn,
        visitorCount: input.visitorCount,
        visitorSealed: sealSender(deps.box, input.visitor),
        content: input.content,
        previousBody: blank(input.previousBody),
        note: blank(input.note),
        outcome: h.outcome,
        direction: h.outcome === "case" ? h.direction : null,
        refusalGround: h.outcome === "refused" ? h.ground : null,
        refusalReason: h.outcome === "refused" ? h.reason : null,
        caseId: opened?.id ?? null,
        replyDue: due.replyDue,
        replyBasis: due.replyBasis,
        createdBy: actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const v = row!;
    // Names the visit, its body and outcome; never the visitor or what they said.
    await audit({
      action: "reception_visit.record",
      entity: "reception_visit",
      entityId: v.id,
      after: {
        orgId,
        receivedOn,
        visitorCount: v.visitorCount,
        outcome: v.outcome,
        refusalGround: v.refusalGround,
        caseCode: opened?.receipt.code ?? null,
      },
      summary: { orgId, outcome: v.outcome, visitorCount: v.visitorCount },
    });
    return {
      id: v.id,
      caseId: opened?.id ?? null,
      caseCode: opened?.receipt.code ?? null,
      replyDue: v.replyDue,
      replyBasis: v.replyBasis,
    };
  });
}

export async function readRegister(
  ctx: UseCaseContext,
  query: { orgId: string; from?: string | undefined; to?: string | undefined },
): Promise<RegisterOut> {
  const body = await bodyFor(ctx, query.orgId, "read");
  const today = vietnamDate(ctx.now);
  const rows: VisitRow[] = (await registerOf(ctx.db, query.orgId)).map(({ visit: v, caseOrgId, ...c }, i) => {
    // Forwarded to another body (chuyển đơn) is an answer: the case is "received" again there.
    const status = caseOrgId && caseOrgId !== v.orgId ? "forwarded" : c.caseStatus;
    return {
      id: v.id,
      number: i + 1,
      receivedOn: v.receivedOn,
      sessionId: v.sessionId,
      visitorCount: v.visitorCount,
      content: v.content,
      previousBody: v.previousBody,
      note: v.note,
      outcome: v.outcome,
      direction: v.direction,
      refusalGround: v.refusalGround as VisitRow["refusalGround"],
      refusalReason: v.refusalReason,
      caseId: v.caseId,
      caseCode: c.caseCode,
      caseKind: c.caseKind,
      caseStatus: c.caseStatus,
      replyDue: v.replyDue,
      replyBasis: v.replyBasis,
      replied: v.outcome === "case" && replied(status),
      overdue: replyOverdue(v.replyDue, status, today),
    };
  });
  return {
    rows: rows.filter(
      (r) => (!query.from || r.receivedOn >= query.from) && (!query.to || r.receivedOn <= query.to),
    ),
    mayEdit: Boolean(ctx.actor && receptionPolicy.record(ctx.actor, body.ref)),
  };
}
