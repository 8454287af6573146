// The due date a case carries at each stage, from the law's limits (core/legal-limits) on the
// working calendar: on receipt, the time to handle the petition (xử lý đơn: classify, accept or
// forward); once accepted, the time to resolve it where the law sets one. Pure.
import type { IsoDate, WorkingCalendar } from "../../../core/calendar/index.ts";
import { dueDate, limitFor } from "../../../core/legal-limits/index.ts";
import type { Kind } from "../contract.ts";

export interface Due {
  dueDate: IsoDate | null;
  /** The article the limit comes from, and what it times. */
  dueBasis: string | null;
}

const NONE: Due = { dueDate: null, dueBasis: null };

/** The due date of handling the petition, counted from the day it was received. */
export function intakeDue(kind: Kind, receivedOn: IsoDate, cal: WorkingCalendar): Due {
  const limit = limitFor(kind, "classify", { appliesOn: receivedOn });
  if (!limit) return NONE;
  return { dueDate: dueDate(limit, receivedOn, cal), dueBasis: `Xử lý đơn: ${limit.article}` };
}

/** The due date of resolving an accepted case, counted from the day it was accepted (thụ lý). */
export function resolutionDue(kind: Kind, acceptedOn: IsoDate, cal: WorkingCalendar): Due {
  const limit = limitFor(kind, "resolve", { appliesOn: acceptedOn });
  if (!limit) return NONE;
  return { dueDate: dueDate(limit, acceptedOn, cal), dueBasis: `Giải quyết: ${limit.article}` };
}
