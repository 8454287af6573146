// Which reminder a report is due today (issue 14 item 3), each sent once: three working days before
// the due date, on the day, the first working day after it, and five working days after it the
// coordinating body is told (escalation). Pure: timeliness in, a stage or null out.
import type { Timeliness } from "./timeliness.ts";

export type ReportReminderStage = "before_due" | "due_today" | "overdue" | "escalated";

export function reminderStage(t: Timeliness): ReportReminderStage | null {
  if (t.kind === "pending") return t.days === 0 ? "due_today" : t.days <= 3 ? "before_due" : null;
  if (t.kind === "missing") return t.days >= 5 ? "escalated" : "overdue";
  return null;
}

export const STAGE_SUBJECT: Record<ReportReminderStage, string> = {
  before_due: "Sắp đến hạn gửi báo cáo",
  due_today: "Hôm nay là hạn gửi báo cáo",
  overdue: "Báo cáo đã quá hạn",
  escalated: "Đơn vị chưa gửi báo cáo đã quá hạn",
};
