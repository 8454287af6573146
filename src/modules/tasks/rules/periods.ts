// The reporting period a checkpoint closes, named the way officials name it ("quý III/2026",
// "6 tháng đầu năm 2026", "tháng 9/2026", "năm 2026"), so that ongoing work overdue for a missed
// report says which report, and never shows the next checkpoint as if it were the work's deadline.
// Pure: the checkpoint and the list of checkpoints are arguments.
import { addDays, formatDateVi, type IsoDate } from "../../../core/calendar/index.ts";

export const PERIOD_KINDS = ["month", "quarter", "half", "year", "span"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** The year the period ends in. */
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 0 for a year or a span. */
  n: number;
  /** First and last day (YYYY-MM-DD). */
  start: string;
  end: string;
}

const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
const isMonthEnd = (d: string) => addDays(d as IsoDate, 1).slice(8, 10) === "01";

/**
 * The period that `end` closes among the sorted checkpoint `dates`: from the day after the previous
 * checkpoint; the kind is read from the gap between checkpoints that fall at month ends (1 month,
 * 3, 6 or 12). Any other spacing is a plain span "kỳ đến dd/mm/yyyy".
 */
export function periodEnding(end: string, dates: readonly string[]): Period {
  const i = dates.indexOf(end);
  const prev = i > 0 ? dates[i - 1] : undefined;
  const next = i >= 0 ? dates[i + 1] : undefined;
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  // The first checkpoint has no previous one: its period is judged by the gap to the next.
  const gap =
    prev && isMonthEnd(prev)
      ? monthIndex(end) - monthIndex(prev)
      : next && isMonthEnd(next)
        ? monthIndex(next) - monthIndex(end)
        : 0;
  const startOf = (months: number) => {
    if (prev) return addDays(prev as IsoDate, 1);
    const first = monthIndex(end) - months + 1;
    return `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}-01`;
  };
  if (isMonthEnd(end)) {
    if (gap === 1) return { kind: "month", year, n: month, start: startOf(1), end };
    if (gap === 3 && month % 3 === 0) return { kind: "quarter", year, n: month / 3, start: startOf(3), end };
    if (gap === 6 && month % 6 === 0) return { kind: "half", year, n: month / 6, start: startOf(6), end };
    if (gap === 12 && month === 12) return { kind: "year", year, n: 0, start: `${year}-01-01`, end };
  }
  const start = prev ? addDays(prev as IsoDate, 1) : addDays(end as IsoDate, -90);
  return { kind: "span", year, n: 0, start, end };
}

const ROMAN = ["", "I", "II", "III", "IV"];

/** "quý III/2026", "6 tháng đầu năm 2026", "tháng 9/2026", "năm 2026", "kỳ đến 15/06/2026". */
export function periodLabelVi(p: Period): string {
  switch (p.kind) {
    case "month":
      return `tháng ${p.n}/${p.year}`;
    case "quarter":
      return `quý ${ROMAN[p.n]}/${p.year}`;
    case "half":
      return `6 tháng ${p.n === 1 ? "đầu" : "cuối"} năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
    case "span":
      return `kỳ đến ${formatDateVi(p.end as IsoDate)}`;
  }
}

/** "kỳ quý III/2026", "kỳ đến 20/11/2026": the period after the word "báo cáo" or "chưa báo cáo". */
export const periodPhraseVi = (p: Period): string =>
  p.kind === "span" ? periodLabelVi(p) : `kỳ ${periodLabelVi(p)}`;

/**
 * What an overdue line says (the list, the plan, Excel, reminders): for a missed period report,
 * "báo cáo kỳ quý III/2026 quá hạn 5 ngày làm việc"; for a dated deadline, "quá hạn 5 ngày làm việc".
 */
export function overdueLineVi(workingDaysOverdue: number, missed: Period | null | undefined): string {
  const late = `quá hạn ${workingDaysOverdue} ngày làm việc`;
  if (!missed) return late;
  return `báo cáo ${periodPhraseVi(missed)} ${late}`;
}
