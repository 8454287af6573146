// Verifying the audit trail: the whole chain is walked in pages and the first broken link named.
// Only administrators verify it over HTTP; the CLI and tests call verifyChain as the system.
import { gt } from "drizzle-orm";
import { forbidden } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { VerifyOut } from "../contract.ts";
import { auditPolicy } from "../policy.ts";
import { findBreak } from "../rules/chain.ts";
import { type AuditEventRow, auditEvents } from "../schema.ts";

export type VerifyResult = VerifyOut;

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

/** The chain's check for an official: administrators only. */
export async function verifyAuditTrail(ctx: UseCaseContext): Promise<VerifyResult> {
  if (ctx.actor && !auditPolicy.verify(ctx.actor)) throw forbidden();
  return verifyChain(ctx.db);
}
