// Who may see and enter holiday schedules: every official reads them (deadlines depend on them);
// only system administrators enter or remove them.
import type { Actor } from "../../core/access.ts";
import { forbidden } from "../../core/errors.ts";

export const holidaySchedulePolicy = {
  read: (actor: Actor | null): boolean => actor !== null,
  manage: (actor: Actor | null): boolean => actor?.isAdmin === true,
};

/** Throws FORBIDDEN unless the actor may enter schedules (the system itself always may). */
export function assertMayManage(actor: Actor | null): void {
  if (actor && !holidaySchedulePolicy.manage(actor))
    throw forbidden("Chỉ quản trị hệ thống được nhập lịch nghỉ lễ.");
}
