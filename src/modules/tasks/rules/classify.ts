// The facts the status rules judge, gathered for many rows at once: the working calendar, today in
// Vietnam, and — for work without a deadline of its own — the checkpoints from the directive's
// reporting duties (due.ts). Pure: today, the calendar and the duties are arguments; the classifier
// of a request is made by queries/classifier.ts.

import type { IsoDate, WorkingCalendar } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import type { AssignmentStatus, DueKind } from "../contract.ts";
import { type CheckSpec, checkDates, checkSpecOf, isOneOff, type ReportingDuty } from "./due.ts";
import { type Standing, type StatusFacts, standingOf } from "./status.ts";

export interface ClassifiableRow {
  directiveId: string;
  status: AssignmentStatus;
  dueKind: DueKind;
  dueDate: string | null;
  completedOn: string | null;
  lastUpdateAt: Date | null;
  createdAt: Date;
}

export interface Classifier {
  today: string;
  calendar: WorkingCalendar;
  facts(row: ClassifiableRow): StatusFacts;
  standing(row: ClassifiableRow): Standing;
}

/**
 * The calendar with working days counted once per year: a list of thousands of rows would otherwise
 * walk the days between each deadline and today. A working day's rank (working days since
 * 01/01/2000, inclusive) makes every count a subtraction.
 */
export function memoCalendar(cal: WorkingCalendar): WorkingCalendar {
  const known = memos.get(cal);
  if (known) return known;
  const made = countingCalendar(cal);
  memos.set(cal, made);
  return made;
}

const memos = new WeakMap<WorkingCalendar, WorkingCalendar>();

function countingCalendar(cal: WorkingCalendar): WorkingCalendar {
  const FIRST = 2000;
  const years = new Map<number, { base: number; prefix: Int16Array }>();
  const yearOf = (y: number): { base: number; prefix: Int16Array } => {
    const known = years.get(y);
    if (known) return known;
    const base = y === FIRST ? 0 : yearOf(y - 1).base + yearOf(y - 1).prefix.at(-1)!;
    const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
    const prefix = new Int16Array(days);
    let n = 0;
    for (let i = 0; i < days; i++) {
      if (cal.isWorkingDay(new Date(Date.UTC(y, 0, 1 + i)).toISOString().slice(0, 10) as IsoDate)) n++;
      prefix[i] = n;
    }
    const made = { base, prefix };
    years.set(y, made);
    return made;
  };
  /** Working days from 01/01/2000 to `d` inclusive. */
  const rank = (d: string): number => {
    const y = Number(d.slice(0, 4));
    const { base, prefix } = yearOf(y);
    return base + prefix[(Date.parse(`${d}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000]!;
  };
  const inRange = (d: string) => d >= `${FIRST}-01-02` && d < "2100-12-31";
  const add = new Map<string, IsoDate>();
  return {
    ...cal,
    addWorkingDays(d, n) {
      const key = `${d}|${n}`;
      const known = add.get(key);
      if (known) return known;
      const v = cal.addWorkingDays(d, n);
      add.set(key, v);
      return v;
    },
    workingDaysBetween(a, b) {
      if (!inRange(a) || !inRange(b)) return cal.workingDaysBetween(a, b);
      // (a, b] when b ≥ a; minus [b, a) when b < a — as the calendar defines it.
      if (b >= a) return rank(b) - rank(a);
      const before = (d: string) =>
        rank(new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
      return -(before(a) - before(b));
    },
  };
}

export function makeClassifier(
  today: string,
  cal: WorkingCalendar,
  duties: Map<string, ReportingDuty[]>,
): Classifier {
  const calendar = memoCalendar(cal);
  const specs = new Map<string, CheckSpec | null>();
  const specOf = (directiveId: string, dueKind: DueKind) => {
    const key = `${directiveId}|${dueKind}`;
    if (!specs.has(key)) specs.set(key, checkSpecOf(dueKind, duties.get(directiveId) ?? []));
    return specs.get(key)!;
  };
  const thisYear = Number(today.slice(0, 4));
  // Rows of one plan share their checkpoints: computed once per plan, kind and starting year.
  const dateLists = new Map<string, { dates: string[]; effective: string[] }>();
  const datesOf = (r: ClassifiableRow, spec: CheckSpec, startYear: number) => {
    const key = `${r.directiveId}|${r.dueKind}|${startYear}`;
    let known = dateLists.get(key);
    if (!known) {
      const dates = checkDates(spec, Math.min(thisYear, startYear) - 1, thisYear + 1);
      known = { dates, effective: dates.map((d) => calendar.addWorkingDays(d as IsoDate, 0)) };
      dateLists.set(key, known);
    }
    return known;
  };
  const facts = (r: ClassifiableRow): StatusFacts => {
    const spec = r.dueDate === null ? specOf(r.directiveId, r.dueKind) : null;
    const startedOn = vietnamDate(r.createdAt);
    return {
      status: r.status,
      dueDate: r.dueDate,
      completedOn: r.completedOn,
      checks: spec
        ? {
            ...datesOf(r, spec, Number(startedOn.slice(0, 4))),
            oneOff: isOneOff(spec),
            lastReportOn: r.lastUpdateAt ? vietnamDate(r.lastUpdateAt) : null,
            startedOn,
          }
        : null,
    };
  };
  return { today, calendar, facts, standing: (r) => standingOf(facts(r), today, calendar) };
}
