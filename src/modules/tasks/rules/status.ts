// How an assignment stands on a given day. Officials type only the working status (chưa thực hiện,
// đang thực hiện, chờ duyệt, hoàn thành, tạm dừng); "quá hạn" and "hoàn thành quá hạn" are computed
// from the dates, never typed. The classes are the ones the Government Office (Văn phòng Chính phủ)
// uses when it counts tasks: hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn,
// quá hạn chưa hoàn thành — plus chưa thực hiện and tạm dừng (docs/decisions/task-status-classes.md).
// Pure: the day ("today" in Vietnam) and the working calendar are arguments.
import { addDays, type IsoDate, type WorkingCalendar } from "../../../core/calendar/index.ts";
import type { AssignmentStatus, ClassCounts, DisplayStatus, StatusClass } from "../contract.ts";
import { type Period, periodEnding } from "./periods.ts";

export const STATUS_CLASS_LABELS: Record<StatusClass, string> = {
  done_on_time: "Hoàn thành đúng hạn",
  done_late: "Hoàn thành quá hạn",
  in_progress_on_time: "Đang thực hiện trong hạn",
  overdue: "Quá hạn chưa hoàn thành",
  not_started: "Chưa thực hiện",
  paused: "Tạm dừng",
};

export const DISPLAY_STATUS_LABELS: Record<DisplayStatus, string> = {
  not_started: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  awaiting_approval: "Chờ duyệt hoàn thành",
  done: "Hoàn thành",
  done_late: "Hoàn thành quá hạn",
  overdue: "Quá hạn",
  paused: "Tạm dừng",
};

export interface StatusFacts {
  status: AssignmentStatus;
  /** The last day allowed as the document states it (null: ongoing, or no date). */
  dueDate: string | null;
  /** The day the lead reported the work done (counts for "on time"). */
  completedOn: string | null;
  /** Work without a deadline of its own, checked at reporting checkpoints (rules/due.ts, checkSpecOf). */
  checks?: Checks | null;
}

export interface Checks {
  /** Concrete checkpoint dates, sorted, covering the years from the start to next year. */
  dates: string[];
  /** The same dates moved to working days, when the caller has them already. */
  effective?: string[];
  /** A single check is a deadline like any other. */
  oneOff: boolean;
  /** Vietnam date of the lead's last report (progress, completion), if any. */
  lastReportOn: string | null;
  /** Vietnam date the work was given to the unit. */
  startedOn: string;
}

/** Where recurring work stands against its checkpoints. */
export interface CheckpointStanding {
  /** The checkpoint of the current period (null when none is left). */
  next: string | null;
  /** The first day of the current period. */
  periodStart: string;
  reportedThisPeriod: boolean;
  /** The last checkpoint passed without a report in its period (the work is overdue for it), or null. */
  missed: string | null;
  /** The period the missed checkpoint closes ("quý III/2026"), to name the report that is late. */
  missedPeriod: Period | null;
  /** The current period (the one `next` closes), null when none is left. */
  period: Period | null;
}

export interface Standing {
  cls: StatusClass;
  display: DisplayStatus;
  /** The due date moved to the next working day when it falls on a day off (null without a date). */
  effectiveDue: string | null;
  /** Calendar days past the effective due date (0 when not overdue). */
  daysOverdue: number;
  /** Working days past the effective due date (0 when not overdue). */
  workingDaysOverdue: number;
  /** Working days left until the effective due date (null without a date, 0 on the day, negative past it). */
  workingDaysLeft: number | null;
  /** For recurring work (no deadline, checked at every reporting period). */
  checkpoint?: CheckpointStanding;
}

/**
 * The last day that counts: a deadline on a day off moves to the next working day (Bộ luật Dân sự
 * 2015, Điều 148; the days off come from the Government's schedule, Bộ luật Lao động 2019, Điều 112).
 */
