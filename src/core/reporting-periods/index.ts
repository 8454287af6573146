// Reporting periods of a report schedule: which span of days each report covers and when it is due.
// Three ways to cut the year (Nghị định 09/2019/NĐ-CP, Điều 12, for the State's periodic reports):
//   decree_09  the decree's data cut-off: a month runs from the 15th of the month before to the 14th;
//              a quarter from the 15th before the quarter to the 14th of its last month; 6 months
//              from 15/12 of the year before to 14/6 (the second half from 15/6 to 14/12); 9 months
//              from 15/12 to 14/9; a year from 15/12 to 14/12;
//   calendar   whole calendar months, quarters, halves, years;
//   plan_dates the plan's own dates ("--05-05", "--11-05"): each date ends a period and is its due.
// Pure: no clock, no I/O. The due date of the first two comes from the schedule (days after the end,
// in working days when a calendar is given), or from the plan's dates when it states some.
import { addDays, type IsoDate, type WorkingCalendar } from "../calendar/index.ts";

export const REPORT_FREQUENCIES = [
  "once",
  "monthly",
  "quarterly",
  "six_monthly",
  "nine_monthly",
  "yearly",
  "ad_hoc",
] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

export const CUTOFFS = ["decree_09", "calendar", "plan_dates"] as const;
export type Cutoff = (typeof CUTOFFS)[number];

export interface ReportingPeriod {
  /** Stable within a schedule: "2026-M03", "2026-Q1", "2026-H1", "2026-N9", "2026-Y", "2026-05-05". */
  key: string;
  /** As Vietnamese reports name it: "6 tháng đầu năm 2026". */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, "0");
const day = (y: number, m: number, d: number) => {
  // Months outside 1..12 roll over the year (month 0 = December of the year before).
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${yy}-${pad(mm)}-${pad(d)}` as IsoDate;
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** [first month, last month] of each period of a year, for the frequencies cut by months. */
function monthSpans(
  frequency: ReportFrequency,
): Array<{ from: number; to: number; key: string; label: string }> {
  switch (frequency) {
    case "monthly":
      return Array.from({ length: 12 }, (_, i) => ({
        from: i + 1,
        to: i + 1,
        key: `M${pad(i + 1)}`,
        label: `tháng ${i + 1}`,
      }));
    case "quarterly":
      return ["I", "II", "III", "IV"].map((q, i) => ({
        from: i * 3 + 1,
        to: i * 3 + 3,
        key: `Q${i + 1}`,
        label: `quý ${q}`,
      }));
    case "six_monthly":
      return [
        { from: 1, to: 6, key: "H1", label: "6 tháng đầu năm" },
        { from: 7, to: 12, key: "H2", label: "6 tháng cuối năm" },
      ];
    case "nine_monthly":
      return [{ from: 1, to: 9, key: "N9", label: "9 tháng" }];
    case "yearly":
      return [{ from: 1, to: 12, key: "Y", label: "năm" }];
    default:
      return [];
  }
}

/**
 * The periods of one year (by the year their end falls in) for a frequency cut by months. "once" and
 * "ad_hoc" have no periods of their own: the coordinator names the span (adHocPeriod).
 */
export function periodsOfYear(frequency: ReportFrequency, cutoff: "decree_09" | "calendar", year: number) {
  return monthSpans(frequency).map((s): ReportingPeriod => {
    // Under the decree a period's first month starts on the 15th of the month before; the first
    // period of a 6-, 9- and 12-month report starts on 15/12 of the year before (the first half's).
    const start = cutoff === "decree_09" ? day(year, s.from - 1, 15) : day(year, s.from, 1);
    const end = cutoff === "decree_09" ? day(year, s.to, 14) : day(year, s.to, lastDay(year, s.to));
    return { key: `${year}-${s.key}`, label: `${s.label} ${year}`, start, end };
  });
}

/** A once-only or ad hoc report's single period, as the coordinator names it. */
export function adHocPeriod(start: IsoDate, end: IsoDate, label: string): ReportingPeriod {
  return { key: `${start}_${end}`, label, start, end };
}

/** "--05-05" → the day in a year. */
const yearly = (mmdd: string, year: number) => `${year}-${mmdd.slice(2)}` as IsoDate;

/**
 * The plan's own dates ("--05-05", "--11-05", or full dates): each ends a period that starts the
 * day after the one before, and is that period's due date. Periods whose end falls in `year`.
 */
export function planPeriodsOfYear(dates: readonly string[], year: number): ReportingPeriod[] {
  const ends = [
    ...new Set(
      dates.flatMap((d) => (d.startsWith("--") ? [yearly(d, year - 1), yearly(d, year)] : [d as IsoDate])),
    ),
  ].sort();
  const out: ReportingPeriod[] = [];
  for (let i = 1; i < ends.length; i++) {
    const end = ends[i]!;
    if (!end.startsWith(`${year}-`)) continue;
    out.push({
      key: end,
      label: `kỳ báo cáo đến ngày ${end.slice(8)}/${end.slice(5, 7)}/${end.slice(0, 4)}`,
      start: addDays(ends[i - 1]!, 1),
      end,
    });
  }
  return out;
}

export interface DueRule {
  /** The plan's dates ("--05-05"): the first one on or after a period's end is its due date. */
  dates?: readonly string[];
  /** Otherwise: this many (working, when a calendar is given) days after the period's end. */
  daysAfter: number;
}

/** When a period's report is due. A due date on a day off moves to the next working day. */
export function dueOf(period: ReportingPeriod, rule: DueRule, cal?: WorkingCalendar): IsoDate {
  const y = Number(period.end.slice(0, 4));
  const candidates = (rule.dates ?? [])
    .flatMap((d) => (d.startsWith("--") ? [yearly(d, y), yearly(d, y + 1)] : [d as IsoDate]))
    .filter((d) => d >= period.end)
    .sort();
  const stated = candidates[0];
  if (stated) return cal ? cal.addWorkingDays(stated, 0) : stated;
  return cal ? cal.addWorkingDays(period.end, rule.daysAfter) : addDays(period.end, rule.daysAfter);
}

/** The periods of a schedule whose end falls in `year`. */
export function schedulePeriods(
  schedule: { frequency: ReportFrequency; cutoff: Cutoff; dates: readonly string[] },
  year: number,
): ReportingPeriod[] {
  if (schedule.cutoff === "plan_dates") return planPeriodsOfYear(schedule.dates, year);
  return periodsOfYear(schedule.frequency, schedule.cutoff, year);
}

/** The last period that has ended on or before `today` (the one units should be reporting on). */
export function lastEndedPeriod(
  schedule: { frequency: ReportFrequency; cutoff: Cutoff; dates: readonly string[] },
  today: IsoDate,
): ReportingPeriod | null {
  const y = Number(today.slice(0, 4));
  const all = [...schedulePeriods(schedule, y - 1), ...schedulePeriods(schedule, y)];
  return all.filter((p) => p.end < today).at(-1) ?? null;
}
