// Due dates as the documents state them. A date is kept as written; a period's due date is its last
// day (the parser gives it); "thường xuyên" has none and is checked at every reporting period; a
// relative term ("trong 15 ngày làm việc kể từ ngày ký") is counted on the working-day calendar.
// Pure: the calendar and the anchor dates are arguments.
import { addDays, type IsoDate, type WorkingCalendar } from "../../../core/calendar/index.ts";

export interface RelativeTerm {
  days: number;
  /** "ngày làm việc" (working days) rather than calendar days. */
  working: boolean;
  /** The anchor date when the text names one or names the document's own date; null = to be set. */
  from: string | null;
}

const RELATIVE =
  /(?:trong(?:\s+vòng)?|sau|chậm nhất(?:\s+là)?|không quá)\s+(\d{1,3})\s+ngày(\s+làm\s+việc)?/iu;
const SINCE = /kể\s+từ\s+(?:ngày\s+)?(.{0,80})/iu;
const NUMERIC_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const WORDED_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
/** "kể từ ngày ký / ban hành / kế hoạch (này) được ban hành": the document's own date. */
const OWN_DATE = /^(?:ký|ban hành|văn bản|kế hoạch|chỉ thị|quyết định|thông báo|công văn)/iu;

function dateIn(text: string): string | null {
  const m = NUMERIC_DATE.exec(text) ?? WORDED_DATE.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCDate() === d && check.getUTCMonth() + 1 === mo ? iso : null;
}

/** Reads "trong N ngày (làm việc) kể từ ..." from a time frame's text; null if it is not relative. */
export function readRelative(text: string, issuedOn: string | null): RelativeTerm | null {
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const since = SINCE.exec(text.slice(m.index))?.[1]?.trim() ?? "";
  const from = dateIn(since) ?? (OWN_DATE.test(since) ? issuedOn : null);
  return { days: Number(m[1]), working: Boolean(m[2]), from };
}

/**
 * The last day of a relative term. The anchor day itself is not counted (Bộ luật Dân sự 2015,
 * Điều 147): N working days = the N-th working day after it; N days = N calendar days after it,
 * which the status rules move to the next working day when it is a day off (Điều 148).
 */
export function relativeDue(term: RelativeTerm, cal: WorkingCalendar): string | null {
  if (!term.from) return null;
  return term.working
    ? cal.addWorkingDays(term.from as IsoDate, term.days)
    : addDays(term.from as IsoDate, term.days);
}

/** A reporting duty of the directive, as the parser read it (directive_reporting). */
export interface ReportingDuty {
  /** YYYY-MM-DD, or --MM-DD every year. */
  due: string[];
  frequency: string | string[] | null;
}

/** When work without a deadline of its own is checked: fixed dates and yearly dates (--MM-DD). */
export interface CheckSpec {
  fixed: string[];
  yearly: string[];
}

const QUARTER_ENDS = ["--03-31", "--06-30", "--09-30", "--12-31"];
const FREQUENCY_ENDS: Record<string, string[]> = {
  yearly: ["--12-31"],
  "6-monthly": ["--06-30", "--12-31"],
  quarterly: QUARTER_ENDS,
  monthly: [
    "--01-31",
    "--02-28",
    "--03-31",
    "--04-30",
    "--05-31",
    "--06-30",
    "--07-31",
    "--08-31",
    "--09-30",
    "--10-31",
    "--11-30",
    "--12-31",
  ],
};

/**
 * The checkpoints of work whose document gives no deadline (docs/decisions/task-status-classes.md):
 * the directive's reporting dates when it states them; else the ends of the periods of the reporting
 * frequency it states (a yearly report: 31/12); else, for "thường xuyên", the ends of the quarters.
 * Work with no time frame in a directive that states no reporting either is not checked (null).
 */
export function checkSpecOf(dueKind: string, duties: ReportingDuty[]): CheckSpec | null {
  if (dueKind !== "ongoing" && dueKind !== "none") return null;
  const dates = duties.flatMap((d) => d.due);
  const fixed = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const yearly = dates.filter((d) => /^--\d{2}-\d{2}$/.test(d));
  if (fixed.length || yearly.length)
    return { fixed: [...new Set(fixed)].sort(), yearly: [...new Set(yearly)].sort() };
  const frequencies = duties.flatMap((d) =>
    Array.isArray(d.frequency) ? d.frequency : d.frequency ? [d.frequency] : [],
  );
  const fromFrequency = [...new Set(frequencies.flatMap((f) => FREQUENCY_ENDS[f] ?? []))].sort();
  if (fromFrequency.length) return { fixed: [], yearly: fromFrequency };
  return dueKind === "ongoing" ? { fixed: [], yearly: QUARTER_ENDS } : null;
}

/** A check that happens once is a deadline like any other. */
export const isOneOff = (spec: CheckSpec): boolean => spec.yearly.length === 0 && spec.fixed.length === 1;

/** The concrete checkpoint dates of the years `fromYear`..`toYear` (29/02 is used only in leap years). */
export function checkDates(spec: CheckSpec, fromYear: number, toYear: number): string[] {
  const out = new Set(spec.fixed);
  for (let y = fromYear; y <= toYear; y++)
    for (const md of spec.yearly) {
      const iso = `${y}${md.slice(1)}`;
      if (
        !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
        new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)
      )
        out.add(iso);
    }
  return [...out].sort();
}

/**
 * The reporting period around `today`: from the day after the last checkpoint before today (or
 * three months before the first one) to the first checkpoint on or after today (null when none is
 * left).
 */
export function periodAround(today: string, dates: string[]): { start: string; end: string | null } {
  const end = dates.find((d) => d >= today) ?? null;
  const before = dates.filter((d) => d < today).at(-1);
  const start = before ? addDays(before as IsoDate, 1) : addDays((end ?? today) as IsoDate, -91);
  return { start, end };
}
