// Granting and revoking roles. Nobody grants a role above their own, only administrators grant
// "admin", nobody raises their own privileges (../policy.ts); every change is audited.
import { and, eq, isNull } from "drizzle-orm";
import type { Role } from "../../../core/access.ts";
import { conflict, forbidden, invalid, notFound } from "../../../core/errors.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { MembershipInput, PersonOut } from "../contract.ts";
import { peoplePolicy } from "../policy.ts";
import { orgRefOrThrow } from "../queries.ts";
import { memberships, users } from "../schema.ts";
import { getPerson } from "./read.ts";

/** Throws FORBIDDEN unless the actor may give (or take) `role` at `orgId` to `targetUserId`. */
export async function assertMayGrant(ctx: UseCaseContext, orgId: string, role: Role, targetUserId: string) {
  const ref = await orgRefOrThrow(ctx.db, orgId);
  if (ctx.actor && !peoplePolicy.grant(ctx.actor, ref, role, targetUserId))
    throw forbidden(
      role === "admin"
        ? "Chỉ quản trị hệ thống được cấp quyền quản trị."
        : targetUserId === ctx.actor.userId
          ? "Không ai được tự nâng quyền của chính mình."
          : "Bạn không được giao vai trò này tại đơn vị này.",
    );
}

export async function grantMembership(
  ctx: UseCaseContext,
  userId: string,
  input: MembershipInput,
): Promise<PersonOut> {
  await assertMayGrant(ctx, input.orgId, input.role, userId);
  await writeTransaction(ctx, async (tx, audit) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound("cán bộ");
    const existing = await tx
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, userId),
          eq(memberships.orgId, input.orgId),
          eq(memberships.role, input.role),
        ),
      );
    if (existing.length) throw conflict("Cán bộ đã có vai trò này tại đơn vị này.");
    const [row] = await tx
      .insert(memberships)
      .values({ userId, orgId: input.orgId, role: input.role, title: input.title ?? null })
      .returning();
    await audit({
      action: "person.grant",
      entity: "membership",
      entityId: row!.id,
      after: row,
      summary: { userId, ...input },
    });
  });
  return getPerson({ ...ctx, actor: null }, userId);
}

export async function revokeMembership(ctx: UseCaseContext, membershipId: string): Promise<PersonOut> {
  const [m] = await ctx.db.select().from(memberships).where(eq(memberships.id, membershipId));
  if (!m) throw notFound("vai trò");
  await assertMayGrant(ctx, m.orgId, m.role, m.userId);
  await writeTransaction(ctx, async (tx, audit) => {
    const remaining = await tx
      .select({ id: memberships.id })
      .from(memberships)
      // Memberships a reorganisation ended are history: they are not roles one still holds.
      .where(and(eq(memberships.userId, m.userId), isNull(memberships.endedOn)));
    if (remaining.length <= 1)
      throw invalid("Cán bộ phải còn ít nhất một vai trò; hãy khóa tài khoản thay vì gỡ hết.");
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await audit({
      action: "person.revoke",
      entity: "membership",
      entityId: membershipId,
      before: m,
      summary: { userId: m.userId, orgId: m.orgId, role: m.role },
    });
  });
  return getPerson({ ...ctx, actor: null }, m.userId);
}
