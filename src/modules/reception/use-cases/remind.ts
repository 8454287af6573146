// Reminders of the reply owed after a reception visit (issue 16 item 1): within 10 working days of
// the visit the receiver answers whether the matter is accepted, refused or forwarded (Luật Tiếp
// công dân, Điều 28; rules/reply.ts). Run by the daily job before the cases' own reminders, through
// the citizens' module's run (citizen-cases/use-cases/remind.ts): the same stages, settings and
// recipients, and the same ledger, so a reply due on the case's own intake date is told once, in
// the words of Điều 28. Only visits whose case is still "received" owe it; the notice names the
// case's code and kind, never the visitor or what they said. A case forwarded to another body is
// "received" there, but the forward was the reply: only a case still at the visit's body owes it.
import { and, eq, inArray, isNotNull, lte } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import type { Db } from "../../../db/client.ts";
import { citizenCases } from "../../citizen-cases/schema.ts";
import {
  caseLedger,
  type Deadline,
  type DeadlineRun,
  remindDeadlines,
} from "../../citizen-cases/use-cases/remind.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { receptionVisits } from "../schema.ts";

/** Visits whose reply is owed, due on or before the horizon: one per case (the earliest reply). */
async function owedReplies(db: Db, horizon: IsoDate): Promise<Deadline[]> {
  const rows = await db
    .select({
      visitId: receptionVisits.id,
      orgId: receptionVisits.orgId,
      due: receptionVisits.replyDue,
      basis: receptionVisits.replyBasis,
      caseId: citizenCases.id,
      code: citizenCases.code,
      kind: citizenCases.kind,
      handlerId: citizenCases.handlerId,
    })
    .from(receptionVisits)
    .innerJoin(citizenCases, eq(citizenCases.id, receptionVisits.caseId))
    .where(
      and(
        inArray(citizenCases.status, ["received"]),
        // Forwarded to another body (chuyển đơn) is an answer too: the case is "received" there.
        eq(citizenCases.orgId, receptionVisits.orgId),
        isNotNull(receptionVisits.replyDue),
        lte(receptionVisits.replyDue, horizon),
      ),
    );
  const byCase = new Map<string, Deadline>();
  for (const r of rows) {
    const known = byCase.get(r.caseId);
    if (known && known.due <= r.due!) continue;
    byCase.set(r.caseId, {
      id: r.caseId,
      entityId: r.visitId,
      orgId: r.orgId,
      handlerId: r.handlerId,
      code: r.code,
      kind: r.kind,
      due: r.due!,
      what: "Hạn trả lời sau tiếp công dân",
      basis: r.basis?.replace(/^[^:]*:\s*/, "") ?? null,
    });
  }
  return [...byCase.values()];
}

/** Today's reminders of the replies owed after reception visits (the daily job). */
export function remindReplies(ctx: UseCaseContext): Promise<DeadlineRun> {
  return remindDeadlines(ctx, owedReplies, {
    ...caseLedger,
    audit: { action: "reception_visit.remind", entity: "reception_visit" },
  });
}
