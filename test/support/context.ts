// Small builders for use-case tests: a context for the system, and actors holding given roles.
import type { Actor, Membership } from "../../src/core/access.ts";
import type { Db } from "../../src/db/client.ts";
import type { UseCaseContext } from "../../src/modules/shared/context.ts";

export const systemContext = (db: Db, now = new Date("2026-11-23T03:00:00Z")): UseCaseContext => ({
  db,
  actor: null,
  system: "test",
  now,
});

export function actorWith(memberships: Membership[], overrides: Partial<Actor> = {}): Actor {
  return {
    userId: overrides.userId ?? "00000000-0000-4000-8000-000000000001",
    username: overrides.username ?? "tester",
    fullName: overrides.fullName ?? "Người kiểm thử",
    isAdmin: overrides.isAdmin ?? memberships.some((m) => m.role === "admin"),
    memberships,
    actingOrgId: overrides.actingOrgId ?? memberships[0]?.orgId ?? null,
  };
}

/** An actor holding one role in one body. */
export const actorIn = (orgId: string, role: Membership["role"]): Actor => actorWith([{ orgId, role }]);

export const contextFor = (db: Db, actor: Actor, now = new Date("2026-11-23T03:00:00Z")): UseCaseContext => ({
  db,
  actor,
  now,
});
