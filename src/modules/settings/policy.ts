// Run-time settings: every official may read them (screens explain when reminders go out); only
// system administrators change them.
import type { Actor } from "../../core/access.ts";

export const settingsPolicy = {
  read: (actor: Actor | null): boolean => actor !== null,
  manage: (actor: Actor | null): boolean => actor?.isAdmin === true,
};
