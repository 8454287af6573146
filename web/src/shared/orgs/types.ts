// The organisation tree as the API gives it (GET /api/orgs, GET /api/orgs/:id): the server's contract
// types, type-only. Request bodies are the schemas' inputs (what may be left out, defaults included).
import type { z } from "zod";
import type {
  ORG_CHANGE_KINDS,
  ORG_STATUSES,
  ORG_SYSTEMS,
  OrgDetailOut,
  OrgOut,
  orgInput,
} from "../../../../src/modules/orgs/contract.ts";

export type OrgSystem = (typeof ORG_SYSTEMS)[number];
export type OrgStatus = (typeof ORG_STATUSES)[number];
export type OrgChangeKind = (typeof ORG_CHANGE_KINDS)[number];

export type Org = OrgOut;
export type OrgDetail = OrgDetailOut;

/** The body of POST /api/orgs (and of a merge's or split's new bodies). */
export type OrgInput = z.input<typeof orgInput>;
