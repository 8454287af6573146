// Public API of the legal time limits: the limits of Luật Khiếu nại, Luật Tố cáo, Luật Tiếp công
// dân and Thông tư 05/2021/TT-TTCP as data, chosen by date (Luật 136/2025/QH15 from 01/7/2026),
// and their due dates on the working calendar. Pure: no clock, no I/O; the calendar is passed in.
//
//   const limit = limitFor("complaint-first", "resolve", { appliesOn: acceptedOn, remote: true });
//   const due = limit && dueDate(limit, acceptedOn, calendar);
//
// `appliesOn` is the date that chooses the law's version: the date of receipt for lodge, classify,
// forward, accept and reception-reply; the date of thụ lý for notify-acceptance and resolve.

export { dueDate, isOverdue } from "./due.ts";
export { limitFor, limitsFor, ruleFor } from "./limits.ts";
export type { ReceptionGap, ReceptionLeader, ReceptionMinimum, ReceptionRule } from "./reception.ts";
export { RECEPTION_LEADERS, receptionGaps, receptionLeadersOn, receptionMinimum } from "./reception.ts";
export type { DayVariants, LimitRule } from "./rule.ts";
export { AMENDMENT_2025_IN_FORCE, TWO_LEVEL_GOVERNMENT } from "./tables/dates.ts";
export { RULES } from "./tables/index.ts";
export { RECEPTION_RULES } from "./tables/reception.ts";
export type {
  Anchor,
  CaseKind,
  Checked,
  DayKind,
  DueOptions,
  Extension,
  LawId,
  LegalLimit,
  LegalSource,
  LimitOptions,
  Step,
} from "./types.ts";
export { CASE_KINDS, STEPS } from "./types.ts";
