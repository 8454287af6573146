// Who may do what with a commune's disclosures, over the organisation tree (core/access.ts) and the
// read rule of the tasks module (own bodies, and the bodies below a supervising role; never sideways):
//   read — whoever reads the records of the commune (its own officials, its supervisors above);
//   post — the commune's own officials (leader, coordinator, specialist) or a leader or coordinator
//          above it: post, correct, take down, attach a file. Another ward's officials never.
// What is on the board is public: the portal reads it without an account (use-cases/public.ts).
import { type Actor, membershipCovers, type OrgRef, type Role } from "../../core/access.ts";
import { readableOrgs, readsOrg } from "../tasks/policy.ts";

const OWN_ROLES: readonly Role[] = ["leader", "coordinator", "specialist"];
const ABOVE_ROLES: readonly Role[] = ["leader", "coordinator"];

export const disclosurePolicy = {
  read: (a: Actor, org: OrgRef): boolean => readsOrg(readableOrgs(a), org),
  post: (a: Actor, org: OrgRef): boolean =>
    a.isAdmin ||
    a.memberships.some(
      (m) =>
        (m.orgId === org.id && OWN_ROLES.includes(m.role)) ||
        (m.orgId !== org.id && ABOVE_ROLES.includes(m.role) && membershipCovers(m, org)),
    ),
};

export const DISCLOSURE_REFUSALS = {
  read: "Bạn không được xem việc công khai thông tin của phường, xã này.",
  post: "Chỉ cán bộ của phường, xã (hoặc lãnh đạo cấp trên) được công khai, sửa hoặc gỡ thông tin của phường, xã này.",
} as const;
