// Who may see and enter holiday schedules: every official reads them (deadlines depend on them);
// only system administrators enter or remove them.
import type { Actor } from "../../core/access.ts";

export const holidaySchedulePolicy = {
  read: (actor: Actor | null): boolean => actor !== null,
  manage: (actor: Actor | null): boolean => actor?.isAdmin === true,
};
