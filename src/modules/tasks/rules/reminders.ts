// Which reminders an assignment is due on a working day (docs/decisions/reminders.md). Each stage is
// sent once, remembered by its key; a stage missed while the server was down is sent on the next
// working day, except "due today", which past the date becomes "overdue". Pure.
import { vietnamDate, vietnamHour } from "../../../core/calendar/vietnam-time.ts";
import type { ReminderStage } from "../../notifications/contract.ts";
import type { ReminderSettings } from "../../settings/contract.ts";
import type { AssignmentStatus } from "../contract.ts";
import type { Standing } from "./status.ts";

export interface DueStage {
  stage: ReminderStage;
  /** Remembered so the stage is sent once ("overdue:1" is the second overdue reminder). */
  key: string;
  workingDaysLeft: number | null;
  workingDaysOverdue: number;
  /** For recurring work: the checkpoint the stage is about. */
  checkpointEnd?: string;
}

/** The stages due today for an assignment, from where it stands (status.ts) and what was sent. */
export function stagesDue(
  status: AssignmentStatus,
  s: Standing,
  today: string,
  settings: Pick<ReminderSettings, "daysBefore" | "escalateAfter" | "repeatOverdueEvery">,
  sent: ReadonlySet<string>,
): DueStage[] {
  if (status !== "not_started" && status !== "in_progress") return [];
  const out: DueStage[] = [];
  const base = { workingDaysLeft: s.workingDaysLeft, workingDaysOverdue: s.workingDaysOverdue };
  const cp = s.checkpoint;
  // Recurring work's stages are per checkpoint; a dated deadline has one of each.
  const suffix = cp?.missed ? `:${cp.missed}` : "";
  if (s.cls === "overdue" && s.workingDaysOverdue >= 1) {
    const round =
      settings.repeatOverdueEvery > 0
        ? Math.floor((s.workingDaysOverdue - 1) / settings.repeatOverdueEvery)
        : 0;
    const key = `overdue${suffix}:${round}`;
    if (!sent.has(key))
      out.push({ stage: "overdue", key, ...base, ...(cp?.missed ? { checkpointEnd: cp.missed } : {}) });
    if (s.workingDaysOverdue >= settings.escalateAfter && !sent.has(`escalated${suffix}`))
      out.push({
        stage: "escalated",
        key: `escalated${suffix}`,
        ...base,
        ...(cp?.missed ? { checkpointEnd: cp.missed } : {}),
      });
  }
  if (cp) {
    // "Thường xuyên": a unit that has reported nothing in the current period is reminded N working
    // days before the period's checkpoint.
    const key = `checkpoint:${cp.next}`;
    const left = s.workingDaysLeft;
    if (
      cp.next &&
      !cp.reportedThisPeriod &&
      left !== null &&
      left >= 0 &&
      left <= settings.daysBefore &&
      !sent.has(key)
    )
      out.push({ stage: "checkpoint", key, ...base, checkpointEnd: cp.next });
    return out;
  }
  if (s.effectiveDue === null) return out;
  const left = s.workingDaysLeft!;
  if (today < s.effectiveDue && left <= settings.daysBefore && !sent.has("before_due"))
    out.push({ stage: "before_due", key: "before_due", ...base });
  if (today === s.effectiveDue && !sent.has("due_today"))
    out.push({ stage: "due_today", key: "due_today", ...base });
  return out;
}

/**
 * Who is told when work is M working days overdue: the plan's coordinating body — first the office
 * the plan charges with theo dõi, đôn đốc, else its owner — other than the lead itself; when there
 * is none, the lead's parent body.
 */
export function escalationTarget(a: {
  leadOrgId: string;
  leadOrgParentId: string | null;
  coordinatorOrgIds: string[];
}): string | null {
  return a.coordinatorOrgIds.find((id) => id !== a.leadOrgId) ?? a.leadOrgParentId;
}

/**
 * The daily reminder slot: named by the Vietnam date, due at `hour`:00 Vietnam time that day. A
 * server started later in the day runs the day's slot at once; one that was down keeps no backlog
 * (yesterday's stages are picked up by today's run).
 */
export function dailySlotVietnam(hour: number) {
  return (now: Date) => {
    const day = vietnamDate(now);
    return { key: day, runAt: vietnamHour(day, hour) };
  };
}
