// Sign-in: password (argon2id), temporary lock-out after repeated failures, TOTP second factor,
// and sessions stored as hashes. Administrators must have a second factor before they can act.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Actor, Membership } from "../../core/access.ts";
import { vietnamTime } from "../../core/calendar/vietnam-time.ts";
import { AppError, forbidden, invalid } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { appendAudit } from "../audit/service.ts";
import { orgs } from "../orgs/schema.ts";
import { memberships, type UserRow, users } from "../people/schema.ts";
import { burnDecoyVerify, hashPassword, verifyPassword } from "./password.ts";
import { sessions } from "./schema.ts";
import type { SecretBox } from "./secret-box.ts";
import { acceptTotp, enrolmentFor, newTotpSecret } from "./totp.ts";

export type Mode = "demo" | "production";

export interface AuthDeps {
  db: Db;
  box: SecretBox;
  mode: Mode;
  now: Date;
}

/** Five wrong passwords in a row lock the account for fifteen minutes (guards against guessing). */
export const LOCKOUT = { maxFailures: 5, minutes: 15 } as const;
export const SESSION_HOURS = 12;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export type SignInState = "ok" | "totp_required" | "totp_enrol_required";

export interface SessionView {
  state: SignInState;
  actor: Actor;
  totpEnabled: boolean;
}

const BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";

async function loadMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(orgs.status, "active")));
  return rows;
}

function actorOf(user: UserRow, ms: Membership[], actingOrgId: string | null): Actor {
  const valid = actingOrgId && ms.some((m) => m.orgId === actingOrgId) ? actingOrgId : (ms[0]?.orgId ?? null);
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    isAdmin: ms.some((m) => m.role === "admin"),
    memberships: ms,
    actingOrgId: valid,
  };
}

function stateOf(actor: Actor, user: UserRow, mfaPassed: boolean): SignInState {
  if (user.totpEnabled && !mfaPassed) return "totp_required";
  if (actor.isAdmin && !user.totpEnabled) return "totp_enrol_required";
  return "ok";
}

export async function login(
  deps: AuthDeps,
  input: { username: string; password: string; ip?: string | undefined; userAgent?: string | undefined },
): Promise<{ token: string; view: SessionView }> {
  const { db, now } = deps;
  const [user] = await db.select().from(users).where(eq(users.username, input.username.toLowerCase()));
  if (!user) {
    await burnDecoyVerify(input.password);
    throw new AppError("UNAUTHENTICATED", BAD_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(deps, user);
    throw new AppError("UNAUTHENTICATED", BAD_CREDENTIALS);
  }
  if (user.status !== "active") throw forbidden("Tài khoản đã bị khóa. Hãy liên hệ quản trị hệ thống.");
  if (user.isDemo && deps.mode === "production")
    throw forbidden("Tài khoản trình diễn không được dùng ở chế độ vận hành chính thức.");
  const ms = await loadMemberships(db, user.id);
  const actor = actorOf(user, ms, null);
  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      tokenHash: tokenHash(token),
      userId: user.id,
      mfaPassed: !user.totpEnabled,
      actingOrgId: actor.actingOrgId,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await appendAudit(tx as Db, { actor }, { action: "auth.login", entity: "user", entityId: user.id }, now);
  });
  return {
    token,
    view: { state: stateOf(actor, user, !user.totpEnabled), actor, totpEnabled: user.totpEnabled },
  };
}

function lockedError(until: Date) {
  const vn = vietnamTime(until);
  return new AppError(
    "LOCKED",
    `Tài khoản tạm khóa đến ${vn} do nhập sai nhiều lần. Hãy thử lại sau hoặc liên hệ quản trị hệ thống.`,
  );
}

async function recordFailure(deps: AuthDeps, user: UserRow) {
  const failures = user.failedLogins + 1;
  const lock = failures >= LOCKOUT.maxFailures;
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(deps.now.getTime() + LOCKOUT.minutes * 60_000) : user.lockedUntil,
      })
      .where(eq(users.id, user.id));
    if (lock)
      await appendAudit(
        tx as Db,
        { system: "auth" },
        { action: "auth.lockout", entity: "user", entityId: user.id, summary: { minutes: LOCKOUT.minutes } },
        deps.now,
      );
  });
}

export interface ResolvedSession {
  view: SessionView;
  user: UserRow;
  tokenHash: string;
}

