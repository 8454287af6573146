// Who sees a unit's notifications: whoever reads the unit's records (its members and the supervising
// roles above it). A member marks a notification read for themselves only.
import { type Actor, canReadOrgRecords, type OrgRef } from "../../core/access.ts";

export const notificationPolicy = {
  readSent: (actor: Actor, org: OrgRef): boolean => canReadOrgRecords(actor, org),
  markRead: (actor: Actor, orgId: string): boolean => actor.memberships.some((m) => m.orgId === orgId),
};
