// Who may do what with a body's reception calendar and register, over the organisation tree
// (core/access.ts) and with the read rule of the tasks module (own bodies, and the bodies below a
// supervising role; never sideways):
//   read   — whoever reads the records of the body (its own officials, its supervisors above).
//   record — the body's own officials (leader, coordinator, specialist, reception officer,
//            complaint handler) or a leader or coordinator above it: schedule sessions, record visits.
import { type Actor, membershipCovers, type OrgRef, type Role } from "../../core/access.ts";
import { readableOrgs, readsOrg } from "../tasks/policy.ts";

const OWN_ROLES: readonly Role[] = [
  "leader",
  "coordinator",
  "specialist",
  "reception_officer",
  "complaint_handler",
];
const ABOVE_ROLES: readonly Role[] = ["leader", "coordinator"];

export const receptionPolicy = {
  read: (a: Actor, org: OrgRef): boolean => readsOrg(readableOrgs(a), org),
  record: (a: Actor, org: OrgRef): boolean =>
    a.isAdmin ||
    a.memberships.some(
      (m) =>
        (m.orgId === org.id && OWN_ROLES.includes(m.role)) ||
        (m.orgId !== org.id && ABOVE_ROLES.includes(m.role) && membershipCovers(m, org)),
    ),
};

export const RECEPTION_REFUSALS = {
  read: "Bạn không được xem lịch và sổ tiếp công dân của cơ quan này.",
  record:
    "Chỉ cán bộ của cơ quan (hoặc lãnh đạo cấp trên) được ghi lịch và sổ tiếp công dân của cơ quan này.",
} as const;
