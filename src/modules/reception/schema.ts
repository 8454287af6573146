// Tables of citizen reception: a body's reception sessions (lịch tiếp công dân) and its register
// (sổ tiếp công dân, Mẫu 03 Thông tư 04/2021/TT-TTCP). A visit that brings a matter opens a case in
// the citizens' module and points to it (the case's progress is read from there, never copied); a
// refused visit keeps the law's ground. The visitors' identity is one sealed value (AES-256-GCM
// under the instance key, as the citizens' module seals a sender).
import { boolean, date, index, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdBy, id, timestamps, version } from "../../db/columns.ts";
import { citizenCases } from "../citizen-cases/schema.ts";
import { orgRef } from "../orgs/schema.ts";
import { DIRECTIONS, REFUSAL_GROUNDS, SESSION_KINDS, SESSION_MODES } from "./contract.ts";

const GROUNDS = Object.keys(REFUSAL_GROUNDS) as [string, ...string[]];

export const receptionSessions = pgTable(
  "reception_sessions",
  {
    id: id(),
    orgId: orgRef(),
    date: date("date").notNull(),
    startTime: text("start_time"),
    leaderName: text("leader_name").notNull(),
    /** The head of the body receives in person: only such regular days count to the law's minimum. */
    headReceives: boolean("head_receives").notNull(),
    kind: text("kind", { enum: SESSION_KINDS }).notNull(),
    mode: text("mode", { enum: SESSION_MODES }).notNull(),
    place: text("place"),
    onlineLink: text("online_link"),
    /** The leader's conclusion at the end of the session (thông báo kết luận), its signer's title and day. */
    conclusion: text("conclusion"),
    signerTitle: text("signer_title"),
    concludedOn: date("concluded_on"),
    createdBy: createdBy(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index("reception_sessions_org_idx").on(t.orgId, t.date)],
);
export type ReceptionSessionRow = typeof receptionSessions.$inferSelect;

export const receptionVisits = pgTable(
  "reception_visits",
  {
    id: id(),
    orgId: orgRef(),
    sessionId: uuid("session_id").references(() => receptionSessions.id),
    receivedOn: date("received_on").notNull(),
    visitorCount: smallint("visitor_count").notNull(),
    /** Họ tên, địa chỉ, CCCD/hộ chiếu of the visitor (or the delegation's representative), sealed. */
    visitorSealed: text("visitor_sealed").notNull(),
    content: text("content").notNull(),
    previousBody: text("previous_body"),
    note: text("note"),
    outcome: text("outcome", { enum: ["case", "refused"] }).notNull(),
    direction: text("direction", { enum: DIRECTIONS }),
    refusalGround: text("refusal_ground", { enum: GROUNDS }),
    refusalReason: text("refusal_reason"),
    caseId: uuid("case_id").references(() => citizenCases.id),
    replyDue: date("reply_due"),
    replyBasis: text("reply_basis"),
    createdBy: createdBy(),
    ...timestamps(),
  },
  (t) => [index("reception_visits_org_idx").on(t.orgId, t.receivedOn)],
);
export type ReceptionVisitRow = typeof receptionVisits.$inferSelect;
