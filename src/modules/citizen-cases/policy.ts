// Who may do what with a citizen's case, over the organisation tree (core/access.ts) and with the
// read rule of the tasks module (its `readableOrgs`: own bodies, and the bodies below a supervising
// role; never sideways):
//   read      — whoever reads the records of the body that holds the case.
//   handle    — the holding body's own officials (leader, coordinator, specialist, reception
//               officer, complaint handler), or a leader or coordinator above it: classify, accept,
//               forward, refuse, note, conclude, answer, publish.
//   assign    — a leader or coordinator of the holding body or above it; the handler must be an
//               official of the holding body itself.
//   sender    — who may read the sender's identity. For a denunciation only the handler assigned
//               to it (Luật Tố cáo 2018, Điều 47–48: keep the denouncer secret); for other kinds
//               whoever may handle it. Every read is audited by the use case.
import { type Actor, membershipCovers, type OrgRef, type Role } from "../../core/access.ts";
import { readableOrgs, readsOrg } from "../tasks/policy.ts";
import type { Kind } from "./contract.ts";

export interface CaseScope {
  org: OrgRef;
  kind: Kind;
  handlerId: string | null;
}

const OWN_ROLES: readonly Role[] = [
  "leader",
  "coordinator",
  "specialist",
  "reception_officer",
  "complaint_handler",
];
const ASSIGNING_ROLES: readonly Role[] = ["leader", "coordinator"];

const fromAbove = (a: Actor, org: OrgRef, roles: readonly Role[]) =>
  a.memberships.some((m) => roles.includes(m.role) && m.orgId !== org.id && membershipCovers(m, org));

export const casePolicy = {
  read: (a: Actor, s: CaseScope): boolean => readsOrg(readableOrgs(a), s.org),
  handle: (a: Actor, s: CaseScope): boolean =>
    a.isAdmin ||
    a.memberships.some((m) => m.orgId === s.org.id && OWN_ROLES.includes(m.role)) ||
    fromAbove(a, s.org, ASSIGNING_ROLES),
  assign: (a: Actor, s: CaseScope): boolean =>
    a.isAdmin || a.memberships.some((m) => ASSIGNING_ROLES.includes(m.role) && membershipCovers(m, s.org)),
  sender: (a: Actor, s: CaseScope): boolean =>
    s.kind === "denunciation" ? s.handlerId === a.userId : casePolicy.handle(a, s),
  /** Entering a case by hand for a body: its own officials, or those above it who may handle. */
  intake: (a: Actor, org: OrgRef): boolean =>
    casePolicy.handle(a, { org, kind: "feedback", handlerId: null }),
};

export type CaseAction = keyof Omit<typeof casePolicy, "intake">;

export const CASE_REFUSALS: Record<CaseAction, string> = {
  read: "Bạn không được xem đơn này.",
  handle: "Chỉ cán bộ của cơ quan đang giữ đơn (hoặc lãnh đạo cấp trên) được xử lý đơn này.",
  assign: "Chỉ lãnh đạo hoặc cán bộ đầu mối của cơ quan giữ đơn được giao người xử lý.",
  sender:
    "Thông tin người tố cáo được giữ bí mật: chỉ cán bộ được giao xử lý đơn này được xem (Điều 47 Luật Tố cáo 2018).",
};

/** The refusal of the first action the actor may not take (reading first), or null. */
export function caseRefusal(a: Actor, s: CaseScope, actions: readonly CaseAction[]): string | null {
  const refused = (["read", ...actions] as const).find((action) => !casePolicy[action](a, s));
  return refused ? CASE_REFUSALS[refused] : null;
}
