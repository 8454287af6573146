// The audit trail: an append-only hash chain. Each event's hash covers its content and the
// previous event's hash, so any edit or deletion breaks the chain at a point `audit verify` names.
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditEvents = pgTable(
  "audit_events",
  {
    /** Position in the chain: 1, 2, 3... with no gaps (assigned under the chain lock). */
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    actorUserId: uuid("actor_user_id"),
    /** Who, in words, at the time ("nguyenvana — Nguyễn Văn A"), so history survives account changes. */
    actorLabel: text("actor_label").notNull(),
    actingOrgId: uuid("acting_org_id"),
    /** Verb in code form: "org.create", "person.grant", "auth.login"... */
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    beforeDigest: text("before_digest"),
    afterDigest: text("after_digest"),
    /** Small, non-secret summary of what changed (field names, new status...). */
    summary: jsonb("summary").$type<Record<string, unknown>>(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_entity_idx").on(t.entity, t.entityId),
    index("audit_acting_org_idx").on(t.actingOrgId),
    index("audit_at_idx").on(t.at),
  ],
);
export type AuditEventRow = typeof auditEvents.$inferSelect;
