// Sessions: the cookie holds a random token and the table only its SHA-256. A session names who is
// signed in, whether the second factor was given, and the body they act for; every request resolves
// it in one round trip — or, while the counters of data_versions say nothing it depends on changed,
// from this node's cache in one tiny query (docs/decisions/request-caches.md).
import { createHash } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Actor, Membership } from "../../../core/access.ts";
import { forbidden } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { versionedCache } from "../../data-versions/use-cases/versions.ts";
import { orgs } from "../../orgs/schema.ts";
import { memberships, type UserRow, users } from "../../people/schema.ts";
import type { SecretBox } from "../adapters/secret-box.ts";
import type { Mode, SignInState } from "../contract.ts";
import { sessions } from "../schema.ts";

export const SESSION_HOURS = 12;

export interface AuthDeps {
  db: Db;
  box: SecretBox;
  mode: Mode;
  now: Date;
}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SessionView {
  state: SignInState;
  actor: Actor;
  totpEnabled: boolean;
}

export function actorOf(user: UserRow, ms: Membership[], actingOrgId: string | null): Actor {
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

export function stateOf(actor: Actor, user: UserRow, mfaPassed: boolean): SignInState {
  if (user.totpEnabled && !mfaPassed) return "totp_required";
  if (actor.isAdmin && !user.totpEnabled) return "totp_enrol_required";
  return "ok";
}

export interface ResolvedSession {
  view: SessionView;
  user: UserRow;
  tokenHash: string;
}

/** What a request needs of a session row, its account and memberships (cached per node). */
interface SessionRead {
  session: { actingOrgId: string | null; mfaPassed: boolean; lastSeenAt: Date; expiresAt: Date };
  user: UserRow;
  memberships: Membership[];
}

/**
 * Sessions read on this node, by the token's digest (never the token): valid while no session,
 * account, membership or body was written anywhere (the "access" counter), for at most a minute.
 */
const sessionCache = versionedCache<SessionRead | null>(["access"], { maxEntries: 10_000, maxAgeMs: 60_000 });

async function readSession(db: Db, hash: string, now: Date): Promise<SessionRead | null> {
  // One round trip: the memberships come aggregated with the session and the user.
  const [row] = await db
    .select({
      session: {
        actingOrgId: sessions.actingOrgId,
        mfaPassed: sessions.mfaPassed,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
      },
      user: users,
      memberships: sql<Membership[]>`coalesce((
        select json_agg(json_build_object('orgId', m.org_id, 'role', m.role))
        from ${memberships} m join ${orgs} o on o.id = m.org_id
        where m.user_id = ${users.id} and o.status = 'active'), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now)));
  if (!row) return null;
  const ms =
    typeof row.memberships === "string" ? (JSON.parse(row.memberships) as Membership[]) : row.memberships;
  return { ...row, memberships: ms };
}

/** The session behind a cookie token, or null if unknown or expired. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<ResolvedSession | null> {
  const hash = tokenHash(token);
  const row = await sessionCache.get(db, hash, now.getTime(), () => readSession(db, hash, now));
  if (!row || row.user.status !== "active" || row.session.expiresAt <= now) return null;
  const actor = actorOf(row.user, row.memberships, row.session.actingOrgId);
  // Refresh "last seen" at most once a minute: a write per request would be wasteful. (It moves
  // no counter: the cached row is brought up to date here.)
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hash));
    row.session.lastSeenAt = now;
  }
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
  // The delete moves the "access" counter (every node forgets); this node forgets at once.
  sessionCache.forget(db, tokenHash(token));
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function setActingOrg(db: Db, s: ResolvedSession, orgId: string): Promise<void> {
  if (!s.view.actor.memberships.some((m) => m.orgId === orgId))
    throw forbidden("Bạn không công tác tại đơn vị này.");
  await db.update(sessions).set({ actingOrgId: orgId }).where(eq(sessions.tokenHash, s.tokenHash));
}
