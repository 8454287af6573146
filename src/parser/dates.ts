// Vietnamese date phrases → ISO dates. Pure: a year that is not written is never guessed.

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][m - 1]!;
}

export function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function lastDayOfMonth(y: number, m: number): string {
  return iso(y, m, daysInMonth(y, m));
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export interface FoundDate {
  /** `YYYY-MM-DD`, `--MM-DD` when the year is not written, or null when the date does not exist. */
  value: string | null;
  index: number;
  length: number;
  text: string;
}

// "05 tháng 10 năm 2023", "5 tháng 5", "30/7/2023", "30-7-2023", "05/5". Bounded repeats only.
const DATE_RE =
  /(?<!\d)(\d{1,2})\s*(?:tháng|thg)\s*(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)|(?<![\d/])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\5(\d{4}))?(?![\d/])/giu;

/** Every day-month(-year) date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const d = Number(m[1] ?? m[4]);
    const mo = Number(m[2] ?? m[6]);
    const yText = m[3] ?? m[7];
    // "1.2" or "3-4" without a year is a list number or a range, not a date.
    if (m[4] && !yText && m[5] !== "/") continue;
    if (
      m[4] &&
      !yText &&
      !/ngày\s*$|trước\s*$|đến\s*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    let value: string | null;
    if (yText) {
      const y = Number(yText);
      value = isValidDate(y, mo, d) ? iso(y, mo, d) : null;
    } else value = isValidDate(2000, mo, d) ? `--${pad(mo)}-${pad(d)}` : null;
    out.push({ value, index: m.index, length: m[0].length, text: m[0] });
  }
  return out;
}

/** The date right after "ngày" at the start of `text` (citations: "số X ngày 07/9/2023"). */
export function dateAfterNgay(text: string): FoundDate | null {
  const m = /^\s*,?\s*(?:ban hành\s+)?ngày\s+/iu.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length, m[0].length + 40);
  const found = findDates(`ngày ${rest}`)[0];
  return found?.index === 5 ? found : null;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** "Quý IV năm 2024", "quý 4/2024" → last day of the quarter; null year → null. */
export function quarterEnd(q: string, year: number | null): string | null {
  const n = ROMAN[q.toUpperCase()] ?? Number(q);
  if (!year || !(n >= 1 && n <= 4)) return null;
  return lastDayOfMonth(year, n * 3);
}
