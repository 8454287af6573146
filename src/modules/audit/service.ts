// Appending to and verifying the audit trail. Appends happen inside the writing transaction and
// are serialised by a transaction-scoped advisory lock, so concurrent writers never fork the chain.
import { and, desc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../core/access.ts";
import { type Db, rowsOf } from "../../db/client.ts";
import { type ChainBreak, digestRecord, eventHash, findBreak, GENESIS_HASH } from "./chain.ts";
import { type AuditEventRow, auditEvents } from "./schema.ts";

/** Arbitrary constant naming the chain's lock; any writer of audit_events takes it. */
const CHAIN_LOCK = 7_246_001;

export interface AuditInput {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  summary?: Record<string, unknown> | null;
}

/** Who did it: a signed-in actor, or the system itself (CLI, seed, scheduled job). */
export type AuditWho = { actor: Actor } | { system: string };

export async function appendAudit(tx: Db, who: AuditWho, input: AuditInput, now: Date): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const last = rowsOf<{ seq: number | string; hash: string }>(
    await tx.execute(sql`select seq, hash from audit_events order by seq desc limit 1`),
  )[0];
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const actor = "actor" in who ? who.actor : null;
  const fields = {
    seq,
    at: now.toISOString(),
    actorUserId: actor?.userId ?? null,
    actorLabel: actor
      ? `${actor.username} — ${actor.fullName}`
      : `hệ thống (${"system" in who ? who.system : ""})`,
    actingOrgId: actor?.actingOrgId ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    beforeDigest: digestRecord(input.before),
    afterDigest: digestRecord(input.after),
    summary: input.summary ?? null,
  };
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: eventHash(prevHash, fields) });
  return seq;
}

export interface VerifyResult {
  ok: boolean;
  count: number;
  firstBreak: ChainBreak | null;
}

/** Walks the whole chain in pages; reports the first broken link. */
export async function verifyChain(db: Db, pageSize = 5000): Promise<VerifyResult> {
  let prev: { seq: number; hash: string } | null = null;
  let count = 0;
  for (;;) {
    const page: AuditEventRow[] = await db
      .select()
      .from(auditEvents)
      .where(prev ? gt(auditEvents.seq, prev.seq) : undefined)
      .orderBy(auditEvents.seq)
      .limit(pageSize);
    if (page.length === 0) break;
    const brk = findBreak(
      page.map((e) => ({ ...e, seq: Number(e.seq), summary: e.summary ?? null })),
      prev,
    );
    if (brk)
      return { ok: false, count: count + page.findIndex((e) => Number(e.seq) >= brk.seq), firstBreak: brk };
    count += page.length;
    const tail: AuditEventRow = page[page.length - 1]!;
    prev = { seq: Number(tail.seq), hash: tail.hash };
  }
  return { ok: true, count, firstBreak: null };
}

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Restrict to events done on behalf of these bodies (supervisors' view); undefined = all. */
  actingOrgIds?: string[] | undefined;
  limit: number;
  beforeSeq?: number | undefined;
}

export async function listAudit(db: Db, q: AuditQuery) {
  const where: SQL[] = [];
  if (q.entity) where.push(eq(auditEvents.entity, q.entity));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
  if (q.actingOrgIds)
    where.push(q.actingOrgIds.length ? inArray(auditEvents.actingOrgId, q.actingOrgIds) : sql`false`);
  if (q.beforeSeq) where.push(sql`${auditEvents.seq} < ${q.beforeSeq}`);
  return db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(q.limit);
}
