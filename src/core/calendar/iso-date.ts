// Plain calendar dates as ISO strings. Arithmetic is done on "day numbers" (days since
// 1970-01-01, proleptic Gregorian, UTC) so that no local time zone can shift a date
// (docs/decisions/time.md).

/** A calendar date `YYYY-MM-DD` without time or zone. */
export type IsoDate = string & { readonly __brand: "IsoDate" };

/** Days since 1970-01-01 (may be negative). */
export type DayNumber = number;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday (Chủ nhật), 6 = Saturday

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends RangeError {
  constructor(readonly input: string) {
    super(`Ngày không hợp lệ: "${input}" (cần dạng YYYY-MM-DD).`);
    this.name = "InvalidDateError";
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Validates a `YYYY-MM-DD` string (a real date, e.g. no 2025-02-29). */
export function parseIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value);
  return value;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return parseIsoDate(s);
}

export function toDayNumber(date: IsoDate): DayNumber {
  const m = ISO_RE.exec(date);
  if (!m) throw new InvalidDateError(date);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function fromDayNumber(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(date);
  if (!m) throw new InvalidDateError(date);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of week of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(day: DayNumber): Weekday {
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

export function weekday(date: IsoDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

const WEEKDAY_NAMES_VI = [
  "Chủ nhật",
  "Thứ Hai",
  "Thứ Ba",
  "Thứ Tư",
  "Thứ Năm",
  "Thứ Sáu",
  "Thứ Bảy",
] as const;

export function weekdayNameVi(date: IsoDate): string {
  return WEEKDAY_NAMES_VI[weekday(date)]!;
}

/** `dd/mm/yyyy`, the way Vietnamese documents write dates. */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
