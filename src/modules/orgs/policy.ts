// Who may do what with the organisation tree. The tree itself (names, kinds, history) is readable by
// every signed-in official; changing its structure is for system administrators.
import type { Actor } from "../../core/access.ts";

export const orgPolicy = {
  read: (actor: Actor | null): boolean => actor !== null,
  manage: (actor: Actor | null): boolean => actor?.isAdmin === true,
};
