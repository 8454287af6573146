// People and their memberships. Every write is authorised by ./policy.ts and audited.
import { and, asc, eq, inArray, like, or } from "drizzle-orm";
import type { z } from "zod";
import { canReadOrgRecords, lineageFromPath, type Role } from "../../core/access.ts";
import { conflict, forbidden, invalid, notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { hashPassword } from "../auth/password.ts";
import { sessions } from "../auth/schema.ts";
import { orgs } from "../orgs/schema.ts";
import { getOrgRef } from "../orgs/service.ts";
import { type UseCaseContext, writeTransaction } from "../shared/context.ts";
import { peoplePolicy } from "./policy.ts";
import type { membershipInput, personInput } from "./schema.ts";
import { memberships, type PersonOut, users } from "./schema.ts";

async function orgRefOrThrow(db: Db, orgId: string) {
  const ref = await getOrgRef(db, orgId);
  if (!ref) throw notFound("cơ quan, đơn vị");
  return ref;
}

async function peopleByIds(db: Db, ids: string[]): Promise<PersonOut[]> {
  if (!ids.length) return [];
  const us = await db.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.fullName));
  const ms = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      orgId: memberships.orgId,
      orgName: orgs.name,
      role: memberships.role,
      title: memberships.title,
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(inArray(memberships.userId, ids));
  return us.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    status: u.status,
    totpEnabled: u.totpEnabled,
    memberships: ms.filter((m) => m.userId === u.id).map(({ userId: _, ...m }) => m),
  }));
}

/** People working in a body (and, with `below`, in the bodies under it). */
export async function listPeople(ctx: UseCaseContext, orgId: string, below = false): Promise<PersonOut[]> {
  const ref = await orgRefOrThrow(ctx.db, orgId);
  const actor = ctx.actor;
  if (actor && !peoplePolicy.list(actor, ref)) throw forbidden("Bạn không được xem cán bộ của đơn vị này.");
  let orgIds = [orgId];
  if (below) {
    const [org] = await ctx.db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, orgId));
    const rows = await ctx.db
      .select({ id: orgs.id, path: orgs.path })
      .from(orgs)
      .where(like(orgs.path, `${org!.path}%`));
    // Only the bodies below that the actor may read: a specialist's access does not reach down.
    orgIds = rows
      .filter((r) => !actor || canReadOrgRecords(actor, { id: r.id, lineage: lineageFromPath(r.path) }))
      .map((r) => r.id);
  }
  const ids = await ctx.db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(inArray(memberships.orgId, orgIds));
  return peopleByIds(
    ctx.db,
    ids.map((r) => r.userId),
  );
}

export async function getPerson(ctx: UseCaseContext, userId: string): Promise<PersonOut> {
  const [person] = await peopleByIds(ctx.db, [userId]);
  if (!person) throw notFound("cán bộ");
  const actor = ctx.actor;
  if (actor && actor.userId !== userId) {
    const refs = await Promise.all(person.memberships.map((m) => orgRefOrThrow(ctx.db, m.orgId)));
    if (!refs.some((r) => peoplePolicy.list(actor, r)))
      throw forbidden("Bạn không được xem thông tin cán bộ này.");
  }
  return person;
}

async function assertMayGrant(ctx: UseCaseContext, orgId: string, role: Role, targetUserId: string) {
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

export async function createPerson(
  ctx: UseCaseContext,
  input: z.infer<typeof personInput>,
): Promise<PersonOut> {
  for (const m of input.memberships) await assertMayGrant(ctx, m.orgId, m.role, "(new)");
  const passwordHash = await hashPassword(input.password);
  const id = await writeTransaction(ctx, async (tx, audit) => {
    if ((await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username))).length)
      throw conflict(`Tên đăng nhập "${input.username}" đã có người dùng.`);
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        passwordHash,
      })
      .returning();
    await tx.insert(memberships).values(
      input.memberships.map((m) => ({
        userId: user!.id,
        orgId: m.orgId,
        role: m.role,
        title: m.title ?? null,
      })),
    );
    await audit({
      action: "person.create",
      entity: "user",
      entityId: user!.id,
      after: user,
      summary: { username: input.username, memberships: input.memberships },
    });
    return user!.id;
  });
  return getPerson({ ...ctx, actor: null }, id);
}

export async function grantMembership(
  ctx: UseCaseContext,
  userId: string,
  input: z.infer<typeof membershipInput>,
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
      .where(eq(memberships.userId, m.userId));
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

/** Disables or re-enables an account; disabling ends its sessions at once. */
export async function setPersonStatus(ctx: UseCaseContext, userId: string, status: "active" | "disabled") {
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

/** Finds people by name or login, limited to those the actor may see. */
export async function searchPeople(ctx: UseCaseContext, q: string): Promise<PersonOut[]> {
  const pattern = `%${q.trim().toLowerCase()}%`;
  const rows = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(or(like(users.username, pattern), like(users.fullName, `%${q.trim()}%`)))
    .limit(50);
  const people = await peopleByIds(
    ctx.db,
    rows.map((r) => r.id),
  );
  if (!ctx.actor) return people;
  const visible: PersonOut[] = [];
  for (const p of people) {
    const refs = await Promise.all(p.memberships.map((m) => orgRefOrThrow(ctx.db, m.orgId)));
    if (refs.some((r) => peoplePolicy.list(ctx.actor!, r))) visible.push(p);
  }
  return visible;
}
