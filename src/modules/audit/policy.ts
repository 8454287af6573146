// Administrators read the whole audit trail; supervisors (leaders, coordinators) read the events
// done on behalf of their own body and the bodies below it. Only administrators verify the chain.
import { type Actor, SUPERVISING_ROLES } from "../../core/access.ts";

export const auditPolicy = {
  readAll: (actor: Actor): boolean => actor.isAdmin,
  /** Bodies whose subtree the actor supervises (their events are readable). */
  supervisedRoots: (actor: Actor): string[] =>
    actor.memberships.filter((m) => SUPERVISING_ROLES.has(m.role)).map((m) => m.orgId),
  verify: (actor: Actor): boolean => actor.isAdmin,
};
