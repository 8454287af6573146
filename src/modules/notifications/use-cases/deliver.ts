// Delivering notifications by e-mail after the commit that stored them: each attempt's outcome is
// recorded, so a unit sees exactly what was sent to it, to whom and when.
import { and, eq, inArray, lt, or } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../adapters/mailer.ts";
import { notificationDeliveries, notifications } from "../schema.ts";

export interface DeliveryReport {
  sent: number;
  failed: number;
  notSent: number;
}

const MAX_ATTEMPTS = 3;

/**
 * Sends the pending e-mails (and retries failed ones, up to three attempts in all). Without a mailer,
 * or with e-mail turned off in the settings, they are recorded as not sent, with the reason.
 */
export async function deliverPending(
  db: Db,
  mailer: Mailer | null,
  now: Date,
  options: { emailEnabled: boolean; notificationIds?: string[]; html?: Map<string, string> },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, notSent: 0 };
  const rows = await db
    .select({
      id: notificationDeliveries.id,
      recipients: notificationDeliveries.recipients,
      attempts: notificationDeliveries.attempts,
      notificationId: notifications.id,
      subject: notifications.subject,
      body: notifications.body,
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .where(
      and(
        or(
          eq(notificationDeliveries.status, "pending"),
          and(eq(notificationDeliveries.status, "failed"), lt(notificationDeliveries.attempts, MAX_ATTEMPTS)),
        ),
        options.notificationIds ? inArray(notifications.id, options.notificationIds) : undefined,
      ),
    );
  for (const d of rows) {
    const set = (values: Partial<typeof notificationDeliveries.$inferInsert>) =>
      db.update(notificationDeliveries).set(values).where(eq(notificationDeliveries.id, d.id));
    if (!options.emailEnabled || !mailer) {
      await set({
        status: "not_sent",
        detail: !options.emailEnabled
          ? "Gửi thư điện tử đang tắt trong cài đặt nhắc việc."
          : "Chưa cấu hình máy chủ thư (SMTP_URL): thông báo chỉ hiện trong ứng dụng.",
      });
      report.notSent++;
      continue;
    }
    try {
      const html = options.html?.get(d.notificationId);
      const { messageId } = await mailer.send({
        to: d.recipients,
        subject: d.subject,
        text: d.body,
        ...(html ? { html } : {}),
      });
      await set({ status: "sent", messageId, sentAt: now, attempts: d.attempts + 1, detail: null });
      report.sent++;
    } catch (e) {
      await set({
        status: "failed",
        attempts: d.attempts + 1,
        detail: `Gửi thư lỗi: ${(e as Error).message}`.slice(0, 500),
      });
      report.failed++;
    }
  }
  return report;
}
