// The tasks API's shapes (Zod): each route's input and output and their TypeScript types. Imports
// only zod, core and the shared shapes, so the web app takes its types from here (docs/architecture.md).
import { z } from "zod";
import {
  countFields,
  formVersion,
  isoDate,
  longText,
  nullableText,
  percent,
  searchText,
  wholeNumber,
} from "../shared/contract.ts";

/** Typed statuses. "Overdue" and "done late" are computed from dates, never typed (see rules/status.ts). */
export const ASSIGNMENT_STATUSES = [
  "not_started",
  "in_progress",
  "awaiting_approval",
  "done",
  "paused",
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** How the due date was stated: a date, a period (its last day), ongoing, relative to an event, or none. */
export const DUE_KINDS = ["date", "period", "ongoing", "relative", "none"] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export const UPDATE_KINDS = [
  "created",
  "progress",
  "status",
  "comment",
  "contribution",
  "completion_requested",
  "approved",
  "rejected",
  "moved",
  "reminder",
  "reassign_needed",
] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** The Government Office's classes of work on a day (rules/status.ts computes them from the dates). */
export const STATUS_CLASSES = [
  "done_on_time",
  "done_late",
  "in_progress_on_time",
  "overdue",
  "not_started",
  "paused",
] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** What a screen shows: the typed status, except that overdue and done-late are computed. */
export const DISPLAY_STATUSES = [
  "not_started",
  "in_progress",
  "awaiting_approval",
  "done",
  "done_late",
  "overdue",
  "paused",
] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** An evidence file as the use cases take it (the route reads it from a multipart part). */
export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}
export const MAX_FILES_PER_ENTRY = 10;

// ---------- Inputs ----------
// Forms send their fields as text: the version and the percent come from digits only.
const version = formVersion;

/** A timeline entry: the lead's progress report, a supporter's contribution, or a comment. */
export const updateInput = z.object({
  kind: z.enum(["progress", "contribution", "comment"]).default("progress"),
  /** Required for a progress report: the version the official saw (two officials never overwrite each other). */
  version: version.optional(),
  status: z.enum(["not_started", "in_progress", "paused"]).optional(),
  percent: percent.optional(),
  narrative: longText(5000).optional(),
});
export type UpdateInput = z.infer<typeof updateInput>;

export const completionInput = z.object({
  version,
  /** The day the work was done (defaults to today in Vietnam). */
  completedOn: isoDate.optional(),
  narrative: longText(5000, 1, "Hãy mô tả kết quả thực hiện"),
});
export type CompletionInput = z.infer<typeof completionInput>;

export const approvalInput = z.object({
  version,
  decision: z.enum(["approve", "reject"]),
  note: longText(2000).optional(),
});
export type ApprovalInput = z.infer<typeof approvalInput>;

export const reassignInput = z.object({
  version,
  leadOrgId: z.uuid("Mã đơn vị không hợp lệ"),
  note: longText(2000).optional(),
});
export type ReassignInput = z.infer<typeof reassignInput>;

/** Gia hạn: a later deadline for work not yet done, with the coordinator's reason (the document's own time frame stays). */
export const extendInput = z.object({
  version,
  dueDate: isoDate,
  reason: longText(2000, 1, "Hãy ghi lý do gia hạn"),
});
export type ExtendInput = z.infer<typeof extendInput>;

/** The evidence files of a multipart form (application/json bodies carry none). */
const files = z
  .array(
    z
      .custom<UploadedFile>(
        (v) => typeof v === "object" && v !== null && (v as UploadedFile).bytes instanceof Uint8Array,
      )
      .meta({ type: "string", format: "binary" }),
  )
  .default([]);

/** POST /api/assignments/:id/updates: the fields, and files when the form is multipart. */
export const updateForm = updateInput.extend({ files });
/** POST /api/assignments/:id/completion. */
export const completionForm = completionInput.extend({ files });

export const urgeInput = z.object({
  note: longText(2000, 1, "Hãy ghi nội dung đôn đốc"),
});

