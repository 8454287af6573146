// Reporting periods that documents set deadlines by ("Quý IV năm 2024", "6 tháng đầu năm
// 2024", "năm 2025"). Structured input only: turning Vietnamese text into a Period is the
// parser's job.
import type { IsoDate } from "./iso-date.ts";
import { isoDate } from "./iso-date.ts";

export type Period =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "half"; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  /** "N tháng đầu năm" (first N months, e.g. 6 or 9). */
  | { readonly kind: "firstMonths"; readonly year: number; readonly months: number };

function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new RangeError(`Kỳ không hợp lệ: ${what}.`);
}

function monthsOf(p: Period): { first: number; last: number } {
  check(Number.isInteger(p.year) && p.year >= 1 && p.year <= 9999, `năm ${p.year}`);
  switch (p.kind) {
    case "year":
      return { first: 1, last: 12 };
    case "half":
      check(p.half === 1 || p.half === 2, `nửa năm ${p.half}`);
      return { first: p.half === 1 ? 1 : 7, last: p.half * 6 };
    case "quarter":
      check(Number.isInteger(p.quarter) && p.quarter >= 1 && p.quarter <= 4, `quý ${p.quarter}`);
      return { first: p.quarter * 3 - 2, last: p.quarter * 3 };
    case "month":
      check(Number.isInteger(p.month) && p.month >= 1 && p.month <= 12, `tháng ${p.month}`);
      return { first: p.month, last: p.month };
    case "firstMonths":
      check(Number.isInteger(p.months) && p.months >= 1 && p.months <= 12, `${p.months} tháng đầu năm`);
      return { first: 1, last: p.months };
  }
}

/** Last day of a period: Quý IV 2024 → 2024-12-31, 6 tháng đầu năm 2024 → 2024-06-30. */
export function endOfPeriod(period: Period): IsoDate {
  return lastDayOfMonth(period.year, monthsOf(period).last);
}

export function startOfPeriod(period: Period): IsoDate {
  return isoDate(period.year, monthsOf(period).first, 1);
}
