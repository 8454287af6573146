// What a use case receives: the database (or the transaction it runs in), who acts, and "now".
// Use cases take their world as arguments (guides/code-shape.md §3), so tests pass plain values.
import type { Actor } from "../../core/access.ts";
import type { Db } from "../../db/client.ts";
import { type AuditInput, type AuditWho, appendAudit } from "../audit/use-cases/append.ts";

export interface UseCaseContext {
  db: Db;
  /** The signed-in official, or null for the system itself (CLI, seed, scheduled jobs). */
  actor: Actor | null;
  /** Names the system actor in the audit trail when there is no signed-in official. */
  system?: string;
  now: Date;
}

export const auditWho = (ctx: UseCaseContext): AuditWho =>
  ctx.actor ? { actor: ctx.actor } : { system: ctx.system ?? "thucthi" };

/** Runs `fn` in one transaction; `audit` appends to the chain inside that same transaction. */
export async function writeTransaction<T>(
  ctx: UseCaseContext,
  fn: (tx: Db, audit: (input: AuditInput) => Promise<number>) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const audit = (input: AuditInput) => appendAudit(tx as Db, auditWho(ctx), input, ctx.now);
    return fn(tx as Db, audit);
  });
}
