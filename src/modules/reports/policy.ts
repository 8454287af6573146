// Who may do what with periodic reports, over the organisation tree (core/access.ts):
//   read      — the reporting unit's members and those who supervise it; the coordinating body's
//               members and those above it (they collect the reports). Never sideways.
//   edit      — the reporting unit's own officials (leader, coordinator, specialist): write, save, submit.
//   sign      — a leader of the reporting unit (or above it): the report leaves the unit signed off.
//   review    — leaders and coordinators of the coordinating body (or above it): return, accept,
//               consolidate; also who manages the schedule.
// The use cases call these on the row they change; the routes learn the answer from them.
import { type Actor, membershipCovers, type OrgRef, type Role } from "../../core/access.ts";
import { forbidden } from "../../core/errors.ts";

export interface ReportScope {
  /** The unit that owes the report (for a consolidated report, the coordinating body itself). */
  unit: OrgRef;
  coordinator: OrgRef;
}

const WORK_ROLES: readonly Role[] = ["leader", "coordinator", "specialist"];
const covers = (a: Actor, org: OrgRef, roles: readonly Role[]) =>
  a.memberships.some((m) => roles.includes(m.role) && membershipCovers(m, org));

export const reportPolicy = {
  read: (a: Actor, s: ReportScope): boolean =>
    a.isAdmin || a.memberships.some((m) => membershipCovers(m, s.unit) || membershipCovers(m, s.coordinator)),
  edit: (a: Actor, s: ReportScope): boolean =>
    a.memberships.some((m) => m.orgId === s.unit.id && WORK_ROLES.includes(m.role)),
  sign: (a: Actor, s: ReportScope): boolean => covers(a, s.unit, ["leader"]),
  review: (a: Actor, s: ReportScope): boolean =>
    a.isAdmin || covers(a, s.coordinator, ["leader", "coordinator"]),
  /** Making or changing a schedule collected by `coordinator`. */
  manage: (a: Actor, coordinator: OrgRef): boolean =>
    a.isAdmin || covers(a, coordinator, ["leader", "coordinator"]),
};

export type ReportAction = keyof Omit<typeof reportPolicy, "manage">;

export const REPORT_REFUSALS: Record<ReportAction | "manage", string> = {
  read: "Bạn không được xem báo cáo này.",
  edit: "Chỉ cán bộ của đơn vị báo cáo được soạn và trình báo cáo này.",
  sign: "Chỉ lãnh đạo đơn vị được ký duyệt báo cáo trước khi gửi đi.",
  review: "Chỉ cơ quan tổng hợp (lãnh đạo, cán bộ đầu mối) được trả lại, tiếp nhận hoặc tổng hợp báo cáo.",
  manage: "Chỉ lãnh đạo hoặc cán bộ đầu mối của cơ quan tổng hợp được lập chế độ báo cáo.",
};

/** Throws FORBIDDEN unless the actor may (the system itself — demo, jobs — always may). */
export function assertMay(actor: Actor | null, action: ReportAction, s: ReportScope): void {
  if (!actor) return;
  if (!reportPolicy.read(actor, s)) throw forbidden(REPORT_REFUSALS.read);
  if (action !== "read" && !reportPolicy[action](actor, s)) throw forbidden(REPORT_REFUSALS[action]);
}

export function assertMayManage(actor: Actor | null, coordinator: OrgRef): void {
  if (actor && !reportPolicy.manage(actor, coordinator)) throw forbidden(REPORT_REFUSALS.manage);
}