export function effectiveDue(dueDate: string | null, cal: WorkingCalendar): string | null {
  return dueDate ? cal.addWorkingDays(dueDate as IsoDate, 0) : null;
}

const dayDiff = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Classifies an assignment on `today` (a Vietnam calendar date, YYYY-MM-DD). */
export function standingOf(f: StatusFacts, today: string, cal: WorkingCalendar): Standing {
  if (f.dueDate === null && f.checks?.dates.length) {
    if (f.checks.oneOff) return standingOf({ ...f, dueDate: f.checks.dates[0]!, checks: null }, today, cal);
    return recurringStanding(f, f.checks, today, cal);
  }
  const due = effectiveDue(f.dueDate, cal);
  const pastDue = due !== null && today > due;
  const overdueNumbers = {
    daysOverdue: pastDue ? dayDiff(due, today) : 0,
    workingDaysOverdue: pastDue ? cal.workingDaysBetween(due as IsoDate, today as IsoDate) : 0,
  };
  const base = {
    effectiveDue: due,
    workingDaysLeft: due === null ? null : cal.workingDaysBetween(today as IsoDate, due as IsoDate),
    daysOverdue: 0,
    workingDaysOverdue: 0,
  };
  switch (f.status) {
    case "done": {
      // Without a reported day (older data), the work counts as done on time.
      const late = due !== null && f.completedOn !== null && f.completedOn > due;
      return { ...base, cls: late ? "done_late" : "done_on_time", display: late ? "done_late" : "done" };
    }
    case "paused":
      return { ...base, cls: "paused", display: "paused" };
    case "awaiting_approval": {
      // Reported done by the deadline: in time while the leader decides; reported late: overdue.
      const reportedInTime = due === null || (f.completedOn !== null && f.completedOn <= due);
      if (reportedInTime || !pastDue)
        return { ...base, cls: "in_progress_on_time", display: "awaiting_approval" };
      return { ...base, ...overdueNumbers, cls: "overdue", display: "awaiting_approval" };
    }
    case "not_started":
    case "in_progress":
      if (pastDue) return { ...base, ...overdueNumbers, cls: "overdue", display: "overdue" };
      return f.status === "not_started"
        ? { ...base, cls: "not_started", display: "not_started" }
        : { ...base, cls: "in_progress_on_time", display: "in_progress" };
  }
}

/** Where today falls among a list of checkpoints: the same for every row of a plan that shares it. */
interface Position {
  effective: string[];
  nextIndex: number;
  next: string | null;
  lastIndex: number;
  periodStart: string;
  lastStart: string;
  period: Period | null;
  lastPeriod(): Period;
}

// Rows of one plan share their checkpoint list (classify.ts); its position is worked out once per
// list, day and calendar instead of once per row (a plan view classifies thousands of rows).
const positions = new WeakMap<readonly string[], { today: string; cal: WorkingCalendar; at: Position }>();

function positionOf(checks: Checks, today: string, cal: WorkingCalendar): Position {
  const known = positions.get(checks.dates);
  if (
    known &&
    known.today === today &&
    known.cal === cal &&
    (!checks.effective || known.at.effective === checks.effective)
  )
    return known.at;
  const effective = checks.effective ?? checks.dates.map((d) => effectiveDue(d, cal)!);
  const nextIndex = effective.findIndex((d) => d >= today);
  const next = nextIndex >= 0 ? checks.dates[nextIndex]! : null;
  const lastIndex = (nextIndex >= 0 ? nextIndex : checks.dates.length) - 1;
  const dayAfter = (i: number) => addDays(checks.dates[i]! as IsoDate, 1);
  let lastPeriod: Period | undefined;
  const at: Position = {
    effective,
    nextIndex,
    next,
    lastIndex,
    periodStart: lastIndex >= 0 ? dayAfter(lastIndex) : addDays((next ?? today) as IsoDate, -91),
    lastStart: lastIndex > 0 ? dayAfter(lastIndex - 1) : addDays(checks.dates[0]! as IsoDate, -91),
    period: next ? periodEnding(next, checks.dates) : null,
    lastPeriod: () => {
      lastPeriod ??= periodEnding(checks.dates[lastIndex]!, checks.dates);
      return lastPeriod;
    },
  };
  positions.set(checks.dates, { today, cal, at });
  return at;
}

