// Storing a notification: written inside the caller's transaction together with its e-mail delivery
// row ("pending", or "no_recipients" when the unit has no address); ./deliver.ts sends it after the
// commit.
import type { Db } from "../../../db/client.ts";
import type { NoticeItem, NotificationKind } from "../contract.ts";
import { recipientsOf } from "../queries.ts";
import { notificationDeliveries, notifications } from "../schema.ts";

export interface NewNotification {
  orgId: string;
  kind: NotificationKind;
  digestDate: string;
  subject: string;
  body: string;
  html?: string;
  items: NoticeItem[];
  createdBy: string | null;
  /** Who gets the e-mail, when not every member of the unit (an approval goes to its leaders). */
  recipients?: string[];
}

/**
 * Writes a notification and its e-mail delivery (inside the caller's transaction). A second digest
 * for the same unit and day is not written: returns null.
 */
export async function recordNotification(tx: Db, n: NewNotification, now: Date): Promise<string | null> {
  const [row] = await tx
    .insert(notifications)
    .values({
      orgId: n.orgId,
      kind: n.kind,
      digestDate: n.digestDate,
      subject: n.subject,
      body: n.body,
      items: n.items,
      createdBy: n.createdBy,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  if (!row) return null;
  const recipients = n.recipients ?? (await recipientsOf(tx, n.orgId));
  await tx.insert(notificationDeliveries).values({
    notificationId: row.id,
    channel: "email",
    recipients,
    status: recipients.length ? "pending" : "no_recipients",
    detail: recipients.length ? null : "Đơn vị chưa có cán bộ nào có địa chỉ thư điện tử.",
    createdAt: now,
  });
  return row.id;
}
