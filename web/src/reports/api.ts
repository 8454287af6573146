// What /api/reports answers: the server's contract types, type-only.
export type {
  BoardOut,
  ObligationOut,
  ObligationSummary,
  ScheduleOut,
} from "../../../src/modules/reports/contract.ts";
export { NARRATIVE_PARTS } from "../../../src/modules/reports/contract.ts";
