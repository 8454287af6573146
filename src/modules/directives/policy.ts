// Who may do what with directive documents. Confirmed documents and stubs are part of the shared
// cascade: every signed-in official reads them. A draft is its owner body's work in progress: read
// and edited by that body's officials and by those who supervise it; confirming it (which assigns
// work) needs a leader or coordinator there or above; importing needs a membership at the owner body.
import { type Actor, canReadOrgRecords, hasRoleOver, type OrgRef } from "../../core/access.ts";

export interface PolicyDirective {
  status: "stub" | "draft" | "confirmed";
  /** The owner body, when the document has one. */
  owner: OrgRef | null;
}

const CONFIRMING_ROLES = ["leader", "coordinator"] as const;

export const directivePolicy = {
  read: (actor: Actor | null, d: PolicyDirective): boolean =>
    actor !== null && (d.status !== "draft" || (d.owner !== null && canReadOrgRecords(actor, d.owner))),
  import: (actor: Actor | null, owner: OrgRef): boolean =>
    actor !== null && (actor.isAdmin || actor.memberships.some((m) => m.orgId === owner.id)),
  review: (actor: Actor | null, d: PolicyDirective): boolean =>
    actor !== null && d.status === "draft" && d.owner !== null && canReadOrgRecords(actor, d.owner),
  confirm: (actor: Actor | null, d: PolicyDirective): boolean =>
    actor !== null &&
    d.status === "draft" &&
    d.owner !== null &&
    hasRoleOver(actor, d.owner, CONFIRMING_ROLES),
  /** Confirming or rejecting what a plan's tasks cover: the plan's owner body, or above it. */
  decideCoverage: (actor: Actor | null, planOwner: OrgRef | null): boolean =>
    actor !== null && planOwner !== null && canReadOrgRecords(actor, planOwner),
  /**
   * Computing a document's coverage suggestions again (a write over its plans' undecided
   * suggestions): the owner body of one of those plans (or of the document itself), or above it —
   * the rule of the decisions. The suggestions are a pure function of the texts, so refreshing the
   * other plans' undecided ones changes nothing of theirs; decisions taken always stay.
   */
  suggestCoverage: (actor: Actor | null, owners: readonly (OrgRef | null)[]): boolean =>
    owners.some((o) => directivePolicy.decideCoverage(actor, o)),
};
