// Who may do what with the organisation tree. The tree itself (names, kinds, history) is readable by
// every signed-in official; changing its structure, and exporting it whole, is for system
// administrators. The system itself (CLI, seed: no actor) always may.
import type { Actor } from "../../core/access.ts";
import { forbidden } from "../../core/errors.ts";

export const orgPolicy = {
  read: (actor: Actor | null): boolean => actor !== null,
  manage: (actor: Actor | null): boolean => actor?.isAdmin === true,
};

export function assertMayManage(actor: Actor | null): void {
  if (actor && !orgPolicy.manage(actor)) throw forbidden("Chỉ quản trị hệ thống được thay đổi cây tổ chức.");
}

export function assertMayExport(actor: Actor | null): void {
  if (actor && !orgPolicy.manage(actor)) throw forbidden();
}
