// Tables of what citizens send (phản ánh, kiến nghị, khiếu nại, tố cáo) and its handling. The
// sender's identity is one sealed value (AES-256-GCM under the instance key, as TOTP seeds are):
// a copy of the database alone never names a denouncer (Luật Tố cáo 2018, Điều 47–48). The
// follow-up secret is kept only as its SHA-256.
import { boolean, date, index, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, moment, reference, stamp, timestamps, version } from "../../db/columns.ts";
import { storedFiles } from "../files/schema.ts";
import { optionalOrgRef, orgRef } from "../orgs/schema.ts";
import { CHANNELS, EVENT_KINDS, FIELDS, KINDS, STATUSES } from "./contract.ts";

export const citizenCases = pgTable(
  "citizen_cases",
  {
    id: id(),
    /** The public tracking code (XXXX-XXXX-XXXX). */
    code: text("code").notNull().unique(),
    /** SHA-256 of the follow-up secret shown once to the sender. */
    secretHash: text("secret_hash").notNull(),
    kind: text("kind", { enum: KINDS }).notNull(),
    field: text("field", { enum: FIELDS }).notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    status: text("status", { enum: STATUSES }).notNull().default("received"),
    /** The ward the matter is about (the portal's choice). */
    wardId: optionalOrgRef("ward_id"),
    /** The body that holds the case now: the receiving one, then the competent one after a forward. */
    orgId: orgRef(),
    handlerId: uuid("handler_id"),
    title: text("title").notNull(),
    content: text("content").notNull(),
    subject: text("subject"),
    request: text("request"),
    location: text("location"),
    /** The sender's name, phone, e-mail, ID number and address, sealed together. */
    senderSealed: text("sender_sealed").notNull(),
    receivedOn: date("received_on").notNull(),
    acceptedOn: date("accepted_on"),
    dueDate: date("due_date"),
    /** The limit's article the due date comes from ("Điều 28 Luật Khiếu nại 02/2011/QH13"). */
    dueBasis: text("due_basis"),
    classified: boolean("classified").notNull().default(false),
    competent: boolean("competent"),
    refusalGround: text("refusal_ground"),
    conclusion: text("conclusion"),
    answer: text("answer"),
    answeredAt: moment("answered_at"),
    publishedText: text("published_text"),
    publishedAt: moment("published_at"),
    ratingScore: smallint("rating_score"),
    ratingComment: text("rating_comment"),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("citizen_cases_org_idx").on(t.orgId, t.status),
    index("citizen_cases_due_idx").on(t.status, t.dueDate),
  ],
);
export type CitizenCaseRow = typeof citizenCases.$inferSelect;

/** The case's timeline: steps, internal notes, what the citizen added. `public` steps show on the portal. */
export const citizenCaseEvents = pgTable(
  "citizen_case_events",
  {
    id: id(),
    caseId: reference("case_id", () => citizenCases.id, "cascade"),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    at: stamp("at"),
    authorId: uuid("author_id"),
    text: text("text"),
    public: boolean("public").notNull().default(false),
  },
  (t) => [index("citizen_case_events_case_idx").on(t.caseId, t.at)],
);

export const citizenCaseFiles = pgTable(
  "citizen_case_files",
  {
    caseId: reference("case_id", () => citizenCases.id, "cascade"),
    fileId: reference("file_id", () => storedFiles.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.fileId] })],
);

/**
 * The reminders sent about a case's due date (use-cases/remind.ts): one row per stage and due date
 * ("overdue:2026-12-07"), so the daily job never sends a stage twice however often it runs.
 */
export const citizenCaseReminders = pgTable(
  "citizen_case_reminders",
  {
    caseId: reference("case_id", () => citizenCases.id, "cascade"),
    stageKey: text("stage_key").notNull(),
    sentOn: date("sent_on").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.stageKey] })],
);
