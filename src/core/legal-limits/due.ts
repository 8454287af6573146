// Due dates of legal limits. The day of the event is not counted (Bộ luật Dân sự 2015, Điều 147
// k1); a period in calendar days whose last day is a weekend or holiday ends on the next working
// day (Điều 148 k5); a period in working days ends on a working day by construction. Days of a
// suspension (tạm đình chỉ) are added back where the law stops the clock. Pure: the working
// calendar is an argument (src/modules/holiday-schedules/rules/calendar.ts builds it).
import { addDays, type IsoDate, parseIsoDate, type WorkingCalendar } from "../calendar/index.ts";
import type { DayKind, DueOptions, LegalLimit } from "./types.ts";

function advance(from: IsoDate, n: number, kind: DayKind, cal: WorkingCalendar): IsoDate {
  if (n === 0) return from;
  return kind === "working" ? cal.addWorkingDays(from, n) : addDays(from, n);
}

/** Days of the given kind in [from, to] (inclusive). */
function daysIn(from: IsoDate, to: IsoDate, kind: DayKind, cal: WorkingCalendar): number {
  if (to < from) return 0;
  const before = addDays(from, -1);
  return kind === "working" ? cal.workingDaysBetween(before, to) : dayCount(before, to);
}

function dayCount(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Adds back the suspended days, in date order: overlapping suspensions count once, days before
 * the period began are not counted, and a suspension that begins after the period has ended does
 * not revive it.
 */
function afterSuspensions(
  start: IsoDate,
  end: IsoDate,
  suspensions: NonNullable<DueOptions["suspensions"]>,
  kind: DayKind,
  cal: WorkingCalendar,
): IsoDate {
  const sorted = suspensions
    .map((x) => ({ from: parseIsoDate(x.from), to: parseIsoDate(x.to) }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let counted = start; // last day already accounted for
  let result = end;
  for (const x of sorted) {
    const from = x.from > counted ? x.from : addDays(counted, 1);
    if (from > result || x.to < from) continue;
    result = advance(result, daysIn(from, x.to, kind, cal), kind, cal);
    counted = x.to;
  }
  return result;
}

/**
 * The last day of `limit` counted from `from` (the anchor event's date), with the extensions
 * granted and the suspensions recorded. Always on or after `from`, and a working day.
 */
export function dueDate(
  limit: LegalLimit,
  from: IsoDate,
  cal: WorkingCalendar,
  options: DueOptions = {},
): IsoDate {
  const start = parseIsoDate(from);
  const granted = Math.max(0, Math.min(options.extensions ?? 0, limit.extension?.times ?? 0));
  if (!Number.isInteger(granted)) throw new RangeError(`Số lần gia hạn không hợp lệ: ${options.extensions}.`);
  let end = advance(start, limit.days, limit.dayKind, cal);
  if (limit.extension) {
    for (let i = 0; i < granted; i++) end = advance(end, limit.extension.days, limit.extension.dayKind, cal);
  }
  if (limit.suspensionStopsClock)
    end = afterSuspensions(start, end, options.suspensions ?? [], limit.dayKind, cal);
  return cal.isWorkingDay(end) ? end : cal.nextWorkingDay(end);
}

/** True once `today` is past the last day (a period ends at the end of its last day, BLDS Điều 148). */
export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  return parseIsoDate(today) > parseIsoDate(due);
}