export const listQuery = z.object({
  orgId: z.uuid().optional(),
  directiveId: z.uuid().optional(),
  involvement: z.enum(["lead", "support", "all"]).optional(),
  /** Status classes, comma-separated (done_on_time,overdue...). */
  classes: z
    .string()
    .max(200)
    .optional()
    .transform((s) => (s ? s.split(",").filter(Boolean) : []))
    .pipe(z.array(z.enum(STATUS_CLASSES))),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: searchText(200).optional(),
  /** A work queue of the home (use-cases/home.ts): see WORK_QUEUES. */
  queue: z.enum(["approve", "awaiting", "returned"]).optional(),
  page: wholeNumber(1, 100_000).default(1),
  pageSize: wholeNumber(1, 500).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

// ---------- Outputs ----------
/** How much work is in each class, and in all. */
export const classCounts = z.object(countFields(...STATUS_CLASSES, "total"));
export type ClassCounts = z.infer<typeof classCounts>;

/** A reporting period ("quý III/2026"), as rules/periods.ts names it. */
export const reportingPeriod = z.object({
  kind: z.enum(["month", "quarter", "half", "year", "span"]),
  year: z.number(),
  n: z.number(),
  start: z.string(),
  end: z.string(),
});
export type ReportingPeriod = z.infer<typeof reportingPeriod>;

/** One row of a list: the work, its directive and task, its lead, and where it stands today. */
export const assignmentItem = z.object({
  id: z.string(),
  title: z.string(),
  directive: z.object({ id: z.string(), symbol: nullableText, title: nullableText }),
  task: z.object({
    id: z.string(),
    path: z.array(z.string()),
    kind: z.enum(["task", "responsibility"]),
    groupId: nullableText,
    groupLabel: nullableText,
    groupTitle: nullableText,
  }),
  lead: z.object({ id: z.string(), name: z.string(), shortName: nullableText }),
  dueKind: z.enum(DUE_KINDS),
  dueDate: nullableText,
  dueText: nullableText,
  effectiveDue: nullableText,
  status: z.enum(ASSIGNMENT_STATUSES),
  display: z.enum(DISPLAY_STATUSES),
  cls: z.enum(STATUS_CLASSES),
  percent: z.number(),
  progress: z.number(),
  workingDaysLeft: z.number().nullable(),
  workingDaysOverdue: z.number(),
  daysOverdue: z.number(),
  completedOn: nullableText,
  lastUpdateAt: nullableText,
  needsReassignment: z.boolean(),
  version: z.number(),
  /** Work checked at reporting periods: the period's checkpoint and whether the unit reported in it. */
  checkpoint: z
    .object({
      next: nullableText,
      periodStart: z.string(),
      reportedThisPeriod: z.boolean(),
      missed: nullableText,
      /** The period whose report is missing (the work is overdue for it). */
      missedPeriod: reportingPeriod.nullable(),
      /** The current period, which `next` closes. */
      period: reportingPeriod.nullable(),
    })
    .nullable(),
});
export type AssignmentItem = z.infer<typeof assignmentItem>;

/** GET /api/assignments: a page of the list, with the class counts of the whole selection. */
export const assignmentList = z.object({
  today: z.string(),
  items: z.array(assignmentItem),
  counts: classCounts,
  total: z.number(),
  truncated: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
});
export type AssignmentList = z.infer<typeof assignmentList>;

export const timelineEntry = z.object({
  id: z.string(),
  kind: z.enum(UPDATE_KINDS),
  status: z.enum(ASSIGNMENT_STATUSES).nullable(),
  percent: z.number().nullable(),
  narrative: nullableText,
  data: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
  authorUserId: nullableText,
  authorName: nullableText,
  authorOrgId: nullableText,
  authorOrgName: nullableText,
  files: z.array(z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), size: z.number() })),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const taskPermissions = z.object({
  report: z.boolean(),
  contribute: z.boolean(),
  approve: z.boolean(),
  coordinate: z.boolean(),
});

/** GET /api/assignments/:id: the work, its units, its timeline, what the viewer may do. */
export const assignmentDetail = assignmentItem.extend({
  today: z.string(),
  supporters: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Bodies the document names for this work that are outside the organisation tree (no work for them). */
  outsideBodies: z.array(z.string()),
  coordinatorOrgIds: z.array(z.string()),
  timeline: z.array(timelineEntry),
  taskProgress: z.number().nullable(),
  taskAssignments: z.number(),
  siblings: z.array(assignmentItem),
  permissions: taskPermissions,
});
export type AssignmentDetail = z.infer<typeof assignmentDetail>;

/** GET /api/plans: the plans the viewer follows or works on. */
export const planSummaries = z.array(
  z.object({
    id: z.string(),
    symbol: nullableText,
    title: nullableText,
    coordinatorName: nullableText,
    follows: z.boolean(),
    progress: z.number().nullable(),
    counts: classCounts,
  }),
);
export type PlanSummary = z.infer<typeof planSummaries>[number];

/** An assignment in the plan's overdue and to-reassign lists. */
export const leanItem = z.object({
  id: z.string(),
  title: z.string(),
  taskPath: z.array(z.string()),
  orgId: z.string(),
  orgName: z.string(),
  display: z.enum(DISPLAY_STATUSES),
  percent: z.number(),
  dueText: nullableText,
  effectiveDue: nullableText,
  workingDaysOverdue: z.number(),
  /** Ongoing work overdue for a missed period report: that period (not a deadline of the work). */
  missedPeriod: reportingPeriod.nullable(),
});
export type LeanItem = z.infer<typeof leanItem>;

export const planTask = z.object({
  id: z.string(),
  groupId: nullableText,
  kind: z.enum(["task", "responsibility"]),
  path: z.array(z.string()),
  title: z.string(),
  dueText: nullableText,
  progress: z.number().nullable(),
  counts: classCounts,
  // Lean rows (the unit's name is in `units`): a plan of 100 tasks × 16 wards stays small.
  assignments: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      display: z.enum(DISPLAY_STATUSES),
      cls: z.enum(STATUS_CLASSES),
      percent: z.number(),
      effectiveDue: nullableText,
      workingDaysOverdue: z.number(),
      needsReassignment: z.boolean(),
    }),
  ),
});
export type PlanTask = z.infer<typeof planTask>;

