// Tables of the periodic reports (issue 14): a report schedule (who reports to whom, how often, on
// which indicators), the obligations its periods create (one per reporting unit and period, and the
// coordinating unit's consolidated report), and the steps each obligation went through.
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Cutoff, ReportFrequency } from "../../core/reporting-periods/index.ts";
import {
  createdBy,
  id,
  moment,
  reference,
  stamp,
  stringList,
  timestamps,
  updatedBy,
  version,
} from "../../db/columns.ts";
import { directives } from "../directives/schema.ts";
import { optionalOrgRef, orgRef } from "../orgs/schema.ts";
import {
  EVENT_KINDS,
  type IndicatorDef,
  OBLIGATION_KINDS,
  OBLIGATION_STATES,
  type ValidationRule,
} from "./contract.ts";

export const reportSchedules = pgTable(
  "report_schedules",
  {
    id: id(),
    /** The plan whose reporting duty this is; null for a schedule a coordinator made by hand. */
    directiveId: uuid("directive_id").references(() => directives.id),
    /** The reporting duty of the plan it came from (directive_reporting), when it did. */
    sourceDutyId: uuid("source_duty_id"),
    title: text("title").notNull(),
    /** The body that collects and consolidates (Phòng Nội vụ). */
    coordinatorOrgId: orgRef("coordinator_org_id"),
    unitOrgIds: stringList("unit_org_ids"),
    frequency: text("frequency").$type<ReportFrequency>().notNull(),
    cutoff: text("cutoff").$type<Cutoff>().notNull(),
    dates: stringList("dates"),
    daysAfter: integer("days_after").notNull().default(5),
    startsOn: date("starts_on").notNull(),
    indicators: jsonb("indicators").$type<IndicatorDef[]>().notNull(),
    rules: jsonb("rules").$type<ValidationRule[]>().notNull(),
    createdBy: createdBy(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index("report_schedules_coordinator_idx").on(t.coordinatorOrgId)],
);
export type ReportScheduleRow = typeof reportSchedules.$inferSelect;

export type ReportValue = number | boolean | null;

export const reportObligations = pgTable(
  "report_obligations",
  {
    id: id(),
    scheduleId: reference("schedule_id", () => reportSchedules.id, "cascade"),
    orgId: orgRef(),
    kind: text("kind", { enum: OBLIGATION_KINDS }).notNull().default("unit"),
    periodKey: text("period_key").notNull(),
    periodLabel: text("period_label").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    dueDate: date("due_date").notNull(),
    state: text("state", { enum: OBLIGATION_STATES }).notNull().default("open"),
    narratives: jsonb("narratives").$type<Record<string, string>>().notNull().default({}),
    values: jsonb("values").$type<Record<string, ReportValue>>().notNull().default({}),
    /** The coordinator's comment when returned. */
    comment: text("comment"),
    /** A consolidated report: what it was built from (units, status table, who did not report). */
    consolidation: jsonb("consolidation").$type<Record<string, unknown> | null>(),
    draftSavedAt: moment("draft_saved_at"),
    /** When it first left the unit (signed off): timeliness counts this one. */
    firstSubmittedAt: moment("first_submitted_at"),
    submittedAt: moment("submitted_at"),
    signedBy: uuid("signed_by"),
    acceptedBy: uuid("accepted_by"),
    acceptedAt: moment("accepted_at"),
    /** Set when a merge or dissolution handed it over (the unit that owed it first). */
    movedFromOrgId: optionalOrgRef("moved_from_org_id"),
    version: version(),
    updatedBy: updatedBy(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("report_obligations_unique").on(t.scheduleId, t.periodKey, t.orgId, t.kind),
    index("report_obligations_org_idx").on(t.orgId, t.state),
    index("report_obligations_due_idx").on(t.state, t.dueDate),
  ],
);
export type ReportObligationRow = typeof reportObligations.$inferSelect;

/** Every step of an obligation, for its history on the form (the audit chain holds them too). */
export const reportEvents = pgTable(
  "report_events",
  {
    id: id(),
    obligationId: reference("obligation_id", () => reportObligations.id, "cascade"),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    comment: text("comment"),
    userId: uuid("user_id"),
    at: stamp("at"),
  },
  (t) => [index("report_events_obligation_idx").on(t.obligationId, t.at)],
);
