// The statistics' figures, from the tasks' own status rules (tasks/rules/status.ts, classify.ts):
// nothing here decides a class. The database hands over groups of assignments that share every fact
// those rules read — the typed status; for dated work where the due date falls against today's
// boundaries (lastOverdueDueDate, lastDueDateOverdueBy) and whether the completion day is after the
// effective due date (effectiveDue); for work without a date its kind, plan, dates of start, last
// report and completion — and each group is classified once, through a row that has exactly those
// facts. Pure: today and the calendar are arguments.
import { addDays, type IsoDate, type WorkingCalendar } from "../../../core/calendar/index.ts";
import type { ClassCounts, StatusClass } from "../../tasks/contract.ts";
import type { ClassifiableRow, Classifier } from "../../tasks/rules/classify.ts";
import {
  effectiveDue,
  emptyCounts,
  lastDueDateOverdueBy,
  lastOverdueDueDate,
} from "../../tasks/rules/status.ts";
import { AGE_BUCKETS, type AgeBucket } from "../contract.ts";

/** Working days overdue where each age bucket starts (AGE_BUCKETS order). */
export const AGE_FROM = [0, 6, 11, 31] as const;

export function ageBucketOf(workingDaysOverdue: number): AgeBucket {
  let i = AGE_FROM.length - 1;
  while (i > 0 && workingDaysOverdue < AGE_FROM[i]!) i--;
  return AGE_BUCKETS[i]!;
}

/**
 * The latest due date of each age band on `today`: a dated row is in band k (1-based) when its due
 * date is on or before bounds[k-1] and after bounds[k]; after bounds[0] it is not past due.
 */
export function ageBounds(today: string, cal: WorkingCalendar): string[] {
  return AGE_FROM.map((n) =>
    n === 0 ? lastOverdueDueDate(today, cal) : lastDueDateOverdueBy(today, n, cal),
  );
}

/** The due-date range of an age band, for the task list's filter (from null: no lower bound). */
export function bandRange(bounds: string[], band: number): { dueFrom: string | null; dueTo: string } {
  const next = bounds[band];
  return { dueFrom: next ? addDays(next as IsoDate, 1) : null, dueTo: bounds[band - 1]! };
}

/**
 * Days off with the working day a deadline on them moves to, from `from` to `to`: what SQL needs to
 * tell "completed after the effective due date" (rules/status.ts, effectiveDue) without a calendar.
 */
export function movedDeadlines(
  from: string,
  to: string,
  cal: WorkingCalendar,
): { days: string[]; to: string[] } {
  // Walking 25 years of days costs ~150 ms: once per calendar (loadCalendar keeps one per version).
  const key = `${from}|${to}`;
  const known = movedMemo.get(cal)?.get(key);
  if (known) return known;
  const made = walkDays(from, to, cal);
  const byRange = movedMemo.get(cal) ?? new Map();
  byRange.set(key, made);
  movedMemo.set(cal, byRange);
  return made;
}

const movedMemo = new WeakMap<WorkingCalendar, Map<string, { days: string[]; to: string[] }>>();

function walkDays(from: string, to: string, cal: WorkingCalendar): { days: string[]; to: string[] } {
  const days: string[] = [];
  const moved: string[] = [];
  for (let d = from; d <= to; d = addDays(d as IsoDate, 1)) {
    const eff = effectiveDue(d, cal)!;
    if (eff !== d) {
      days.push(d);
      moved.push(eff);
    }
  }
  return { days, to: moved };
}

/** Assignments that share every fact the status rules read (queries.ts, factGroups). */
export interface FactGroup {
  status: ClassifiableRow["status"];
  directiveId: string | null;
  /** Dated work: 0 not past due, k ≥ 1 overdue in age band k (ageBounds); null without a date. */
  band: number | null;
  /** Dated work: completed after the effective due date; null without a completion day. */
  late: boolean | null;
  /** Work without a date of its own: */
  dueKind: ClassifiableRow["dueKind"] | null;
  completedOn: string | null;
  createdOn: string | null;
  lastReportOn: string | null;
  n: number;
}

