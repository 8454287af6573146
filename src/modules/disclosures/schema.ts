// Tables of a commune's disclosures (công khai thông tin, Luật Thực hiện dân chủ ở cơ sở Điều 11–13):
// what it posted, under which group of Điều 11, by which channels of Điều 12, from when and until
// when; a correction keeps the row (version counted, audited), a take-down keeps it with its day and
// reason. Which reminders were sent is kept once per commune, group, period and stage.
import { date, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Channel } from "../../core/grassroots-democracy/index.ts";
import { createdBy, id, stringList, timestamps, updatedBy, version } from "../../db/columns.ts";
import { storedFiles } from "../files/schema.ts";
import { orgRef } from "../orgs/schema.ts";

export const disclosures = pgTable(
  "disclosures",
  {
    id: id(),
    orgId: orgRef(),
    /** Khoản of Điều 11 (1–14). */
    clause: smallint("clause").notNull(),
    title: text("title").notNull(),
    content: text("content"),
    fileId: uuid("file_id").references(() => storedFiles.id),
    channels: stringList("channels").$type<Channel[]>(),
    broadcastDays: smallint("broadcast_days"),
    postedOn: date("posted_on").notNull(),
    plannedEnd: date("planned_end"),
    takenDownOn: date("taken_down_on"),
    takeDownReason: text("take_down_reason"),
    createdBy: createdBy(),
    updatedBy: updatedBy(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index("disclosures_org_idx").on(t.orgId, t.clause, t.postedOn)],
);
export type DisclosureRow = typeof disclosures.$inferSelect;

export const disclosureReminders = pgTable(
  "disclosure_reminders",
  {
    orgId: orgRef(),
    clause: smallint("clause").notNull(),
    /** The period ("2026-Q2", "2026") or the disclosure's id the reminder was about. */
    subject: text("subject").notNull(),
    stage: text("stage").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.clause, t.subject, t.stage] })],
);