/** GET /api/plans/:id: the coordinator's view of a whole plan. */
export const planView = z.object({
  today: z.string(),
  directive: z.object({
    id: z.string(),
    symbol: nullableText,
    title: nullableText,
    typeName: nullableText,
    issuerName: nullableText,
    issuedOn: nullableText,
    status: z.string(),
    coordinatorOrgId: nullableText,
    coordinatorName: nullableText,
  }),
  progress: z.number().nullable(),
  counts: classCounts,
  groups: z.array(
    z.object({
      id: nullableText,
      label: z.string(),
      title: z.string(),
      progress: z.number().nullable(),
      counts: classCounts,
      tasks: z.array(planTask),
    }),
  ),
  units: z.array(
    z.object({
      orgId: z.string(),
      name: z.string(),
      shortName: nullableText,
      progress: z.number().nullable(),
      counts: classCounts,
      maxWorkingDaysOverdue: z.number(),
    }),
  ),
  /** The longest overdue first; the full list is GET /api/assignments?directiveId=…&classes=overdue. */
  overdue: z.array(leanItem),
  overdueTotal: z.number(),
  needsReassignment: z.array(leanItem),
});
export type PlanView = z.infer<typeof planView>;

// ---------- Assignment requests (đề nghị phối hợp) ----------
// Work a plan names for a body outside its owner's authority (neither the owner nor below it) is not
// given: it is asked for, and becomes an assignment only when the receiving body accepts it.
export const REQUEST_STATUSES = ["pending", "accepted", "refused"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** GET /api/assignment-requests: the requests addressed to the official's bodies (or sent by them). */
export const requestListQuery = z.object({ status: z.enum(REQUEST_STATUSES).optional() });
export type RequestListQuery = z.infer<typeof requestListQuery>;

/** POST /api/assignment-requests/:id/refuse: why the receiving body does not take the work. */
export const requestRefusal = z.object({
  reason: longText(2000, 1, "Hãy nêu lý do từ chối"),
});
export type RequestRefusal = z.infer<typeof requestRefusal>;

const namedBody = z.object({ id: z.string(), name: z.string() });

export const assignmentRequest = z.object({
  id: z.string(),
  directive: z.object({ id: z.string(), symbol: nullableText, title: nullableText }),
  directiveTaskId: z.string(),
  title: z.string(),
  /** The body asked to lead the work. */
  org: namedBody,
  /** The plan's owner body, which asks. */
  owner: namedBody.nullable(),
  supporters: z.array(namedBody),
  dueText: nullableText,
  dueDate: nullableText,
  status: z.enum(REQUEST_STATUSES),
  reason: nullableText,
  requestedAt: z.string(),
  decidedAt: nullableText,
  /** The assignment it became, once accepted. */
  assignmentId: nullableText,
  /** May the viewer accept or refuse it (a leader or coordinator of the receiving body, or above it)? */
  canDecide: z.boolean(),
});
export type AssignmentRequest = z.infer<typeof assignmentRequest>;
export const assignmentRequestList = z.array(assignmentRequest);

// ---------- The home (GET /api/home) ----------
/**
 * Work queues a list can be narrowed to, besides the classes: `approve` — completions awaiting the
 * viewer's approval (taskPolicy.approve); `awaiting` — completions sent and not yet decided;
 * `returned` — open work whose last completion request was returned (rejected).
 */
export const WORK_QUEUES = ["approve", "awaiting", "returned"] as const;
export type WorkQueue = (typeof WORK_QUEUES)[number];

/** The list's filters that open a count of the home (the names of GET /api/assignments). */
export const homeFilter = z.object({
  orgId: nullableText,
  involvement: z.enum(["lead", "support", "all"]).nullable(),
  classes: z.array(z.enum(STATUS_CLASSES)),
  dueFrom: nullableText,
  dueTo: nullableText,
  queue: z.enum(WORK_QUEUES).nullable(),
  directiveId: nullableText,
});
export type HomeFilter = z.infer<typeof homeFilter>;

/** A number on the home and the list that shows exactly those rows. */
export const homeCount = z.object({ n: z.number(), filter: homeFilter });
export type HomeCount = z.infer<typeof homeCount>;

/** A unit ranked by its overdue and late work (a leader's area, a plan's units). */
export const unitStanding = z.object({
  orgId: z.string(),
  name: z.string(),
  shortName: nullableText,
  kind: z.string(),
  overdue: z.number(),
  doneLate: z.number(),
  open: z.number(),
  total: z.number(),
  maxWorkingDaysOverdue: z.number(),
});
export type UnitStanding = z.infer<typeof unitStanding>;

const approvalItem = z.object({
  id: z.string(),
  title: z.string(),
  leadName: z.string(),
  directiveSymbol: nullableText,
  completedOn: nullableText,
  sentAt: nullableText,
});

export const homeView = z.object({
  today: z.string(),
  /** The unit whose work "Việc của tôi" counts (the acting unit), or null. */
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  mine: z
    .object({
      overdue: homeCount,
      dueThisWeek: homeCount,
      awaiting: homeCount,
      returned: homeCount,
    })
    .nullable(),
  /** Unread notices in Thông báo. */
  unreadNotices: z.number(),
  /** For those who approve or answer requests: completions awaiting them, requests to answer. */
  approvals: z
    .object({
      completions: homeCount,
      items: z.array(approvalItem),
      requests: z.number(),
    })
    .nullable(),
  /** The plans the viewer follows (coordinating office or above), worst first. */
  plans: z.array(
    z.object({
      id: z.string(),
      symbol: nullableText,
      title: nullableText,
      counts: classCounts,
      overdue: homeCount,
      units: z.array(unitStanding),
    }),
  ),
  /** For leaders: the units of their area by overdue and late work across all plans. */
  area: z
    .object({
      wards: z.array(unitStanding),
      bodies: z.array(unitStanding),
    })
    .nullable(),
});
export type HomeView = z.infer<typeof homeView>;