/** The session behind a cookie token, or null if unknown or expired. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<ResolvedSession | null> {
  const hash = tokenHash(token);
  // One round trip per request: the memberships come aggregated with the session and the user.
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      memberships: sql<Membership[]>`coalesce((
        select json_agg(json_build_object('orgId', m.org_id, 'role', m.role))
        from ${memberships} m join ${orgs} o on o.id = m.org_id
        where m.user_id = ${users.id} and o.status = 'active'), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now)));
  if (row?.user.status !== "active") return null;
  const ms =
    typeof row.memberships === "string" ? (JSON.parse(row.memberships) as Membership[]) : row.memberships;
  const actor = actorOf(row.user, ms, row.session.actingOrgId);
  // Refresh "last seen" at most once a minute: a write per request would be wasteful.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hash));
  return {
    view: {
      state: stateOf(actor, row.user, row.session.mfaPassed),
      actor,
      totpEnabled: row.user.totpEnabled,
    },
    user: row.user,
    tokenHash: hash,
  };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** Second step of sign-in. Wrong codes count towards the same lock-out as wrong passwords. */
export async function verifySecondFactor(deps: AuthDeps, s: ResolvedSession, code: string): Promise<void> {
  if (!s.user.totpEnabled || !s.user.totpSecret) throw invalid("Tài khoản chưa bật xác thực hai lớp.");
  if (s.user.lockedUntil && s.user.lockedUntil > deps.now) throw lockedError(s.user.lockedUntil);
  const step = acceptTotp(deps.box.open(s.user.totpSecret), code, deps.now, s.user.totpLastStep);
  if (step === null) {
    await recordFailure(deps, s.user);
    throw invalid("Mã xác thực không đúng, đã dùng rồi hoặc đã hết hạn. Hãy nhập mã mới.", [
      { field: "code", message: "Mã không đúng" },
    ]);
  }
  await deps.db.update(sessions).set({ mfaPassed: true }).where(eq(sessions.tokenHash, s.tokenHash));
  await deps.db.update(users).set({ failedLogins: 0, totpLastStep: step }).where(eq(users.id, s.user.id));
}

/** Starts (or restarts) enrolment: a new secret is stored sealed but not yet enabled. */
export async function startTotpEnrolment(deps: AuthDeps, s: ResolvedSession) {
  if (s.user.totpEnabled) throw invalid("Xác thực hai lớp đã được bật cho tài khoản này.");
  const secret = newTotpSecret();
  await deps.db
    .update(users)
    .set({ totpSecret: deps.box.seal(secret) })
    .where(eq(users.id, s.user.id));
  return enrolmentFor(secret, s.user.username);
}

export async function confirmTotpEnrolment(deps: AuthDeps, s: ResolvedSession, code: string): Promise<void> {
  const [user] = await deps.db.select().from(users).where(eq(users.id, s.user.id));
  if (!user?.totpSecret || user.totpEnabled) throw invalid("Hãy bắt đầu lại việc bật xác thực hai lớp.");
  const step = acceptTotp(deps.box.open(user.totpSecret), code, deps.now, user.totpLastStep);
  if (step === null)
    throw invalid("Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và thử lại.", [
      { field: "code", message: "Mã không đúng" },
    ]);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabled: true, totpLastStep: step, updatedAt: deps.now })
      .where(eq(users.id, user.id));
    await tx.update(sessions).set({ mfaPassed: true }).where(eq(sessions.tokenHash, s.tokenHash));
    await appendAudit(
      tx as Db,
      { actor: s.view.actor },
      { action: "auth.totp_enable", entity: "user", entityId: user.id },
      deps.now,
    );
  });
}

export async function setActingOrg(db: Db, s: ResolvedSession, orgId: string): Promise<void> {
  if (!s.view.actor.memberships.some((m) => m.orgId === orgId))
    throw forbidden("Bạn không công tác tại đơn vị này.");
  await db.update(sessions).set({ actingOrgId: orgId }).where(eq(sessions.tokenHash, s.tokenHash));
}

export async function changePassword(
  deps: AuthDeps,
  s: ResolvedSession,
  current: string,
  next: string,
): Promise<void> {
  if (!(await verifyPassword(s.user.passwordHash, current))) throw invalid("Mật khẩu hiện tại không đúng.");
  const hash = await hashPassword(next);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, updatedAt: deps.now }).where(eq(users.id, s.user.id));
    // Other sessions end: a changed password must shut out whoever knew the old one.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, s.user.id), sql`${sessions.tokenHash} <> ${s.tokenHash}`));
    await appendAudit(
      tx as Db,
      { actor: s.view.actor },
      { action: "auth.password_change", entity: "user", entityId: s.user.id },
      deps.now,
    );
  });
}
