// Tables of the work that units carry out. An assignment is one task of a confirmed directive given
// to exactly ONE lead body ("một việc chỉ giao một cơ quan chủ trì, chịu trách nhiệm chính" — Nghị
// quyết 27-NQ/TW and the plans that implement it): the lead is a single NOT NULL column, so two
// leads cannot even be stored. Supporting bodies are rows of assignment_supporters.

import { sql } from "drizzle-orm";
import { boolean, date, index, jsonb, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import {
  id,
  moment,
  reference,
  stamp,
  stringList,
  timestamps,
  updatedBy,
  version,
} from "../../db/columns.ts";
import { directives, directiveTasks } from "../directives/schema.ts";
import { storedFiles } from "../files/schema.ts";
import { optionalOrgRef, orgRef } from "../orgs/schema.ts";
import { ASSIGNMENT_STATUSES, DUE_KINDS, REQUEST_STATUSES, UPDATE_KINDS } from "./contract.ts";

export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    directiveId: reference("directive_id", () => directives.id),
    directiveTaskId: reference("directive_task_id", () => directiveTasks.id),
    leadOrgId: orgRef("lead_org_id"),
    title: text("title").notNull(),
    dueKind: text("due_kind", { enum: DUE_KINDS }).notNull(),
    /** The last day allowed (Vietnam calendar date); null for ongoing / none. */
    dueDate: date("due_date"),
    /** The document's own words for the time frame ("Quý IV năm 2024", "Thường xuyên"). */
    dueText: text("due_text"),
    /** For relative time frames: N working days (or days) from a start date. */
    relative: jsonb("relative").$type<{ days: number; working: boolean; from: string | null } | null>(),
    status: text("status", { enum: ASSIGNMENT_STATUSES }).notNull().default("not_started"),
    percent: smallint("percent").notNull().default(0),
    /** When the lead reported completion (the completion date that counts for "on time"). */
    completedOn: date("completed_on"),
    approvedBy: uuid("approved_by"),
    approvedAt: moment("approved_at"),
    lastUpdateAt: moment("last_update_at"),
    version: version(),
    ...timestamps(),
    updatedBy: updatedBy(),
    /**
     * Set when the lead body was split: the work stays open on it until the coordinator gives it to
     * one of the successors (docs/decisions/task-reorganisation.md).
     */
    needsReassignment: boolean("needs_reassignment").notNull().default(false),
  },
  (t) => [
    index("assignments_lead_idx").on(t.leadOrgId, t.status),
    // The statistics read an area's work by lead unit with every fact the status rules need
    // (statistics/queries.ts, factGroups): with them all in the index, a district's 40,000 rows of a
    // 1,000,000-row table are an index-only scan instead of a scan of the table (bench/statistics.bench.ts).
    index("assignments_lead_facts_idx").on(
      t.leadOrgId,
      t.status,
      t.dueDate,
      t.completedOn,
      t.directiveId,
      t.dueKind,
      t.createdAt,
      t.lastUpdateAt,
    ),
    index("assignments_directive_idx").on(t.directiveId),
    index("assignments_task_idx").on(t.directiveTaskId),
    index("assignments_due_idx").on(t.status, t.dueDate),
    // Open work by deadline (docs/decisions/assignment-indexes.md): a unit's or a district's overdue
    // list walks (lead, due) ranges; province-wide counts and the daily reminders scan (due, lead)
    // without touching the table. Partial: done and paused work (most rows, in time) is left out.
    index("assignments_open_lead_due_idx")
      .on(t.leadOrgId, t.dueDate)
      .where(sql`status in ('not_started', 'in_progress', 'awaiting_approval')`),
    index("assignments_open_due_idx")
      .on(t.dueDate, t.leadOrgId)
      .where(sql`status in ('not_started', 'in_progress', 'awaiting_approval')`),
  ],
);

/** The column that ties a row to its assignment, removed with it. */
const ofAssignment = () => reference("assignment_id", () => assignments.id, "cascade");

export const assignmentSupporters = pgTable(
  "assignment_supporters",
  {
    assignmentId: ofAssignment(),
    orgId: orgRef(),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.orgId] }),
    index("assignment_supporters_org_idx").on(t.orgId),
  ],
);

/** The timeline of an assignment: every progress report, contribution, approval and move. */
export const assignmentUpdates = pgTable(
  "assignment_updates",
  {
    id: id(),
    assignmentId: ofAssignment(),
    kind: text("kind", { enum: UPDATE_KINDS }).notNull(),
    status: text("status", { enum: ASSIGNMENT_STATUSES }),
    percent: smallint("percent"),
    narrative: text("narrative"),
    /** For "moved": where from and to; for others, small structured extras. */
    data: jsonb("data").$type<Record<string, unknown> | null>(),
    authorUserId: uuid("author_user_id"),
    authorOrgId: optionalOrgRef("author_org_id"),
    at: stamp("at"),
  },
  (t) => [index("assignment_updates_assignment_idx").on(t.assignmentId, t.at)],
);

export const assignmentFiles = pgTable(
  "assignment_files",
  {
    updateId: reference("update_id", () => assignmentUpdates.id, "cascade"),
    fileId: reference("file_id", () => storedFiles.id),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.fileId] })],
);

export type AssignmentRow = typeof assignments.$inferSelect;

/**
 * Which reminder stages an assignment has had ("before_due", "due_today", "overdue:2", "escalated",
 * "checkpoint:2026-12-31"), so that each is sent once however often the daily job runs.
 */
export const assignmentReminders = pgTable(
  "assignment_reminders",
  {
    assignmentId: ofAssignment(),
    stageKey: text("stage_key").notNull(),
    /** The digest that carried it. */
    notificationId: uuid("notification_id"),
    sentOn: date("sent_on").notNull(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.stageKey] })],
);

/**
 * Work a confirmed plan names for a body outside its owner's authority (docs/decisions/
 * assignment-requests.md): asked for, not given. It holds what the assignment would be; nothing reads
 * it as work (no reminders, no counts) until the receiving body accepts, which creates the assignment
 * (`assignmentId`); a refusal keeps its reason for the owner to see.
 */
export const assignmentRequests = pgTable(
  "assignment_requests",
  {
    id: id(),
    directiveId: reference("directive_id", () => directives.id),
    directiveTaskId: reference("directive_task_id", () => directiveTasks.id),
    /** The body asked to lead the work. */
    orgId: orgRef(),
    supportOrgIds: stringList("support_org_ids"),
    title: text("title").notNull(),
    dueKind: text("due_kind", { enum: DUE_KINDS }).notNull(),
    dueDate: date("due_date"),
    dueText: text("due_text"),
    relative: jsonb("relative").$type<{ days: number; working: boolean; from: string | null } | null>(),
    status: text("status", { enum: REQUEST_STATUSES }).notNull().default("pending"),
    reason: text("reason"),
    requestedBy: uuid("requested_by"),
    requestedAt: stamp("requested_at"),
    decidedBy: uuid("decided_by"),
    decidedAt: moment("decided_at"),
    assignmentId: uuid("assignment_id").references(() => assignments.id),
  },
  (t) => [
    index("assignment_requests_org_idx").on(t.orgId, t.status),
    index("assignment_requests_directive_idx").on(t.directiveId),
  ],
);

export type AssignmentRequestRow = typeof assignmentRequests.$inferSelect;
