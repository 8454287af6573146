// Working days (ngày làm việc) of State and Party bodies: Monday to Friday, except the days off
// of the year's holiday schedule, plus the make-up Saturdays of that schedule.
import { defaultSchedule } from "./holidays/default-schedule.ts";
import type { HolidaySchedule } from "./holidays/schedule.ts";
import type { DayNumber, IsoDate } from "./iso-date.ts";
import { fromDayNumber, parseIsoDate, toDayNumber, weekdayOfDayNumber } from "./iso-date.ts";
import { LUNAR_RANGE, LunarRangeError } from "./lunar/lunar-calendar.ts";

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /**
   * "N ngày làm việc kể từ DATE": for n > 0 the n-th working day after `date` (`date` itself
   * never counts); for n < 0 the |n|-th working day before it; for n = 0 `date` if it is a
   * working day, else the next one (a deadline on a day off moves to the next working day,
   * Bộ luật Dân sự 2015, Điều 148). The result is always a working day.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * Working days in (a, b] when b ≥ a, minus those in [b, a) when b < a; so that
   * workingDaysBetween(d, addWorkingDays(d, n)) = n for every n ≠ 0.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The schedule in force for a year: the last one given for that year, else the default. */
  holidays(year: number): HolidaySchedule;
}

interface YearIndex {
  readonly off: ReadonlySet<DayNumber>;
  readonly makeUp: ReadonlySet<DayNumber>;
}

/**
 * A calendar from holiday schedules. Several schedules for one year: the later one wins, so
 * `createCalendar([...BUILT_IN_SCHEDULES, ...enteredByAdministrator])` lets entered schedules
 * override built-in ones. Years without a schedule use `defaultSchedule(year)`.
 */
export function createCalendar(schedules: readonly HolidaySchedule[]): WorkingCalendar {
  const byYear = new Map<number, HolidaySchedule>();
  for (const s of schedules) byYear.set(s.year, s);
  const indexes = new Map<number, YearIndex>();

  function scheduleFor(year: number): HolidaySchedule {
    if (!Number.isInteger(year) || year < LUNAR_RANGE.min || year > LUNAR_RANGE.max) {
      throw new LunarRangeError(
        `Năm ${year} nằm ngoài phạm vi của lịch ngày làm việc (${LUNAR_RANGE.min}–${LUNAR_RANGE.max}).`,
      );
    }
    let s = byYear.get(year);
    if (!s) {
      s = defaultSchedule(year);
      byYear.set(year, s);
    }
    return s;
  }

  function indexFor(year: number): YearIndex {
    let index = indexes.get(year);
    if (!index) {
      const s = scheduleFor(year);
      index = {
        off: new Set(s.daysOff.map((d) => toDayNumber(d.date))),
        makeUp: new Set(s.makeUpWorkingDays.map((d) => toDayNumber(d.date))),
      };
      indexes.set(year, index);
    }
    return index;
  }

  function isWorking(day: DayNumber): boolean {
    const index = indexFor(new Date(day * 86_400_000).getUTCFullYear());
    if (index.makeUp.has(day)) return true;
    const w = weekdayOfDayNumber(day);
    if (w === 0 || w === 6) return false;
    return !index.off.has(day);
  }

  function step(day: DayNumber, n: number): DayNumber {
    const dir = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    let d = day;
    while (left > 0) {
      d += dir;
      if (isWorking(d)) left--;
    }
    return d;
  }

  const checkCount = (n: number): void => {
    if (!Number.isSafeInteger(n)) throw new RangeError(`Số ngày làm việc không hợp lệ: ${n}.`);
  };

  return {
    isWorkingDay: (date) => isWorking(toDayNumber(parseIsoDate(date))),
    addWorkingDays(date, n) {
      checkCount(n);
      const day = toDayNumber(parseIsoDate(date));
      if (n === 0) return fromDayNumber(isWorking(day) ? day : step(day, 1));
      return fromDayNumber(step(day, n));
    },
    workingDaysBetween(a, b) {
      const from = toDayNumber(parseIsoDate(a));
      const to = toDayNumber(parseIsoDate(b));
      let count = 0;
      if (to >= from) {
        for (let d = from + 1; d <= to; d++) if (isWorking(d)) count++;
        return count;
      }
      for (let d = to; d < from; d++) if (isWorking(d)) count++;
      return -count;
    },
    nextWorkingDay: (date) => fromDayNumber(step(toDayNumber(parseIsoDate(date)), 1)),
    holidays: (year) => scheduleFor(year),
  };
}
