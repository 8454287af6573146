// Periods of the statistics, by due date: a year "2026", a half "2026-H1", a quarter "2026-Q3".
// Pure.
import { STAT_PERIOD } from "../contract.ts";

export interface StatPeriod {
  key: string;
  start: string;
  end: string;
}

const LAST_DAY = ["03-31", "06-30", "09-30", "12-31"];
const FIRST_DAY = ["01-01", "04-01", "07-01", "10-01"];

export function statPeriod(key: string): StatPeriod | null {
  const m = STAT_PERIOD.exec(key);
  if (!m) return null;
  const y = m[1]!;
  const part = m[2];
  if (!part) return { key, start: `${y}-01-01`, end: `${y}-12-31` };
  const n = Number(part.slice(1));
  if (part[0] === "H")
    return { key, start: `${y}-${FIRST_DAY[(n - 1) * 2]}`, end: `${y}-${LAST_DAY[n * 2 - 1]}` };
  return { key, start: `${y}-${FIRST_DAY[n - 1]}`, end: `${y}-${LAST_DAY[n - 1]}` };
}

/** The quarter key of a number year × 10 + quarter (20263 → "2026-Q3"), as queries.ts groups them. */
export const quarterKey = (yq: number): string => `${Math.floor(yq / 10)}-Q${yq % 10}`;

/** The periods offered by the filter: from next year back to three years ago, each year, halves, quarters. */
export function periodChoices(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const out: string[] = [];
  for (let y = year + 1; y >= year - 3; y--)
    out.push(`${y}`, `${y}-H1`, `${y}-H2`, ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`));
  return out;
}
