// Shapes of the tasks API (src/modules/tasks/routes.ts) as the screens use them, and the one call
// the shared JSON client cannot make: a multipart form with evidence files.
import { ApiError, isApiError, resetCsrf } from "../shared/api.ts";

export type StatusClass =
  | "done_on_time"
  | "done_late"
  | "in_progress_on_time"
  | "overdue"
  | "not_started"
  | "paused";
export type DisplayStatus =
  | "not_started"
  | "in_progress"
  | "awaiting_approval"
  | "done"
  | "done_late"
  | "overdue"
  | "paused";
export type TypedStatus = "not_started" | "in_progress" | "awaiting_approval" | "done" | "paused";
export const STATUS_CLASSES: StatusClass[] = [
  "overdue",
  "in_progress_on_time",
  "not_started",
  "done_on_time",
  "done_late",
  "paused",
];

export type ClassCounts = Record<StatusClass, number> & { total: number };

export interface Checkpoint {
  next: string | null;
  periodStart: string;
  reportedThisPeriod: boolean;
  missed: string | null;
}

export interface AssignmentItem {
  id: string;
  title: string;
  directive: { id: string; symbol: string | null; title: string | null };
  task: {
    id: string;
    path: string[];
    kind: string;
    groupId: string | null;
    groupLabel: string | null;
    groupTitle: string | null;
  };
  lead: { id: string; name: string; shortName: string | null };
  dueKind: string;
  dueDate: string | null;
  dueText: string | null;
  effectiveDue: string | null;
  status: TypedStatus;
  display: DisplayStatus;
  cls: StatusClass;
  percent: number;
  progress: number;
  workingDaysLeft: number | null;
  workingDaysOverdue: number;
  daysOverdue: number;
  completedOn: string | null;
  lastUpdateAt: string | null;
  needsReassignment: boolean;
  version: number;
  checkpoint: Checkpoint | null;
}

export interface AssignmentList {
  today: string;
  items: AssignmentItem[];
  counts: ClassCounts;
  total: number;
  truncated: boolean;
  page: number;
  pageSize: number;
}

export interface TimelineFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export interface TimelineEntry {
  id: string;
  kind:
    | "created"
    | "progress"
    | "status"
    | "comment"
    | "contribution"
    | "completion_requested"
    | "approved"
    | "rejected"
    | "moved"
    | "reminder"
    | "reassign_needed";
  status: TypedStatus | null;
  percent: number | null;
  narrative: string | null;
  data: Record<string, unknown> | null;
  at: string;
  authorName: string | null;
  authorOrgName: string | null;
  files: TimelineFile[];
}

export interface AssignmentDetail extends AssignmentItem {
  today: string;
  supporters: Array<{ id: string; name: string }>;
  coordinatorOrgId: string | null;
  timeline: TimelineEntry[];
  taskProgress: number | null;
  taskAssignments: number;
  siblings: AssignmentItem[];
  permissions: { report: boolean; contribute: boolean; approve: boolean; coordinate: boolean };
}

export interface PlanSummary {
  id: string;
  symbol: string | null;
  title: string | null;
  coordinatorName: string | null;
  follows: boolean;
  progress: number | null;
  counts: ClassCounts;
}

export interface LeanItem {
  id: string;
  title: string;
  taskPath: string[];
  orgId: string;
  orgName: string;
  display: DisplayStatus;
  percent: number;
  dueText: string | null;
  effectiveDue: string | null;
  workingDaysOverdue: number;
}

export interface PlanTask {
  id: string;
  groupId: string | null;
  kind: string;
  path: string[];
  title: string;
  dueText: string | null;
  progress: number | null;
  counts: ClassCounts;
  assignments: Array<{
    id: string;
    orgId: string;
    display: DisplayStatus;
    cls: StatusClass;
    percent: number;
    effectiveDue: string | null;
    workingDaysOverdue: number;
    needsReassignment: boolean;
  }>;
}

export interface PlanView {
  today: string;
  directive: {
    id: string;
    symbol: string | null;
    title: string | null;
    typeName: string | null;
    issuerName: string | null;
    issuedOn: string | null;
    coordinatorName: string | null;
  };
  progress: number | null;
  counts: ClassCounts;
  groups: Array<{
    id: string | null;
    label: string;
    title: string;
    progress: number | null;
    counts: ClassCounts;
    tasks: PlanTask[];
  }>;
  units: Array<{
    orgId: string;
    name: string;
    shortName: string | null;
    progress: number | null;
    counts: ClassCounts;
    maxWorkingDaysOverdue: number;
  }>;
  overdue: LeanItem[];
  overdueTotal: number;
  needsReassignment: LeanItem[];
}

export interface NotificationItem {
  assignmentId: string;
  title: string;
  stage: "before_due" | "due_today" | "overdue" | "escalated" | "checkpoint" | "urged";
  leadOrgName: string;
  directiveSymbol: string | null;
  dueDate: string | null;
  workingDaysLeft: number | null;
  workingDaysOverdue: number;
  note?: string | null;
}

export interface NotificationOut {
  id: string;
  orgId: string;
  orgName: string;
  kind: "digest" | "urge";
  digestDate: string;
  subject: string;
  body: string;
  items: NotificationItem[];
  createdAt: string;
  readAt?: string | null;
  deliveries: Array<{
    channel: "email";
    recipients: string[];
    status: "pending" | "sent" | "not_sent" | "failed" | "no_recipients";
    detail: string | null;
    attempts: number;
    sentAt: string | null;
  }>;
}

export interface ReminderSettings {
  daysBefore: number;
  escalateAfter: number;
  repeatOverdueEvery: number;
  email: boolean;
}

/** Sends fields and files as multipart/form-data (evidence), with the CSRF token; errors as ApiError. */
export async function postForm<T>(
  path: string,
  fields: Record<string, string | number | undefined>,
  files: File[],
): Promise<T> {
  const send = async (): Promise<T> => {
    const token = await fetch("/api/auth/csrf", { credentials: "same-origin" })
      .then((r) => r.json() as Promise<{ token: string }>)
      .then((r) => r.token);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") form.append(k, String(v));
    for (const f of files) form.append("files", f, f.name);
    let res: Response;
    try {
      res = await fetch(path, {
        method: "POST",
        body: form,
        credentials: "same-origin",
        headers: { "x-csrf-token": token },
      });
    } catch {
      throw new ApiError(0, "NETWORK", "Không kết nối được máy chủ.");
    }
    const body = (await res.json().catch(() => null)) as {
      code?: string;
      message?: string;
      details?: unknown;
    } | null;
    if (res.ok) return body as T;
    throw new ApiError(
      res.status,
      (body?.code ?? "INTERNAL") as ApiError["code"],
      body?.message ?? "",
      body?.details,
    );
  };
  try {
    return await send();
  } catch (e) {
    if (isApiError(e) && e.code === "CSRF") {
      resetCsrf();
      return send();
    }
    throw e;
  }
}

/** The query string of the list filters, for links to the Excel export. */
export function exportUrl(query: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const s = params.toString();
  return `/api/assignments/export.xlsx${s ? `?${s}` : ""}`;
}
