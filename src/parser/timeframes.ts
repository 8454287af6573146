// Extractor `timeframes`: "Thời gian thực hiện: ..." and deadlines written in an item → {kind,
// text, due}. A deadline beats a period, a period beats a relative term, which beats "thường
// xuyên". `due` is the last day allowed; a year that is not written is never guessed.

import { addDays, findDates, lastDayOfMonth, quarterEnd } from "./dates.ts";
import type { Timeframe } from "./types.ts";

export const UNSPECIFIED: Timeframe = { kind: "unspecified", text: "", due: null };

const DEADLINE_LEAD =
  /(?:trước|chậm nhất|hạn chót|hoàn thành|không quá|xong|đến hết|trong)\s+(?:là\s+|vào\s+|trước\s+)?(?:ngày\s+)?$/iu;
const QUARTER = /quý\s+(IV|I{1,3}|[1-4])(?:\s*(?:năm|\/)\s*(\d{4}))?/iu;
const HALF = /(6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?/iu;
const MONTH = /(?<!\d\s)tháng\s+(\d{1,2})(?:\s*(?:năm|\/)\s*(\d{4}))/iu;
const YEAR_RANGE = /(?:giai đoạn|từ năm|năm)\s+\d{4}\s*[-–]\s*(\d{4})|(?:đến|tới)\s+năm\s+(\d{4})/iu;
const YEAR = /năm\s+(\d{4})/iu;
const RELATIVE =
  /(?:trong(?:\s+vòng)?|sau|chậm nhất(?:\s+là)?)\s+(\d{1,3})\s+ngày(?:\s+làm việc)?(?:\s*,?\s*kể\s+từ\s+(?:ngày\s+)?([^,;.]{0,60}))?/iu;
const ONGOING =
  /thường xuyên|hằng năm|hàng năm|hằng tháng|hàng tháng|hằng quý|hàng quý|định kỳ|liên tục|lâu dài|suốt/iu;
/** "Năm 2025 và các năm tiếp theo", "từ năm 2026 trở đi": work that starts and does not end. */
const OPEN_ENDED = /các năm (?:tiếp theo|sau)|những năm tiếp theo|trở đi/iu;
/** Recurrence words that make the whole frame recurrent, whatever first period it names. */
const RECURRING = /(?<![\p{L}])(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)(?![\p{L}])|định kỳ|thường xuyên/iu;
/** An open-ended run of years written in a task's text. */
const OPEN_ENDED_YEAR =
  /(?:từ\s+)?năm\s+\d{4}\s+(?:và\s+)?(?:các|những)\s+năm\s+(?:tiếp theo|sau)|từ\s+(?:năm\s+)?\d{4}\s+trở\s+đi/iu;
const YEARLESS_QUARTER_CONTEXT = /năm\s+(?:trước|sau|tiếp theo|liền kề)|hằng năm|hàng năm/iu;

function clip(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}

/** "trong 30 ngày kể từ ngày ký": due only when the start date is written. */
function relative(rel: RegExpExecArray, t: string, whole: boolean): Timeframe {
  const startDate = rel[2] ? findDates(rel[2])[0]?.value : null;
  const due = startDate && !startDate.startsWith("--") ? addDays(startDate, Number(rel[1])) : null;
  return { kind: "relative", text: clip(whole ? t : rel[0]), due };
}

/**
 * Reads a timeframe from a time line's value (`whole`: the value is all about time) or from an
 * item's text (only deadlines, periods with a year and relative terms count there).
 */
export function readTimeframe(text: string, whole: boolean): Timeframe {
  const t = text.length > 3000 ? text.slice(0, 3000) : text;
  const rel = RELATIVE.exec(t);
  if (rel?.[2]) return relative(rel, t, whole);
  const dates = findDates(t);
  // "Quý IV/2025 và các năm tiếp theo", "Từ ngày 01/3/2025 và hằng năm": a first period or start of
  // work that goes on; its end is not a due date (the work would be overdue the day it is assigned).
  // A deadline written as one ("hoàn thành trước 31/12/2025, sau đó thường xuyên") still counts.
  const deadlineWritten = dates.some((d) => DEADLINE_LEAD.test(t.slice(Math.max(0, d.index - 30), d.index)));
  if (whole && !deadlineWritten && (OPEN_ENDED.test(t) || RECURRING.test(t)))
    return { kind: "ongoing", text: clip(t), due: null };
  for (const d of dates) {
    const before = t.slice(Math.max(0, d.index - 30), d.index);
    if (whole || DEADLINE_LEAD.test(before)) {
      if (!d.value) continue;
      const start = Math.max(0, t.lastIndexOf(" ", Math.max(0, d.index - 20)));
      return { kind: "deadline", text: clip(whole ? t : t.slice(start, d.index + d.length)), due: d.value };
    }
  }
  const q = QUARTER.exec(t);
  if (q && (whole || q[2])) {
    const year = q[2] ? Number(q[2]) : null;
    const due = year ? quarterEnd(q[1]!, year) : null;
    return {
      kind: "period",
      text: clip(whole ? t : q[0]),
      due: YEARLESS_QUARTER_CONTEXT.test(t) && !year ? null : due,
    };
  }
  const h = HALF.exec(t);
  if (h && (whole || h[3])) {
    const year = h[3] ? Number(h[3]) : null;
    const due = year ? (h[2]!.toLowerCase() === "đầu" ? `${year}-06-30` : `${year}-12-31`) : null;
    return { kind: "period", text: clip(whole ? t : h[0]), due };
  }
  const m = MONTH.exec(t);
  if (m) {
    const mo = Number(m[1]);
    const due = mo >= 1 && mo <= 12 ? lastDayOfMonth(Number(m[2]), mo) : null;
    return { kind: "period", text: clip(whole ? t : m[0]), due };
  }
  if (rel) return relative(rel, t, whole);
  // In a task's words: "thực hiện từ năm 2025 và các năm tiếp theo".
  if (!whole && OPEN_ENDED_YEAR.test(t)) {
    const m = OPEN_ENDED_YEAR.exec(t)!;
    return { kind: "ongoing", text: clip(m[0]), due: null };
  }
  // A time cell of a table that holds only a year or a range of years: "2026", "2025 - 2030".
  const bare = whole ? /^\s*(?:\d{4}\s*[-–]\s*)?(\d{4})\s*\.?\s*$/u.exec(t) : null;
  if (bare) return { kind: "period", text: clip(t), due: `${bare[1]}-12-31` };
  const range = YEAR_RANGE.exec(t);
  if (range && whole) return { kind: "period", text: clip(t), due: `${range[1] ?? range[2]}-12-31` };
  if (whole && ONGOING.test(t)) return { kind: "ongoing", text: clip(t), due: null };
  const y = YEAR.exec(t);
  if (y && whole) return { kind: "period", text: clip(t), due: `${y[1]}-12-31` };
  if (whole && t.trim()) return { kind: "unspecified", text: clip(t), due: null };
  return UNSPECIFIED;
}
