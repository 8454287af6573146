// What /api/reception answers and takes: the server's contract types, type-only (a value imported
// from a contract would bring zod into the page's download). The lists below are checked against
// the contract's types, so a kind, field or ground the server drops fails the web's type check.
import type { Field, Kind } from "../../../src/modules/citizen-cases/contract.ts";
import type { RefusalGround } from "../../../src/modules/reception/contract.ts";

export type {
  CalendarOut,
  RegisterOut,
  SessionInput,
  SessionOut,
  VisitInput,
  VisitRow,
} from "../../../src/modules/reception/contract.ts";

export const CASE_KINDS = [
  "feedback",
  "proposal",
  "complaint-first",
  "complaint-second",
  "denunciation",
] as const satisfies readonly Kind[];
export const CASE_FIELDS = [
  "land",
  "construction",
  "environment",
  "traffic",
  "public_order",
  "health",
  "education",
  "civil_status",
  "social_policy",
  "officials",
  "other",
] as const satisfies readonly Field[];
/** Điều 9 Luật Tiếp công dân, in the order of its clauses. */
export const GROUNDS = [
  "incapacitated",
  "threatening",
  "already_resolved",
  "other_by_law",
] as const satisfies readonly RefusalGround[];
