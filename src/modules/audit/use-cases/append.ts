// Appending to the audit trail. Appends happen inside the writing transaction and are serialised
// by a transaction-scoped advisory lock, so concurrent writers never fork the chain.
import { sql } from "drizzle-orm";
import type { Actor } from "../../../core/access.ts";
import { type Db, rowsOf } from "../../../db/client.ts";
import { digestRecord, eventHash, GENESIS_HASH } from "../rules/chain.ts";
import { auditEvents } from "../schema.ts";

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
