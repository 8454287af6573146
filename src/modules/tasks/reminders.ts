// Which reminders an assignment is due on a working day (docs/decisions/reminders.md). Each stage is
// sent once, remembered by its key; a stage missed while the server was down is sent on the next
// working day, except "due today", which past the date becomes "overdue". Pure.
import type { IsoDate, WorkingCalendar } from "../../core/calendar/index.ts";
import type { ReminderStage } from "../notifications/schema.ts";
import type { ReminderSettings } from "../settings/schema.ts";
import { currentCheckpoint } from "./due.ts";
import type { AssignmentStatus, DueKind } from "./schema.ts";
import { effectiveDue, standingOf } from "./status.ts";

export interface ReminderFacts {
  status: AssignmentStatus;
  dueKind: DueKind;
  dueDate: string | null;
  completedOn: string | null;
  /** Vietnam date of the last progress report, if any. */
  lastReportOn: string | null;
}

export interface DueStage {
  stage: ReminderStage;
  /** Remembered so the stage is sent once ("overdue:1" is the second overdue reminder). */
  key: string;
  workingDaysLeft: number | null;
  workingDaysOverdue: number;
  /** For a checkpoint of ongoing work: the period's last day. */
  checkpointEnd?: string;
}

export function stagesDue(
  a: ReminderFacts,
  today: string,
  cal: WorkingCalendar,
  settings: Pick<ReminderSettings, "daysBefore" | "escalateAfter" | "repeatOverdueEvery">,
  sent: ReadonlySet<string>,
  reportingDues: string[] = [],
): DueStage[] {
  if (a.status !== "not_started" && a.status !== "in_progress") return [];
  const out: DueStage[] = [];
  if (a.dueDate) {
    const s = standingOf(a, today, cal);
    const left = s.workingDaysLeft!;
    const base = { workingDaysLeft: left, workingDaysOverdue: s.workingDaysOverdue };
    if (today < s.effectiveDue! && left <= settings.daysBefore && !sent.has("before_due"))
      out.push({ stage: "before_due", key: "before_due", ...base });
    if (today === s.effectiveDue && !sent.has("due_today"))
      out.push({ stage: "due_today", key: "due_today", ...base });
    if (s.cls === "overdue" && s.workingDaysOverdue >= 1) {
      const round =
        settings.repeatOverdueEvery > 0
          ? Math.floor((s.workingDaysOverdue - 1) / settings.repeatOverdueEvery)
          : 0;
      if (!sent.has(`overdue:${round}`)) out.push({ stage: "overdue", key: `overdue:${round}`, ...base });
      if (s.workingDaysOverdue >= settings.escalateAfter && !sent.has("escalated"))
        out.push({ stage: "escalated", key: "escalated", ...base });
    }
    return out;
  }
  if (a.dueKind === "ongoing") {
    // "Thường xuyên": checked at every reporting period — remind a unit that has reported nothing
    // in the current period, N working days before the period ends.
    const period = currentCheckpoint(today, reportingDues);
    const end = effectiveDue(period.end, cal)!;
    const left = cal.workingDaysBetween(today as IsoDate, end as IsoDate);
    const reported = a.lastReportOn !== null && a.lastReportOn >= period.start;
    const key = `checkpoint:${period.end}`;
    if (left >= 0 && left <= settings.daysBefore && !reported && !sent.has(key))
      out.push({
        stage: "checkpoint",
        key,
        workingDaysLeft: left,
        workingDaysOverdue: 0,
        checkpointEnd: period.end,
      });
  }
  return out;
}

/**
 * Who is told when work is M working days overdue: the plan's coordinating body (the office that
 * follows and urges the plan), or — when the lead is itself that body, or there is none — the
 * lead's parent body.
 */
export function escalationTarget(a: {
  leadOrgId: string;
  leadOrgParentId: string | null;
  coordinatorOrgId: string | null;
}): string | null {
  if (a.coordinatorOrgId && a.coordinatorOrgId !== a.leadOrgId) return a.coordinatorOrgId;
  return a.leadOrgParentId;
}

/**
 * The daily reminder slot: named by the Vietnam date, due at `hour`:00 Vietnam time that day. A
 * server started later in the day runs the day's slot at once; one that was down keeps no backlog
 * (yesterday's stages are picked up by today's run).
 */
export function dailySlotVietnam(hour: number) {
  return (now: Date) => {
    const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    return { key: day, runAt: new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 7) * 3600_000) };
  };
}
