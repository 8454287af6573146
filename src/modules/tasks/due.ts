// Due dates as the documents state them. A date is kept as written; a period's due date is its last
// day (the parser gives it); "thường xuyên" has none and is checked at every reporting period; a
// relative term ("trong 15 ngày làm việc kể từ ngày ký") is counted on the working-day calendar.
// Pure: the calendar and the anchor dates are arguments.
import { addDays, endOfPeriod, type IsoDate, type WorkingCalendar } from "../../core/calendar/index.ts";

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

/**
 * Reporting checkpoints for ongoing work ("thường xuyên"): the directive's reporting dates when it
 * states them (YYYY-MM-DD, or --MM-DD every year), else the end of each quarter. Returns the first
 * checkpoint on or after `today` and the one before it (the start of the current period).
 */
export function currentCheckpoint(today: string, reportingDues: string[]): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const candidates = new Set<string>();
  for (const y of [year - 1, year, year + 1]) {
    const yearly = reportingDues.filter((d) => d.startsWith("--")).map((d) => `${y}${d.slice(1)}`);
    const fixed = reportingDues.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d.startsWith(String(y)));
    const dates = yearly.length + fixed.length ? [...yearly, ...fixed] : quarterEnds(y);
    for (const d of dates) candidates.add(d);
  }
  const sorted = [...candidates].sort();
  const end = sorted.find((d) => d >= today) ?? quarterEnds(year + 1)[0]!;
  const before = sorted.filter((d) => d < end).at(-1) ?? `${year - 1}-12-31`;
  return { start: addDays(before as IsoDate, 1), end };
}

const quarterEnds = (year: number): string[] =>
  ([1, 2, 3, 4] as const).map((quarter) => endOfPeriod({ kind: "quarter", year, quarter }));
