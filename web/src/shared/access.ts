// What the interface offers to whom. Only hints: the server decides and answers 403 otherwise.
import { SUPERVISING_ROLES } from "../../../src/core/access.ts";
import type { Me, Role } from "../auth/types.ts";

export const hasRole = (me: Me, ...roles: Role[]): boolean =>
  me.memberships.some((m) => roles.includes(m.role));

/** Leaders, coordinators and administrators: they read the audit trail of their subtree. */
export const isSupervisor = (me: Me): boolean =>
  me.isAdmin || me.memberships.some((m) => SUPERVISING_ROLES.has(m.role));

/** Administrators and leaders create accounts and grant roles (within their subtree). */
export const canManagePeople = (me: Me): boolean => me.isAdmin || hasRole(me, "leader");
