// Public conversions between Gregorian dates and Vietnamese lunar dates (âm lịch).
import type { IsoDate } from "../iso-date.ts";
import { dateParts, fromDayNumber, parseIsoDate, toDayNumber } from "../iso-date.ts";
import type { LunarMonthSpan } from "./lunar-year.ts";
import { lunarYearMonths } from "./lunar-year.ts";
import type { CalendarZone } from "./zones.ts";
import { VIETNAM } from "./zones.ts";

export interface LunarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..30
  /** True in a leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
}

/** Gregorian years (and lunar years) for which the calendar is computed and verified. */
export const LUNAR_RANGE = { min: 1900, max: 2100 } as const;

export class LunarRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "LunarRangeError";
  }
}

export class InvalidLunarDateError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "InvalidLunarDateError";
  }
}

// Memo of computed lunar years per zone: the functions stay pure (same input, same output);
// the cache only avoids recomputing ~30 new moons and solar terms per call.
const cache = new Map<CalendarZone, Map<number, readonly LunarMonthSpan[]>>();

function monthsOf(zone: CalendarZone, year: number): readonly LunarMonthSpan[] {
  let byYear = cache.get(zone);
  if (!byYear) {
    byYear = new Map();
    cache.set(zone, byYear);
  }
  let months = byYear.get(year);
  if (!months) {
    months = Object.freeze(lunarYearMonths(zone, year));
    byYear.set(year, months);
  }
  return months;
}

function checkYear(year: number, min: number = LUNAR_RANGE.min): void {
  if (!Number.isInteger(year) || year < min || year > LUNAR_RANGE.max) {
    throw new LunarRangeError(
      `Năm ${year} nằm ngoài phạm vi hỗ trợ của lịch âm (${LUNAR_RANGE.min}–${LUNAR_RANGE.max}).`,
    );
  }
}

/** One month of a lunar year: its number, whether it is the leap month, first day and length. */
export interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly firstDay: IsoDate;
  readonly length: 29 | 30;
}

/** The months of a lunar year (lunar years 1899–2100), in order, from month 1 (Tết). */
export function lunarMonths(year: number, zone: CalendarZone = VIETNAM): LunarMonth[] {
  checkYear(year, LUNAR_RANGE.min - 1);
  return monthsOf(zone, year).map(({ start, ...m }) => ({ ...m, firstDay: fromDayNumber(start) }));
}

/** Mùng 1 Tết (first day of lunar month 1) of a year, Vietnamese calendar. */
export function tet(year: number, zone: CalendarZone = VIETNAM): IsoDate {
  checkYear(year);
  return fromDayNumber(monthsOf(zone, year)[0]!.start);
}

/** The Gregorian date of a lunar date. Lunar years 1899–2100 (1899 reaches into January 1900). */
export function lunarToSolar(lunar: LunarDate, zone: CalendarZone = VIETNAM): IsoDate {
  checkYear(lunar.year, LUNAR_RANGE.min - 1);
  const span = monthsOf(zone, lunar.year).find((m) => m.month === lunar.month && m.leap === lunar.leap);
  const label = `${lunar.day}/${lunar.month}${lunar.leap ? " nhuận" : ""}/${lunar.year} âm lịch`;
  if (!span)
    throw new InvalidLunarDateError(
      `Không có tháng ${lunar.month}${lunar.leap ? " nhuận" : ""} trong năm âm lịch ${lunar.year}: ${label}.`,
    );
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > span.length) {
    throw new InvalidLunarDateError(`Ngày không tồn tại: ${label} (tháng này có ${span.length} ngày).`);
  }
  return fromDayNumber(span.start + lunar.day - 1);
}

/** The lunar date of a Gregorian date (1900-01-01 to 2100-12-31). */
export function solarToLunar(date: IsoDate, zone: CalendarZone = VIETNAM): LunarDate {
  const d = toDayNumber(parseIsoDate(date));
  const { year } = dateParts(date);
  checkYear(year);
  let months = monthsOf(zone, year);
  if (d < months[0]!.start) months = monthsOf(zone, year - 1);
  for (const m of months) {
    if (d >= m.start && d < m.start + m.length) {
      return { year: m.year, month: m.month, day: d - m.start + 1, leap: m.leap };
    }
  }
  throw new Error(`no lunar month contains ${date}`); // unreachable: lunar years tile the days
}
