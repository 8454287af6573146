// The schedule assumed for a year the Government's decision has not been entered for. The
// rule and its justification from past schedules: docs/decisions/calendar-default-schedule.md.
import type { IsoDate } from "../iso-date.ts";
import { addDays, isoDate, weekday } from "../iso-date.ts";
import { lunarToSolar, tet } from "../lunar/lunar-calendar.ts";
import type { DayOff, HolidaySchedule } from "./schedule.ts";

export const HOLIDAY_NAMES = {
  newYear: "Tết Dương lịch",
  lunarNewYear: "Tết Âm lịch",
  hungKings: "Giỗ Tổ Hùng Vương",
  reunification: "Ngày Chiến thắng",
  labourDay: "Ngày Quốc tế Lao động",
  nationalDay: "Quốc khánh",
} as const;

const isWeekendDay = (d: IsoDate): boolean => weekday(d) === 0 || weekday(d) === 6;

/**
 * Weekdays of the Tết period taken before mùng 1, by the weekday of mùng 1 (0 = Sunday): the
 * Government keeps the whole Monday–Friday week of Tết when mùng 1 is Monday to Thursday, and
 * otherwise 2 days before (1 when mùng 1 is a Sunday, the Friday before the 30th).
 */
const WEEKDAYS_BEFORE_TET = [1, 0, 1, 2, 3, 2, 2] as const;

/** The 5 weekdays off for Tết (Điều 112 khoản 1 điểm c) and the weekends inside that period. */
function tetDays(year: number): DayOff[] {
  const first = tet(year);
  const before = WEEKDAYS_BEFORE_TET[weekday(first)]!;
  const weekdays: IsoDate[] = [];
  for (let d = addDays(first, -1); weekdays.length < before; d = addDays(d, -1)) {
    if (!isWeekendDay(d)) weekdays.unshift(d);
  }
  for (let d = first; weekdays.length < 5; d = addDays(d, 1)) if (!isWeekendDay(d)) weekdays.push(d);
  // Extend to the weekends that touch the period, as every published schedule does.
  let start = weekdays[0]!;
  while (isWeekendDay(addDays(start, -1))) start = addDays(start, -1);
  let end = weekdays[4]!;
  while (isWeekendDay(addDays(end, 1))) end = addDays(end, 1);
  const days: DayOff[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    days.push({ date: d, name: HOLIDAY_NAMES.lunarNewYear, kind: isWeekendDay(d) ? "weekend" : "holiday" });
  }
  return days;
}

/** Quốc khánh: 2/9 and the day before (1/9), except 3/9 when 2/9 is a Monday or a Thursday. */
function nationalDayDays(year: number): IsoDate[] {
  const second = isoDate(year, 9, 2);
  const w = weekday(second);
  return w === 1 || w === 4 ? [second, isoDate(year, 9, 3)] : [isoDate(year, 9, 1), second];
}

/** The documented default schedule of a year (origin "default"). */
export function defaultSchedule(year: number): HolidaySchedule {
  const fixed: { date: IsoDate; name: string }[] = [
    { date: isoDate(year, 1, 1), name: HOLIDAY_NAMES.newYear },
    { date: lunarToSolar({ year, month: 3, day: 10, leap: false }), name: HOLIDAY_NAMES.hungKings },
    { date: isoDate(year, 4, 30), name: HOLIDAY_NAMES.reunification },
    { date: isoDate(year, 5, 1), name: HOLIDAY_NAMES.labourDay },
    ...nationalDayDays(year).map((date) => ({ date, name: HOLIDAY_NAMES.nationalDay })),
  ];
  const daysOff: DayOff[] = [...tetDays(year)];
  const taken = new Set<string>(daysOff.map((d) => d.date));
  const pendingCompensation: string[] = [];
  for (const h of fixed.sort((a, b) => a.date.localeCompare(b.date))) {
    // A holiday on a weekly rest day, or on a day already off, is compensated (Điều 112 khoản 3).
    if (isWeekendDay(h.date) || taken.has(h.date)) pendingCompensation.push(h.name);
    if (!taken.has(h.date)) daysOff.push({ date: h.date, name: h.name, kind: "holiday" });
    taken.add(h.date);
    // Compensation goes to the next working day after the holiday period.
    let d = addDays(h.date, 1);
    while (pendingCompensation.length > 0 && !fixed.some((f) => f.date === d)) {
      if (!isWeekendDay(d) && !taken.has(d)) {
        daysOff.push({ date: d, name: `Nghỉ bù ${pendingCompensation.shift()}`, kind: "compensation" });
        taken.add(d);
      }
      d = addDays(d, 1);
    }
  }
  daysOff.sort((a, b) => a.date.localeCompare(b.date));
  return {
    year,
    daysOff,
    makeUpWorkingDays: [],
    sources: [
      {
        symbol: "Mặc định (docs/decisions/calendar-default-schedule.md)",
        note: "Chưa nhập lịch nghỉ của Chính phủ cho năm này; áp dụng quy tắc mặc định theo Bộ luật Lao động 2019, Điều 112.",
      },
    ],
    origin: "default",
  };
}