/**
 * "Thường xuyên" and other work without a deadline, checked at every reporting period: in time while
 * the unit reports in each period; overdue once a checkpoint passes with no report in its period
 * (for a period the work was given before). Reporting late clears it. Never "done late".
 */
function recurringStanding(f: StatusFacts, checks: Checks, today: string, cal: WorkingCalendar): Standing {
  const at = positionOf(checks, today, cal);
  const reported = (from: string) => checks.lastReportOn !== null && checks.lastReportOn >= from;
  // The last period that ended: it counts only if the work was given before it began.
  const missed =
    at.lastIndex >= 0 && checks.startedOn <= at.lastStart && !reported(at.lastStart)
      ? checks.dates[at.lastIndex]!
      : null;
  const checkpoint = {
    next: at.next,
    periodStart: at.periodStart,
    reportedThisPeriod: reported(at.periodStart),
    missed,
    missedPeriod: missed ? at.lastPeriod() : null,
    period: at.period,
  };
  const { nextIndex, effective, lastIndex } = at;
  const due = at.next === null ? null : effective[nextIndex]!;
  const base = {
    effectiveDue: due,
    workingDaysLeft: due === null ? null : cal.workingDaysBetween(today as IsoDate, due as IsoDate),
    daysOverdue: 0,
    workingDaysOverdue: 0,
    checkpoint,
  };
  switch (f.status) {
    case "done":
      return { ...base, cls: "done_on_time", display: "done" };
    case "paused":
      return { ...base, cls: "paused", display: "paused" };
    case "awaiting_approval":
      return { ...base, cls: "in_progress_on_time", display: "awaiting_approval" };
    case "not_started":
    case "in_progress": {
      if (missed) {
        const late = effective[lastIndex]!;
        return {
          ...base,
          cls: "overdue",
          display: "overdue",
          daysOverdue: dayDiff(late, today),
          workingDaysOverdue: cal.workingDaysBetween(late as IsoDate, today as IsoDate),
        };
      }
      return f.status === "not_started"
        ? { ...base, cls: "not_started", display: "not_started" }
        : { ...base, cls: "in_progress_on_time", display: "in_progress" };
    }
  }
}

export function emptyCounts(): ClassCounts {
  return {
    done_on_time: 0,
    done_late: 0,
    in_progress_on_time: 0,
    overdue: 0,
    not_started: 0,
    paused: 0,
    total: 0,
  };
}

export function countClasses(classes: Iterable<StatusClass>): ClassCounts {
  const counts = emptyCounts();
  for (const c of classes) {
    counts[c]++;
    counts.total++;
  }
  return counts;
}

/**
 * The latest due date that is overdue on `today`: a row is overdue iff its due date ≤ this day.
 * (The effective due date is before today iff the stated one is on or before the previous working
 * day.) Lets SQL select overdue rows with a plain index range.
 */
export function lastOverdueDueDate(today: string, cal: WorkingCalendar): string {
  return cal.addWorkingDays(today as IsoDate, -1);
}

/**
 * The latest due date that is at least `n` working days overdue on `today` (n ≥ 1): counting back
 * from the last working day on or before today, the n-th working day before it.
 */
export function lastDueDateOverdueBy(today: string, n: number, cal: WorkingCalendar): string {
  const lastWorking = cal.isWorkingDay(today as IsoDate) ? today : cal.addWorkingDays(today as IsoDate, -1);
  return cal.addWorkingDays(lastWorking as IsoDate, -n);
}
