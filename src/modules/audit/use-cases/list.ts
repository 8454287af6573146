// Reading the audit trail, newest first: administrators read it all; supervisors read the events
// done on behalf of their own body and the bodies below it (../policy.ts).
import { and, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { forbidden } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { AuditEventOut, AuditQueryInput } from "../contract.ts";
import { auditPolicy } from "../policy.ts";
import { auditEvents } from "../schema.ts";
import { recordsOf } from "./records.ts";

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

/** The bodies whose events a supervisor reads: those they supervise and every body below them. */
async function supervisedOrgIds(db: Db, roots: string[]): Promise<string[]> {
  const rootRows = await db.select({ path: orgs.path }).from(orgs).where(inArray(orgs.id, roots));
  const below = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(or(...rootRows.map((row) => like(orgs.path, `${row.path}%`))));
  return below.map((b) => b.id);
}

/** The audit trail as the actor may read it. */
export async function readAuditTrail(ctx: UseCaseContext, query: AuditQueryInput): Promise<AuditEventOut[]> {
  let actingOrgIds: string[] | undefined;
  if (ctx.actor && !auditPolicy.readAll(ctx.actor)) {
    const roots = auditPolicy.supervisedRoots(ctx.actor);
    if (!roots.length) throw forbidden("Chỉ lãnh đạo, đầu mối tổng hợp và quản trị được xem nhật ký.");
    actingOrgIds = await supervisedOrgIds(ctx.db, roots);
  }
  const rows = await listAudit(ctx.db, { ...query, actingOrgIds });
  const records = await recordsOf(ctx.db, rows);
  return rows.map((e, i) => ({
    ...e,
    seq: Number(e.seq),
    at: new Date(e.at).toISOString(),
    record: records[i] ?? null,
  }));
}
