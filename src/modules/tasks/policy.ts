// Who may do what with an assignment, as a table over the organisation tree (core/access.ts).
//   read        — the lead unit's members and the supervising roles above it; the supporting units
//                 (the same way); the plan's coordinating bodies (the office the plan charges with
//                 theo dõi, đôn đốc, and its owner) and those above them. Never sideways.
//   report      — the lead unit's own officials: progress, status, completion request.
//   contribute  — the supporting units' own officials (and the lead's): timeline entries with files.
//   approve     — a leader of the lead unit, or a leader above it, approves or rejects completion.
//   coordinate  — leaders and coordinators over the coordinating body, or over the lead from above:
//                 reassign (after a split), urge.
//   pause       — pausing or resuming work: a leader who approves it, or the coordinating side.
// `refusalOf` is the one decision: the routes call it before reading a request's files, the use
// cases call it again on the row they change (the same rule and the same FORBIDDEN answer).
import {
  type Actor,
  type Membership,
  membershipCovers,
  type OrgRef,
  type Role,
  SUPERVISING_ROLES,
} from "../../core/access.ts";

/**
 * The bodies whose records an actor reads — the one source of the read rule: every body (an
 * administrator), or their own bodies and every body at or below one where they hold a supervising
 * role (core/access.ts, membershipCovers). `readsOrg` judges one body with it; queries/visibility.ts
 * turns the same value into SQL, so the list and the policy cannot disagree.
 */
export type ReadableOrgs = { all: true } | { all: false; own: string[]; subtrees: string[] };

export function readableOrgs(a: Actor): ReadableOrgs {
  if (a.isAdmin) return { all: true };
  const supervising = a.memberships.filter((m) => SUPERVISING_ROLES.has(m.role));
  return {
    all: false,
    own: [...new Set(a.memberships.map((m) => m.orgId))],
    subtrees: [...new Set(supervising.map((m) => m.orgId))],
  };
}

export const readsOrg = (r: ReadableOrgs, o: OrgRef): boolean =>
  r.all || r.own.includes(o.id) || o.lineage.some((id) => r.subtrees.includes(id));

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
  /** Running today's reminders by hand (besides the daily job): administrators only. */
  runReminders: (a: Actor): boolean => a.isAdmin,
  read: (a: Actor, s: AssignmentScope): boolean => {
    const readable = readableOrgs(a);
    return [s.lead, ...s.supporters, ...s.coordinators].some((o) => readsOrg(readable, o));
  },
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
  pause: (a: Actor, s: AssignmentScope): boolean => taskPolicy.approve(a, s) || taskPolicy.coordinate(a, s),
  /** Following a whole plan: reading the records of one of its coordinating bodies. */
  followPlan: (a: Actor, coordinators: OrgRef[]): boolean => {
    const readable = readableOrgs(a);
    return a.isAdmin || coordinators.some((c) => readsOrg(readable, c));
  },
};

export type TaskAction = keyof Omit<typeof taskPolicy, "followPlan" | "runReminders">;

export const REFUSALS: Record<TaskAction, string> = {
  read: "Bạn không được xem công việc này.",
  report: "Chỉ cán bộ của đơn vị chủ trì được cập nhật tiến độ công việc này.",
  contribute: "Chỉ cán bộ của đơn vị chủ trì hoặc phối hợp được thêm nội dung phối hợp.",
  approve: "Chỉ lãnh đạo đơn vị chủ trì được duyệt hoàn thành công việc này.",
  coordinate: "Chỉ cơ quan theo dõi kế hoạch hoặc lãnh đạo cấp trên được thực hiện thao tác này.",
  pause: "Tạm dừng hoặc tiếp tục công việc do lãnh đạo đơn vị hoặc cơ quan theo dõi quyết định.",
};

/** The refusal of the first action the actor may not take, or null. Reading comes first: someone
 * who may not even read the work learns nothing about it. */
export function refusalOf(a: Actor, s: AssignmentScope, actions: readonly TaskAction[]): string | null {
  const refused = (["read", ...actions] as const).find((action) => !taskPolicy[action](a, s));
  return refused ? REFUSALS[refused] : null;
}

/**
 * What a timeline entry asks: a progress report needs `report` (and `pause` when it pauses or
 * resumes the work), a contribution `contribute`, a comment only `read`.
 */
export function actionsOfEntry(
  entry: { kind?: string | undefined; status?: string | undefined },
  current: string,
): TaskAction[] {
  const kind = entry.kind ?? "progress";
  if (kind === "contribution") return ["contribute"];
  if (kind !== "progress") return [];
  const togglesPause = entry.status !== undefined && (entry.status === "paused") !== (current === "paused");
  return togglesPause ? ["report", "pause"] : ["report"];
}

export type TaskPermissions = { [K in "report" | "contribute" | "approve" | "coordinate"]: boolean };

export function permissionsOf(a: Actor, s: AssignmentScope): TaskPermissions {
  return {
    report: taskPolicy.report(a, s),
    contribute: taskPolicy.contribute(a, s),
    approve: taskPolicy.approve(a, s),
    coordinate: taskPolicy.coordinate(a, s),
  };
}

/** Who answers an assignment request for the receiving body: those who may give work there. */
const DECIDING_ROLES: readonly Role[] = ["leader", "coordinator"];

export const requestPolicy = {
  /** Accepting or refusing: a leader or coordinator of the receiving body, or above it (or an administrator). */
  decide: (a: Actor, receiver: OrgRef): boolean =>
    a.isAdmin || a.memberships.some((m) => DECIDING_ROLES.includes(m.role) && membershipCovers(m, receiver)),
  /** Seeing it: whoever reads the records of the receiving body or of the owner body that asks. */
  read: (a: Actor, receiver: OrgRef, owner: OrgRef | null): boolean => {
    const readable = readableOrgs(a);
    return readsOrg(readable, receiver) || (owner !== null && readsOrg(readable, owner));
  },
};

export const REQUEST_REFUSALS = {
  read: "Bạn không được xem đề nghị này.",
  decide:
    "Chỉ lãnh đạo hoặc cán bộ đầu mối của đơn vị được đề nghị (hoặc cấp trên) được chấp nhận hay từ chối.",
} as const;
