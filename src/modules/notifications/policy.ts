// Who sees a unit's notifications: whoever reads the unit's records (its members and the supervising
// roles above it). A member marks a notification read for themselves only. A completion sent for
// approval is told to the unit's leaders, who approve it, not to every member.
import { type Actor, canReadOrgRecords, type OrgRef } from "../../core/access.ts";

export const notificationPolicy = {
  readSent: (actor: Actor, org: OrgRef): boolean => canReadOrgRecords(actor, org),
  markRead: (actor: Actor, orgId: string): boolean => actor.memberships.some((m) => m.orgId === orgId),
  /** The units whose approval notices the actor sees: those they lead. */
  approvalOrgs: (actor: Actor): string[] => [
    ...new Set(actor.memberships.filter((m) => m.role === "leader").map((m) => m.orgId)),
  ],
};
