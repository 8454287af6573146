// The Government's holiday schedule for one year, as data. Bộ luật Lao động 2019, Điều 112
// fixes the holidays; each year the Prime Minister fixes the Tết and Quốc khánh days and the
// Ministry (LĐTBXH, from 2025 Nội vụ) announces them for civil servants, sometimes swapping a
// working day with a Saturday. Built-in years live in ../schedules/, an administrator can enter
// others, and a documented default fills the rest (docs/decisions/calendar-default-schedule.md).
import type { IsoDate } from "../iso-date.ts";
import { dateParts, formatDateVi, isIsoDate, weekday } from "../iso-date.ts";

/**
 * - holiday: a statutory holiday (Điều 112 khoản 1);
 * - compensation: nghỉ bù, for a holiday that fell on a weekly rest day (Điều 112 khoản 3);
 * - swap: a working day given off in exchange for a make-up Saturday (hoán đổi ngày làm việc);
 * - weekend: a Saturday or Sunday inside a holiday period, listed so the period reads whole.
 */
export type DayOffKind = "holiday" | "compensation" | "swap" | "weekend";

export interface DayOff {
  readonly date: IsoDate;
  readonly name: string;
  readonly kind: DayOffKind;
}

/** A Saturday (or Sunday) worked in exchange for a day off (ngày làm bù). */
export interface MakeUpWorkingDay {
  readonly date: IsoDate;
  readonly name: string;
  /** The weekday given off in exchange. */
  readonly replaces?: IsoDate;
}

/** The document a schedule comes from: symbol (số, ký hiệu), date, issuer. */
export interface ScheduleSource {
  readonly symbol: string;
  readonly date?: IsoDate;
  readonly issuer?: string;
  readonly note?: string;
}

export type ScheduleOrigin = "built-in" | "entered" | "default";

export interface HolidaySchedule {
  readonly year: number;
  readonly daysOff: readonly DayOff[];
  readonly makeUpWorkingDays: readonly MakeUpWorkingDay[];
  readonly sources: readonly ScheduleSource[];
  readonly origin: ScheduleOrigin;
}

/** Problems with a schedule, in Vietnamese (for the administrator's form); empty when valid. */
export function validateSchedule(schedule: HolidaySchedule): string[] {
  const problems: string[] = [];
  const { year } = schedule;
  if (!Number.isInteger(year)) problems.push(`Năm không hợp lệ: ${year}.`);
  const seen = new Set<string>();
  const inYear = (date: string, what: string): boolean => {
    if (!isIsoDate(date)) {
      problems.push(`${what}: ngày không hợp lệ "${date}".`);
      return false;
    }
    if (dateParts(date).year !== year)
      problems.push(`${what} ${formatDateVi(date)} không thuộc năm ${year}.`);
    return true;
  };
  for (const d of schedule.daysOff) {
    if (!inYear(d.date, "Ngày nghỉ")) continue;
    if (seen.has(d.date)) problems.push(`Ngày ${formatDateVi(d.date)} được khai báo hai lần.`);
    seen.add(d.date);
    if (d.name.trim() === "") problems.push(`Ngày nghỉ ${formatDateVi(d.date)} chưa có tên.`);
  }
  for (const m of schedule.makeUpWorkingDays) {
    if (!inYear(m.date, "Ngày làm bù")) continue;
    if (seen.has(m.date)) problems.push(`Ngày ${formatDateVi(m.date)} vừa là ngày nghỉ vừa là ngày làm bù.`);
    seen.add(m.date);
    const w = weekday(m.date);
    if (w !== 6 && w !== 0)
      problems.push(`Ngày làm bù ${formatDateVi(m.date)} không phải thứ Bảy hoặc Chủ nhật.`);
  }
  if (schedule.sources.length === 0) problems.push("Chưa ghi căn cứ (số, ký hiệu văn bản).");
  return problems;
}
