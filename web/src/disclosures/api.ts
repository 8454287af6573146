// What /api/disclosures answers and takes: the server's contract types, type-only (a value imported
// from a contract would bring zod into the page's download).
export type {
  CheckerOut,
  CommuneDisclosures,
  DisclosureOut,
  GroupCheckOut,
  ProblemOut,
} from "../../../src/modules/disclosures/contract.ts";
