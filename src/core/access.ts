// Who may read and change the internal records of which body. Almost every rule in Thực Thi is
// about the organisation tree, so this one helper serves every module's policy.ts.
//
// A membership (person × body × role) grants access to its own body's internal records; where the
// role supervises (leader, coordinator, admin) it also grants access to every body below it.
// Never sideways: a ward's specialist cannot read another ward's records.

export const ROLES = [
  "admin",
  "leader",
  "coordinator",
  "specialist",
  "reception_officer",
  "complaint_handler",
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose holders follow, urge and check the bodies below their own. */
export const SUPERVISING_ROLES: ReadonlySet<Role> = new Set<Role>(["admin", "leader", "coordinator"]);

/** Rank used to refuse role escalation: nobody grants a role ranked above their own. */
export const ROLE_RANK: Record<Role, number> = {
  admin: 100,
  leader: 50,
  coordinator: 40,
  specialist: 10,
  reception_officer: 10,
  complaint_handler: 10,
};

export interface Membership {
  orgId: string;
  role: Role;
}

export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  /** A system administrator: holds `admin` somewhere; may act on the whole tree. */
  isAdmin: boolean;
  memberships: Membership[];
  /** The body the person acts for in this session (recorded in the audit trail). */
  actingOrgId: string | null;
}

/** An org as the access rules see it: its id and the ids from the root down to itself. */
export interface OrgRef {
  id: string;
  /** Ancestor ids from the root to the org itself, inclusive. */
  lineage: readonly string[];
}

/** Does `membership` reach the records of `target`? Own body always; bodies below only for supervising roles. */
export function membershipCovers(membership: Membership, target: OrgRef): boolean {
  if (membership.orgId === target.id) return true;
  return SUPERVISING_ROLES.has(membership.role) && target.lineage.includes(membership.orgId);
}

/** May the actor read the internal records (tasks, reports, cases, people) of `target`? */
export function canReadOrgRecords(actor: Actor, target: OrgRef): boolean {
  if (actor.isAdmin) return true;
  return actor.memberships.some((m) => membershipCovers(m, target));
}

/** The highest role the actor holds that covers `target`, or null. */
export function strongestRoleOver(actor: Actor, target: OrgRef): Role | null {
  let best: Role | null = null;
  for (const m of actor.memberships) {
    if (m.role === "admin" || membershipCovers(m, target)) {
      if (!best || ROLE_RANK[m.role] > ROLE_RANK[best]) best = m.role;
    }
  }
  return best;
}

/** Does the actor hold `role` (or admin) on `target` or, for supervising roles, above it? */
export function hasRoleOver(actor: Actor, target: OrgRef, roles: readonly Role[]): boolean {
  if (actor.isAdmin) return true;
  return actor.memberships.some((m) => roles.includes(m.role) && membershipCovers(m, target));
}

/** Parses the materialised path stored on orgs ("/a/b/c/") into a lineage. */
export function lineageFromPath(path: string): string[] {
  return path.split("/").filter(Boolean);
}
