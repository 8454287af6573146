// Reads shared by the notifications' use cases: who receives a unit's e-mails, and notifications as
// the API shows them, each with what was sent to whom and when.
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor, Role } from "../../core/access.ts";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../people/schema.ts";
import type { NotificationOut } from "./contract.ts";
import { notificationPolicy } from "./policy.ts";
import { type NotificationRow, notificationDeliveries, notifications } from "./schema.ts";

/** The e-mail addresses of a unit's active members (only those holding `roles`, when given). */
export async function recipientsOf(db: Db, orgId: string, roles?: Role[]): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(users.status, "active"),
        roles?.length ? inArray(memberships.role, roles) : undefined,
      ),
    );
  return rows
    .map((r) => r.email?.trim())
    .filter((e): e is string => Boolean(e))
    .sort();
}

/** Notifications (with their unit's name) and the delivery rows of each. */
export async function withDeliveries(
  db: Db,
  rows: Array<NotificationRow & { orgName: string }>,
): Promise<NotificationOut[]> {
  const deliveries = rows.length
    ? await db
        .select()
        .from(notificationDeliveries)
        .where(
          inArray(
            notificationDeliveries.notificationId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    kind: r.kind,
    digestDate: r.digestDate,
    subject: r.subject,
    body: r.body,
    items: r.items,
    createdAt: r.createdAt.toISOString(),
    deliveries: deliveries
      .filter((d) => d.notificationId === r.id)
      .map((d) => ({
        channel: d.channel,
        recipients: d.recipients,
        status: d.status,
        detail: d.detail,
        attempts: d.attempts,
        sentAt: d.sentAt?.toISOString() ?? null,
      })),
  }));
}

/**
 * The notifications an actor sees, as SQL (notificationPolicy.sees): those of their units, an
 * approval notice only where they lead the unit. Null: they belong to no unit.
 */
export function seenBy(actor: Actor): SQL | null {
  const orgIds = [...new Set(actor.memberships.map((m) => m.orgId))];
  if (!orgIds.length) return null;
  const led = notificationPolicy.approvalOrgs(actor);
  return and(
    inArray(notifications.orgId, orgIds),
    led.length
      ? sql`(${notifications.kind} <> 'approval' or ${inArray(notifications.orgId, led)})`
      : sql`${notifications.kind} <> 'approval'`,
  )!;
}
