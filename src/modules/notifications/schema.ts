// Notifications to units: one digest per unit per day (reminders of its own work, and escalations of
// the work it supervises), shown in the app and sent by e-mail to the unit's members. Each channel's
// attempt is a delivery row, so a unit sees what was sent to it, to whom and when. Kinds, stages
// and the API's shapes are in ./contract.ts.
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, createdBy, id, moment, reference, stamp } from "../../db/columns.ts";
import { orgRef } from "../orgs/schema.ts";
import { CHANNELS, DELIVERY_STATUSES, NOTIFICATION_KINDS, type NoticeItem } from "./contract.ts";

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    /** The unit told. */
    orgId: orgRef(),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** The Vietnam calendar day of a digest (one per unit per day). */
    digestDate: date("digest_date").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    items: jsonb("items").$type<NoticeItem[]>().notNull(),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    // One digest per unit per day, however often the job runs; urges are not limited.
    uniqueIndex("notifications_digest_unique").on(t.orgId, t.digestDate).where(sql`kind = 'digest'`),
    index("notifications_org_idx").on(t.orgId, t.createdAt),
  ],
);
export type NotificationRow = typeof notifications.$inferSelect;

export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: id(),
    notificationId: reference("notification_id", () => notifications.id, "cascade"),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    recipients: jsonb("recipients").$type<string[]>().notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    /** Why it was not sent, in Vietnamese (no SMTP configured, the server's error...). */
    detail: text("detail"),
    messageId: text("message_id"),
    attempts: integer("attempts").notNull().default(0),
    sentAt: moment("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notification_deliveries_notification_idx").on(t.notificationId),
    index("notification_deliveries_status_idx").on(t.status),
  ],
);

/** Who has read an in-app notification. */
export const notificationReads = pgTable(
  "notification_reads",
  {
    notificationId: reference("notification_id", () => notifications.id, "cascade"),
    userId: uuid("user_id").notNull(),
    readAt: stamp("read_at"),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId] })],
);
