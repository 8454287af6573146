// The notifications' API shapes and vocabulary: the kinds, why an item is in a digest (its stage),
// the items themselves, what each channel's attempt came to, a unit's inbox.
import { z } from "zod";
import { isoDate, nullableText } from "../shared/contract.ts";

/** `approval`: a completion sent for approval (shown to the unit's leaders); `returned`: one sent back. */
export const NOTIFICATION_KINDS = ["digest", "urge", "approval", "returned"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Why an item is in a digest (docs/decisions/reminders.md). */
export const REMINDER_STAGES = [
  "before_due",
  "due_today",
  "overdue",
  "escalated",
  "checkpoint",
  "urged",
] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];
/** Why an item is in a notice that is not a reminder: a completion sent for approval, one returned. */
export const NOTICE_STAGES = ["approval_requested", "returned"] as const;

export const CHANNELS = ["email"] as const;
export const DELIVERY_STATUSES = ["pending", "sent", "not_sent", "failed", "no_recipients"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One piece of work in a notification. */
export const notificationItem = z.object({
  assignmentId: z.string(),
  title: z.string(),
  stage: z.enum(REMINDER_STAGES),
  leadOrgId: z.string(),
  leadOrgName: z.string(),
  directiveSymbol: nullableText,
  dueDate: nullableText,
  dueText: nullableText,
  workingDaysLeft: z.number().nullable(),
  workingDaysOverdue: z.number(),
  note: z.string().nullish(),
});
export type NotificationItem = z.infer<typeof notificationItem>;
/** An item of any notification: a reminder's, or an approval notice's. */
export const noticeItem = notificationItem.extend({ stage: z.enum([...REMINDER_STAGES, ...NOTICE_STAGES]) });
export type NoticeItem = z.infer<typeof noticeItem>;

export const sentQuery = z.object({ orgId: z.uuid(), from: isoDate.optional(), to: isoDate.optional() });

export const notificationOut = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  digestDate: z.string(),
  subject: z.string(),
  body: z.string(),
  /** Loose: items stored by earlier versions are answered as they were stored. */
  items: z.array(noticeItem.loose()),
  createdAt: z.string(),
  deliveries: z.array(
    z.object({
      channel: z.enum(CHANNELS),
      recipients: z.array(z.string()),
      status: z.enum(DELIVERY_STATUSES),
      detail: nullableText,
      attempts: z.number(),
      sentAt: nullableText,
    }),
  ),
});
export type NotificationOut = z.infer<typeof notificationOut>;

export const inboxOut = z.object({
  unread: z.number(),
  items: z.array(notificationOut.extend({ readAt: nullableText })),
});
export type InboxOut = z.infer<typeof inboxOut>;

export const markReadOut = z.object({ ok: z.literal(true) });
