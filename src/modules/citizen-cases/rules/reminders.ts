// Which reminder a dated legal deadline is due on a working day (issue 15 item 3, issue 16 item 1):
// within N working days before the due date, on the day, the first working day after it, and M
// working days after it the body's leaders are told (escalation). N and M are the reminder settings
// (settings module, docs/decisions/reminders.md). Each stage is sent once per due date: its key
// carries the date, so a case accepted later, whose due date becomes the resolution's, is reminded
// again for the new date. A stage missed while the server was down is not sent late; the next run
// sends the stage the deadline stands at. The words name the tracking code and the kind only, never
// the sender, the title or the content (Luật Tố cáo 2018, Điều 47–48). Pure.
import type { IsoDate, WorkingCalendar } from "../../../core/calendar/index.ts";
import type { ReminderSettings } from "../../settings/contract.ts";
import type { Kind } from "../contract.ts";

export type DeadlineStage = "before_due" | "due_today" | "overdue" | "escalated";

export interface StageDue {
  stage: DeadlineStage;
  /** Remembered so the stage is sent once: "overdue:2026-12-07". */
  key: string;
  workingDaysLeft: number;
  workingDaysOverdue: number;
}

/** The stages due today for a deadline, leaving out those already sent (`sent` holds their keys). */
export function deadlineStages(
  due: IsoDate,
  today: IsoDate,
  cal: WorkingCalendar,
  settings: Pick<ReminderSettings, "daysBefore" | "escalateAfter">,
  sent: ReadonlySet<string>,
): StageDue[] {
  const left = today < due ? cal.workingDaysBetween(today, due) : 0;
  const late = today > due ? cal.workingDaysBetween(due, today) : 0;
  const stages: DeadlineStage[] = [];
  if (today < due && left <= settings.daysBefore) stages.push("before_due");
  if (today === due) stages.push("due_today");
  if (late >= 1) stages.push("overdue");
  if (late >= settings.escalateAfter) stages.push("escalated");
  return stages
    .map((stage) => ({ stage, key: `${stage}:${due}`, workingDaysLeft: left, workingDaysOverdue: late }))
    .filter((s) => !sent.has(s.key));
}

export const KIND_WORDS: Record<Kind, string> = {
  feedback: "Phản ánh",
  proposal: "Kiến nghị",
  "complaint-first": "Khiếu nại lần đầu",
  "complaint-second": "Khiếu nại lần hai",
  denunciation: "Tố cáo",
};

const fmt = (d: string) => d.split("-").reverse().join("/");

export interface DeadlineNotice {
  /** What is due: "Hạn xử lý đơn", "Hạn trả lời sau tiếp công dân". */
  what: string;
  code: string;
  kind: Kind;
  due: string;
  basis: string | null;
}

/** The notice's subject and body: the tracking code, the kind, the date and its article, nothing else. */
export function deadlineWords(s: StageDue, n: DeadlineNotice): { subject: string; body: string } {
  const head = `${KIND_WORDS[n.kind]} ${n.code}`;
  const when: Record<DeadlineStage, string> = {
    before_due: `còn ${s.workingDaysLeft} ngày làm việc`,
    due_today: "đến hạn hôm nay",
    overdue: `đã quá hạn ${s.workingDaysOverdue} ngày làm việc`,
    escalated: `đã quá hạn ${s.workingDaysOverdue} ngày làm việc, cần lãnh đạo chỉ đạo`,
  };
  const subject = `${n.what}: ${head} — ${when[s.stage]}`;
  const body = `${head}: ${n.what.toLowerCase()} ${fmt(n.due)}${n.basis ? ` (${n.basis})` : ""}; ${when[s.stage]}. Mở Thực Thi → Phản ánh – kiến nghị, tìm theo mã ${n.code}.`;
  return { subject, body };
}
