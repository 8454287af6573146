// The organisation tree as the API gives it (GET /api/orgs, GET /api/orgs/:id).

export type OrgSystem = "party" | "state" | "mass";
export type OrgStatus = "active" | "merged" | "split" | "dissolved";
export type OrgChangeKind = "create" | "rename" | "merge" | "split" | "dissolve" | "move";

export interface Org {
  id: string;
  code: string | null;
  parentId: string | null;
  depth: number;
  system: OrgSystem;
  kind: string;
  level: string | null;
  name: string;
  shortName: string | null;
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
  status: OrgStatus;
  successorId: string | null;
  version: number;
}

export interface OrgDetail extends Org {
  names: Array<{ name: string; shortName: string | null; validFrom: string | null; validTo: string | null }>;
  changes: Array<{
    id: string;
    kind: OrgChangeKind;
    effectiveDate: string;
    decisionRef: string | null;
    note: string | null;
    /** This body's part in the change. */
    role: "source" | "successor";
    others: Array<{ orgId: string; name: string; role: "source" | "successor" }>;
  }>;
}

/** The body of POST /api/orgs (and of a merge's or split's new bodies). */
export interface OrgInput {
  code?: string | null;
  parentId?: string | null;
  system: OrgSystem;
  kind: string;
  level?: string | null;
  name: string;
  shortName?: string | null;
  aliases?: string[];
  validFrom?: string | null;
}
