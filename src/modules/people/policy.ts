// Who may see and manage people. Reading a body's people is reading its internal records;
// managing them is for administrators and for leaders over that body. Nobody grants a role above
// their own, only administrators grant "admin", and nobody raises their own privileges.
import {
  type Actor,
  canReadOrgRecords,
  hasRoleOver,
  type OrgRef,
  ROLE_RANK,
  type Role,
} from "../../core/access.ts";

export const peoplePolicy = {
  list: (actor: Actor, org: OrgRef): boolean => canReadOrgRecords(actor, org),
  manage: (actor: Actor, org: OrgRef): boolean => hasRoleOver(actor, org, ["leader"]),
  grant(actor: Actor, org: OrgRef, role: Role, targetUserId: string): boolean {
    if (actor.isAdmin) return true;
    if (role === "admin") return false;
    if (targetUserId === actor.userId) return false;
    return hasRoleOver(actor, org, ["leader"]) && ROLE_RANK[role] <= ROLE_RANK.leader;
  },
};
