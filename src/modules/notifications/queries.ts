// Reads shared by the notifications' use cases: who receives a unit's e-mails, and notifications as
// the API shows them, each with what was sent to whom and when.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../people/schema.ts";
import type { NotificationOut } from "./contract.ts";
import { type NotificationRow, notificationDeliveries } from "./schema.ts";

/** The e-mail addresses of a unit's active members. */
export async function recipientsOf(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(users.status, "active")));
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