const noon = (d: string) => new Date(`${d}T12:00:00+07:00`);

/** A row with exactly the group's facts, for the tasks' classifier. */
export function rowOf(g: FactGroup, today: string, bounds: string[]): ClassifiableRow {
  if (g.band === null)
    return {
      directiveId: g.directiveId ?? "",
      status: g.status,
      dueKind: g.dueKind ?? "none",
      dueDate: null,
      completedOn: g.completedOn,
      lastUpdateAt: g.lastReportOn ? noon(g.lastReportOn) : null,
      createdAt: noon(g.createdOn ?? today),
    };
  return {
    directiveId: g.directiveId ?? "",
    status: g.status,
    dueKind: "date",
    // Not past due: today itself (its effective due date is never before today).
    dueDate: g.band === 0 ? today : bounds[g.band - 1]!,
    // Only "on or before the due date" or "after it" matters to the rules.
    completedOn: g.late === null ? null : g.late ? "9999-12-31" : "0001-01-01",
    lastUpdateAt: null,
    createdAt: noon(today),
  };
}

/** What the figures keep of a group once classified. */
export interface Classified {
  cls: StatusClass;
  /** Overdue work: its age bucket, or "recurring" for work checked at reporting periods. */
  age: AgeBucket | "recurring" | null;
  n: number;
}

export function classify(g: FactGroup, classifier: Classifier, bounds: string[]): Classified {
  const s = classifier.standing(rowOf(g, classifier.today, bounds));
  const age = s.cls !== "overdue" ? null : g.band === null ? "recurring" : ageBucketOf(s.workingDaysOverdue);
  return { cls: s.cls, age, n: g.n };
}

/**
 * classify, once per distinct set of facts: the units' and the plans' groups repeat the same facts
 * (a plan's work given on one day, reported on the same days in many units).
 */
export function groupClassifier(classifier: Classifier, bounds: string[]): (g: FactGroup) => Classified {
  const known = new Map<string, Omit<Classified, "n">>();
  return (g) => {
    const key = `${g.status}|${g.band}|${g.late}|${g.band === null ? g.directiveId : ""}|${g.dueKind}|${g.completedOn}|${g.createdOn}|${g.lastReportOn}`;
    let c = known.get(key);
    if (!c) {
      const { cls, age } = classify(g, classifier, bounds);
      c = { cls, age };
      known.set(key, c);
    }
    return { ...c, n: g.n };
  };
}

/** done on time ÷ (done on time + done late + overdue): the share of the work due that was done in time. */
export function onTimeRate(c: ClassCounts): number | null {
  const due = c.done_on_time + c.done_late + c.overdue;
  return due ? Math.round((c.done_on_time / due) * 1000) / 10 : null;
}

/** Sums classified groups into counts, overdue by age and recurring overdue. */
export class Tally {
  counts: ClassCounts = emptyCounts();
  ages: number[] = AGE_BUCKETS.map(() => 0);
  recurring = 0;
  add(c: Classified): void {
    this.counts[c.cls] += c.n;
    this.counts.total += c.n;
    if (c.age === "recurring") this.recurring += c.n;
    else if (c.age) this.ages[AGE_BUCKETS.indexOf(c.age)]! += c.n;
  }
}

/**
 * The ranking of units: the highest share done on time first (units with nothing due after), then
 * fewer overdue, fewer done late, and the name.
 */
export function rankUnits<T extends { onTimeRate: number | null; counts: ClassCounts; name: string }>(
  units: T[],
  compare: (a: string, b: string) => number,
): T[] {
  return [...units].sort(
    (a, b) =>
      (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
      a.counts.overdue - b.counts.overdue ||
      a.counts.done_late - b.counts.done_late ||
      compare(a.name, b.name),
  );
}
