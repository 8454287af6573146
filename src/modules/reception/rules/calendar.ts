// The reception calendar's check: which weeks or months hold fewer days of the head's periodic
// reception than the law's minimum for that level on that date (core/legal-limits). Only regular
// sessions that the head of the body leads in person count — an ad hoc session (đột xuất) is owed
// on top of the periodic ones, and the law does not let a deputy stand in (reference C6). It
// warns, it never refuses: a body may plan its days and fill them later. Pure.
import type { IsoDate } from "../../../core/calendar/index.ts";
import {
  type ReceptionLeader,
  type ReceptionMinimum,
  receptionGaps,
  receptionMinimum,
} from "../../../core/legal-limits/index.ts";

export interface CountedSession {
  date: string;
  kind: "regular" | "ad_hoc";
  headReceives: boolean;
}

export interface CalendarGap {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  required: number;
  scheduled: number;
  article: string;
  message: string;
}

const vn = (d: string) => d.split("-").reverse().join("/");
const PER = { week: "tuần", month: "tháng" } as const;

/** The days that count to the minimum. */
export const countedDays = (sessions: readonly CountedSession[]): IsoDate[] =>
  sessions.filter((s) => s.kind === "regular" && s.headReceives).map((s) => s.date as IsoDate);

export function calendarGaps(
  leader: ReceptionLeader | null,
  sessions: readonly CountedSession[],
  from: IsoDate,
  to: IsoDate,
): CalendarGap[] {
  if (!leader) return [];
  return receptionGaps(leader, countedDays(sessions), from, to).map((g) => ({
    periodStart: g.periodStart,
    periodEnd: g.periodEnd,
    required: g.required,
    scheduled: g.scheduled,
    article: g.minimum.article,
    message:
      `Từ ${vn(g.periodStart)} đến ${vn(g.periodEnd)} mới có ${g.scheduled} ngày người đứng đầu tiếp công dân định kỳ; ` +
      `luật yêu cầu ít nhất ${g.required} ngày mỗi ${PER[g.minimum.per]} (${g.minimum.article}).`,
  }));
}

/** The distinct minimums in force over [from, to] (two when the range crosses 01/7/2026). */
export function minimumsBetween(
  leader: ReceptionLeader | null,
  from: IsoDate,
  to: IsoDate,
): ReceptionMinimum[] {
  if (!leader) return [];
  const out: ReceptionMinimum[] = [];
  for (const on of [from, to]) {
    const m = receptionMinimum(leader, on);
    if (m && !out.some((x) => x.rule === m.rule)) out.push(m);
  }
  return out;
}
