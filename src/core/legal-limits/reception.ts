// Minimum reception frequency per leader (Luật Tiếp công dân 42/2013/QH13, Điều 12–15 and 18,
// as amended by Luật 136/2025/QH15 from 01/7/2026), chosen by date, and the check that a
// schedule of reception days meets it. Levels that do not exist on a date (the district level
// after 30/6/2025) have no rule. Pure.
import { addDays, type IsoDate, parseIsoDate, weekday } from "../calendar/index.ts";
import { RECEPTION_RULES } from "./tables/reception.ts";
import type { LegalSource } from "./types.ts";

/** Whose periodic reception the law sets (tiếp công dân định kỳ). */
export type ReceptionLeader =
  | "province-chair" // Chủ tịch UBND cấp tỉnh
  | "district-chair" // Chủ tịch UBND cấp huyện (until 30/6/2025)
  | "commune-chair" // Chủ tịch UBND cấp xã (xã, phường, đặc khu)
  | "agency-head"; // Thủ trưởng cơ quan hành chính nhà nước (sở, bộ ...)

export const RECEPTION_LEADERS: readonly ReceptionLeader[] = [
  "province-chair",
  "district-chair",
  "commune-chair",
  "agency-head",
];

export interface ReceptionRule {
  readonly id: string;
  readonly leader: ReceptionLeader;
  readonly validFrom: IsoDate;
  readonly validUntil?: IsoDate;
  /** At least `days` reception days in each `per`. */
  readonly days: number;
  readonly per: "week" | "month";
  readonly article: string;
  readonly source: LegalSource;
  readonly description: string;
  readonly doubt?: string;
}

export interface ReceptionMinimum {
  readonly rule: string;
  readonly leader: ReceptionLeader;
  readonly days: number;
  readonly per: "week" | "month";
  readonly article: string;
  readonly source: LegalSource;
  readonly description: string;
  readonly doubt?: string;
}

/** The rule for a leader on a date, or null where the law sets none (or the level does not exist). */
export function receptionMinimum(
  leader: ReceptionLeader,
  on: IsoDate,
  rules = RECEPTION_RULES,
): ReceptionMinimum | null {
  const date = parseIsoDate(on);
  const r = rules.find(
    (x) => x.leader === leader && x.validFrom <= date && (x.validUntil === undefined || date <= x.validUntil),
  );
  if (!r) return null;
  const { id, validFrom: _f, validUntil: _u, ...rest } = r;
  return { rule: id, ...rest };
}

/** The leader levels that exist on a date: no district level from 01/7/2025. */
export function receptionLeadersOn(on: IsoDate, rules = RECEPTION_RULES): ReceptionLeader[] {
  return RECEPTION_LEADERS.filter((l) => receptionMinimum(l, on, rules) !== null);
}

export interface ReceptionGap {
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly required: number;
  readonly scheduled: number;
  readonly minimum: ReceptionMinimum;
}

function periodOf(date: IsoDate, per: "week" | "month"): { start: IsoDate; end: IsoDate } {
  if (per === "week") {
    const start = addDays(date, -((weekday(date) + 6) % 7)); // Monday
    return { start, end: addDays(start, 6) };
  }
  const start = `${date.slice(0, 8)}01` as IsoDate;
  const next = addDays(start, 32);
  return { start, end: addDays(`${next.slice(0, 8)}01` as IsoDate, -1) };
}

/**
 * The periods (weeks or months, whole ones within [from, to]) in which `sessionDays` hold fewer
 * distinct days than the minimum in force at the period's start. A period is judged by the rule
 * of its first day, so a month that begins before 01/7/2026 follows the old rule.
 */
export function receptionGaps(
  leader: ReceptionLeader,
  sessionDays: readonly IsoDate[],
  from: IsoDate,
  to: IsoDate,
  rules = RECEPTION_RULES,
): ReceptionGap[] {
  const days = new Set(sessionDays.map(parseIsoDate));
  const gaps: ReceptionGap[] = [];
  let cursor = parseIsoDate(from);
  const last = parseIsoDate(to);
  while (cursor <= last) {
    const min = receptionMinimum(leader, cursor, rules);
    const period = periodOf(cursor, min?.per ?? "week");
    if (min && period.start >= from && period.end <= last) {
      let scheduled = 0;
      for (let d = period.start; d <= period.end; d = addDays(d, 1)) if (days.has(d)) scheduled++;
      if (scheduled < min.days) {
        gaps.push({
          periodStart: period.start,
          periodEnd: period.end,
          required: min.days,
          scheduled,
          minimum: min,
        });
      }
    }
    cursor = addDays(period.end, 1);
  }
  return gaps;
}
