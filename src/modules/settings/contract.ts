// Run-time settings' API shapes: each named group's value (checked by its Zod schema, with the
// documented defaults), and a group as the API shows it, with its version for the edit check.
import { z } from "zod";
import { INT4_MAX, nullableText } from "../shared/contract.ts";

/** Reminder and escalation settings (docs/decisions/reminders.md). */
export const reminderSettings = z.object({
  /** Remind N working days before a due date. */
  daysBefore: z.number().int().min(1, "Tối thiểu 1 ngày làm việc").max(30, "Tối đa 30 ngày làm việc"),
  /** Tell the supervising body once work is M working days overdue. */
  escalateAfter: z.number().int().min(1, "Tối thiểu 1 ngày làm việc").max(60, "Tối đa 60 ngày làm việc"),
  /** Repeat the overdue reminder every K working days (0 = only once). */
  repeatOverdueEvery: z.number().int().min(0).max(60, "Tối đa 60 ngày làm việc"),
  /** Send e-mails as well as in-app notifications. */
  email: z.boolean(),
});
export type ReminderSettings = z.infer<typeof reminderSettings>;

export const SETTINGS = {
  reminders: {
    schema: reminderSettings,
    defaults: { daysBefore: 3, escalateAfter: 5, repeatOverdueEvery: 5, email: true } as ReminderSettings,
  },
} as const;
export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;

export const reminderSettingsOut = z.object({
  value: reminderSettings,
  defaults: reminderSettings,
  version: z.number(),
  updatedAt: nullableText,
});

export const reminderSettingsInput = z.object({
  value: reminderSettings,
  version: z.number().int().min(0).max(INT4_MAX),
});
