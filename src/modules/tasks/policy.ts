// Who may do what with an assignment, as a table over the organisation tree (core/access.ts).
//   read        — the lead unit's members and the supervising roles above it; the supporting units
//                 (the same way); the plan's coordinating bodies (the office the plan charges with
//                 theo dõi, đôn đốc, and its owner) and those above them. Never sideways.
//   report      — the lead unit's own officials: progress, status, completion request.
//   contribute  — the supporting units' own officials (and the lead's): timeline entries with files.
//   approve     — a leader of the lead unit, or a leader above it, approves or rejects completion.
//   coordinate  — leaders and coordinators over the coordinating body, or over the lead from above:
//                 pause/resume, reassign (after a split), urge.
import {
  type Actor,
  canReadOrgRecords,
  type Membership,
  membershipCovers,
  type OrgRef,
  type Role,
} from "../../core/access.ts";

export interface AssignmentScope {
  lead: OrgRef;
  supporters: OrgRef[];
  /**
   * The plan's coordinating bodies: those it charges with following it (theo dõi, đôn đốc), then its
   * owner (else its issuer). Empty when unknown.
   */
  coordinators: OrgRef[];
}

const WORK_ROLES: readonly Role[] = ["leader", "coordinator", "specialist"];
const isOwn = (m: Membership, org: OrgRef, roles: readonly Role[]) =>
  m.orgId === org.id && roles.includes(m.role);
const coversFromAbove = (m: Membership, org: OrgRef, roles: readonly Role[]) =>
  roles.includes(m.role) && m.orgId !== org.id && membershipCovers(m, org);

export const taskPolicy = {
  read: (a: Actor, s: AssignmentScope): boolean =>
    canReadOrgRecords(a, s.lead) ||
    s.supporters.some((o) => canReadOrgRecords(a, o)) ||
    s.coordinators.some((o) => canReadOrgRecords(a, o)),
  report: (a: Actor, s: AssignmentScope): boolean => a.memberships.some((m) => isOwn(m, s.lead, WORK_ROLES)),
  contribute: (a: Actor, s: AssignmentScope): boolean =>
    a.memberships.some((m) => [s.lead, ...s.supporters].some((o) => isOwn(m, o, WORK_ROLES))),
  approve: (a: Actor, s: AssignmentScope): boolean =>
    a.memberships.some((m) => m.role === "leader" && membershipCovers(m, s.lead)),
  coordinate: (a: Actor, s: AssignmentScope): boolean =>
    a.isAdmin ||
    a.memberships.some(
      (m) =>
        s.coordinators.some(
          (c) => isOwn(m, c, ["leader", "coordinator"]) || coversFromAbove(m, c, ["leader", "coordinator"]),
        ) || coversFromAbove(m, s.lead, ["leader", "coordinator"]),
    ),
  /** Following a whole plan: reading the records of one of its coordinating bodies. */
  followPlan: (a: Actor, coordinators: OrgRef[]): boolean =>
    a.isAdmin || coordinators.some((c) => canReadOrgRecords(a, c)),
};

export type TaskPermissions = { [K in "report" | "contribute" | "approve" | "coordinate"]: boolean };

export function permissionsOf(a: Actor, s: AssignmentScope): TaskPermissions {
  return {
    report: taskPolicy.report(a, s),
    contribute: taskPolicy.contribute(a, s),
    approve: taskPolicy.approve(a, s),
    coordinate: taskPolicy.coordinate(a, s),
  };
}
