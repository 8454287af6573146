// What /api/reception answers and takes: the server's contract types, type-only.
export type {
  CalendarOut,
  RegisterOut,
  SessionInput,
  SessionOut,
  VisitInput,
  VisitRow,
} from "../../../src/modules/reception/contract.ts";
export { REFUSAL_GROUNDS } from "../../../src/modules/reception/contract.ts";
