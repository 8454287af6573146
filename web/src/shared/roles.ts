import type { Role } from "../auth/types.ts";
import type { MessageKey } from "../i18n/index.tsx";

export { ROLES, type Role } from "../auth/types.ts";

/** The dictionary key of a role's name ("Chuyên viên"). */
export const roleKey = (role: Role): MessageKey => `role.${role}`;
