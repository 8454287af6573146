// The reply owed after a reception visit: within 10 working days of the day the content was
// received, the receiver answers whether the matter is accepted, refused or forwarded (Luật Tiếp
// công dân, Điều 28), counted on the working calendar by core/legal-limits. The case in the
// citizens' module carries the answer: once it has left "received" the reply has been given. Pure.
import type { IsoDate, WorkingCalendar } from "../../../core/calendar/index.ts";
import { type CaseKind, dueDate, isOverdue, limitFor } from "../../../core/legal-limits/index.ts";

export interface ReplyDue {
  replyDue: IsoDate | null;
  replyBasis: string | null;
}

export function replyDue(kind: CaseKind, receivedOn: IsoDate, cal: WorkingCalendar): ReplyDue {
  const limit = limitFor(kind, "reception-reply", { appliesOn: receivedOn });
  if (!limit) return { replyDue: null, replyBasis: null };
  return {
    replyDue: dueDate(limit, receivedOn, cal),
    replyBasis: `Trả lời sau tiếp công dân: ${limit.article}`,
  };
}

/** Thụ lý, không thụ lý, chuyển đơn, trả lời or rút đơn: each is the answer Điều 28 asks for. */
export const replied = (caseStatus: string | null): boolean =>
  caseStatus !== null && caseStatus !== "received";

export function replyOverdue(due: string | null, caseStatus: string | null, today: IsoDate): boolean {
  return due !== null && !replied(caseStatus) && isOverdue(due as IsoDate, today);
}
