// Locking and unlocking an account: administrators, or leaders over every body the person works in
// (never for an administrator's account, never one's own). Locking ends the person's sessions.
import { eq } from "drizzle-orm";
import { forbidden } from "../../../core/errors.ts";
import { sessions } from "../../auth/schema.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { UserStatus } from "../contract.ts";
import { peoplePolicy } from "../policy.ts";
import { orgRefOrThrow } from "../queries.ts";
import { users } from "../schema.ts";
import { getPerson } from "./read.ts";

/** Disables or re-enables an account; disabling ends its sessions at once. */
export async function setPersonStatus(ctx: UseCaseContext, userId: string, status: UserStatus) {
  const person = await getPerson({ ...ctx, actor: null }, userId);
  if (ctx.actor) {
    const refs = await Promise.all(person.memberships.map((m) => orgRefOrThrow(ctx.db, m.orgId)));
    const allowed =
      ctx.actor.isAdmin ||
      (!person.memberships.some((m) => m.role === "admin") &&
        refs.every((r) => peoplePolicy.manage(ctx.actor!, r)));
    if (!allowed || ctx.actor.userId === userId)
      throw forbidden("Bạn không được khóa hoặc mở khóa tài khoản này.");
  }
  await writeTransaction(ctx, async (tx, audit) => {
    await tx.update(users).set({ status, updatedAt: ctx.now }).where(eq(users.id, userId));
    if (status === "disabled") await tx.delete(sessions).where(eq(sessions.userId, userId));
    await audit({ action: "person.status", entity: "user", entityId: userId, summary: { status } });
  });
  return getPerson({ ...ctx, actor: null }, userId);
}
