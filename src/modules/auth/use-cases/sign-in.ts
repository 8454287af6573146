// Sign-in: password (argon2id), temporary lock-out after repeated failures, then the TOTP second
// factor. Administrators must have a second factor before they can act (stateOf in ./session.ts).
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Membership } from "../../../core/access.ts";
import { vietnamTime } from "../../../core/calendar/vietnam-time.ts";
import { AppError, forbidden, invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { appendAudit } from "../../audit/use-cases/append.ts";
import { orgs } from "../../orgs/schema.ts";
import { memberships, type UserRow, users } from "../../people/schema.ts";
import { burnDecoyVerify, verifyPassword } from "../adapters/password.ts";
import { acceptTotp } from "../adapters/totp.ts";
import { sessions } from "../schema.ts";
import {
  type AuthDeps,
  actorOf,
  type ResolvedSession,
  SESSION_HOURS,
  type SessionView,
  stateOf,
  tokenHash,
} from "./session.ts";

/** Five wrong passwords in a row lock the account for fifteen minutes (guards against guessing). */
export const LOCKOUT = { maxFailures: 5, minutes: 15 } as const;

const BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";

async function loadMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(orgs.status, "active")));
  return rows;
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
