// Storing notifications and delivering them. A notification is written inside the caller's
// transaction together with its delivery rows ("pending"); the e-mails go out after the commit, and
// each attempt's outcome is recorded, so a unit sees exactly what was sent to it, to whom and when.
import { and, desc, eq, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { forbidden, notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { orgs } from "../orgs/schema.ts";
import { getOrgRef } from "../orgs/service.ts";
import { memberships, users } from "../people/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { Mailer } from "./mailer.ts";
import { notificationPolicy } from "./policy.ts";
import {
  type NotificationItem,
  type NotificationKind,
  notificationDeliveries,
  notificationReads,
  notifications,
} from "./schema.ts";

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

export interface NewNotification {
  orgId: string;
  kind: NotificationKind;
  digestDate: string;
  subject: string;
  body: string;
  html?: string;
  items: NotificationItem[];
  createdBy: string | null;
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
  const recipients = await recipientsOf(tx, n.orgId);
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

async function withDeliveries(db: Db, rows: Array<typeof notifications.$inferSelect & { orgName: string }>) {
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

/** "Thông báo đã gửi": what was sent to a unit and when, newest first. */
export async function sentToUnit(
  ctx: UseCaseContext,
  orgId: string,
  range: { from?: string; to?: string; limit?: number },
) {
  const ref = await getOrgRef(ctx.db, orgId);
  if (!ref) throw notFound("cơ quan, đơn vị");
  if (ctx.actor && !notificationPolicy.readSent(ctx.actor, ref))
    throw forbidden("Bạn không được xem thông báo của đơn vị này.");
  const rows = await ctx.db
    .select({ n: notifications, orgName: orgs.name })
    .from(notifications)
    .innerJoin(orgs, eq(orgs.id, notifications.orgId))
    .where(
      and(
        eq(notifications.orgId, orgId),
        range.from ? gte(notifications.digestDate, range.from) : undefined,
        range.to ? lte(notifications.digestDate, range.to) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(range.limit ?? 100);
  return withDeliveries(
    ctx.db,
    rows.map((r) => ({ ...r.n, orgName: r.orgName })),
  );
}

/** The signed-in official's notifications (those of the units they belong to), with read marks. */
export async function inbox(ctx: UseCaseContext, limit = 50) {
  const actor = ctx.actor;
  if (!actor) return { unread: 0, items: [] };
  const orgIds = [...new Set(actor.memberships.map((m) => m.orgId))];
  if (!orgIds.length) return { unread: 0, items: [] };
  const since = new Date(ctx.now.getTime() - 90 * 86_400_000);
  const rows = await ctx.db
    .select({ n: notifications, orgName: orgs.name, readAt: notificationReads.readAt })
    .from(notifications)
    .innerJoin(orgs, eq(orgs.id, notifications.orgId))
    .leftJoin(
      notificationReads,
      and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId)),
    )
    .where(and(inArray(notifications.orgId, orgIds), gte(notifications.createdAt, since)))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .leftJoin(
      notificationReads,
      and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId)),
    )
    .where(
      and(
        inArray(notifications.orgId, orgIds),
        gte(notifications.createdAt, since),
        isNull(notificationReads.userId),
      ),
    );
  const full = await withDeliveries(
    ctx.db,
    rows.map((r) => ({ ...r.n, orgName: r.orgName })),
  );
  return {
    unread: count?.n ?? 0,
    items: full.map((n, i) => ({ ...n, readAt: rows[i]!.readAt?.toISOString() ?? null })),
  };
}

export async function markRead(ctx: UseCaseContext, id: string): Promise<{ ok: true }> {
  const actor = ctx.actor;
  const [n] = await ctx.db
    .select({ orgId: notifications.orgId })
    .from(notifications)
    .where(eq(notifications.id, id));
  if (!n) throw notFound("thông báo");
  if (!actor || !notificationPolicy.markRead(actor, n.orgId))
    throw forbidden("Thông báo này không gửi cho đơn vị của bạn.");
  await ctx.db
    .insert(notificationReads)
    .values({ notificationId: id, userId: actor.userId, readAt: ctx.now })
    .onConflictDoNothing();
  return { ok: true };
}
