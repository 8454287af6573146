// The tasks API's shapes, taken from the server's contracts (type-only: nothing of them is bundled),
// and the one call the shared JSON client cannot make: a multipart form with evidence files.
import type { z } from "zod";
import type { reminderSettingsOut } from "../../../src/modules/settings/contract.ts";
import type { StatusClass } from "../../../src/modules/tasks/contract.ts";
import { ApiError, isApiError, resetCsrf } from "../shared/api.ts";

export type {
  InboxOut,
  NotificationItem,
  NotificationOut,
} from "../../../src/modules/notifications/contract.ts";
export type { ReminderSettings } from "../../../src/modules/settings/contract.ts";
/** A settings group as GET /api/settings/reminders answers it (the contract has the schema, no type). */
export type ReminderSettingsOut = z.infer<typeof reminderSettingsOut>;
export type {
  AssignmentDetail,
  AssignmentItem,
  AssignmentList,
  AssignmentRequest,
  AssignmentStatus as TypedStatus,
  ClassCounts,
  DisplayStatus,
  LeanItem,
  PlanSummary,
  PlanTask,
  PlanView,
  ReportingPeriod,
  RequestStatus,
  StatusClass,
  TimelineEntry,
} from "../../../src/modules/tasks/contract.ts";

/** The classes in the order the screens show them: what needs attention first. */
export const STATUS_CLASSES: StatusClass[] = [
  "overdue",
  "in_progress_on_time",
  "not_started",
  "done_on_time",
  "done_late",
  "paused",
];

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
