// Zod shapes that several modules' contracts share, so that a date, a text, a number or an edit's
// version is written and checked the same way in every API: one validation layer, so that bad
// input gets a Vietnamese 400 before it can reach the database (and never a 500 there). Imports
// only zod and core (contracts stay free of the database, and the web app may import them).
import { z } from "zod";
import { isIsoDate } from "../../core/calendar/iso-date.ts";
import { hasControlCharacter, stripControlCharacters } from "../../core/text/control.ts";

// ---------- dates ----------
/** The days work is dated in: deadlines, completions, reports, holiday schedules, filters. */
export const WORK_DATES = { from: "2000-01-01", to: "2100-12-31" } as const;
/**
 * The days history is dated in: a document's issue date, a body's founding and its reorganisations
 * (an older decree or a ward founded in 1976 is real). No contract holds a birth date.
 */
export const HISTORY_DATES = { from: "1900-01-01", to: "2100-12-31" } as const;

const vnDate = (d: string) => d.split("-").reverse().join("/");

/** A real calendar day `YYYY-MM-DD` (no 2026-02-30, no month 13) between two days, inclusive. */
export function dateBetween(range: { from: string; to: string }) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD")
    .refine((d): boolean => isIsoDate(d), { message: "Ngày không có trên lịch", abort: true })
    .refine((d) => d >= range.from && d <= range.to, {
      message: `Ngày phải từ ${vnDate(range.from)} đến ${vnDate(range.to)}`,
    });
}

/** A calendar day of work as the API writes it (a Vietnam date, no time), 2000–2100. */
export const isoDate = dateBetween(WORK_DATES);
/** A calendar day in the history of documents and bodies, 1900–2100. */
export const historicDate = dateBetween(HISTORY_DATES);

// ---------- texts ----------
// Two kinds of text, so that a control character (PostgreSQL refuses U+0000) never reaches the
// database: a name, a code, a title is one line and refuses them all with a message, because
// silently changing what identifies something would surprise; a long text (a report, a note, an
// imported document) keeps its lines and tabs and loses the other control characters, which a
// paste from another program may carry without the writer seeing them.

/** One line (a name, a code, a search): trimmed, at most `max` characters, no control character. */
export function line(max: number, min = 0, tooShort = `Cần ít nhất ${min} ký tự`) {
  return z
    .string()
    .trim()
    .max(max, `Tối đa ${max.toLocaleString("vi-VN")} ký tự`)
    .refine((s) => !hasControlCharacter(s), "Không được chứa ký tự điều khiển (như ký tự NUL)")
    .refine((s) => s.length >= min, tooShort);
}

/** A long text: trimmed, control characters but line feeds and tabs dropped, at most `max` characters. */
export function longText(max: number, min = 0, tooShort = `Cần ít nhất ${min} ký tự`) {
  return z
    .string()
    .transform((s) => stripControlCharacters(s).trim())
    .pipe(
      z
        .string()
        .max(max, `Tối đa ${max.toLocaleString("vi-VN")} ký tự`)
        .min(min, tooShort),
    );
}

/** A search's words (diacritics are ignored by the query): control characters dropped. */
export const searchText = (max: number) =>
  z
    .string()
    .transform((s) =>
      stripControlCharacters(s)
        .replace(/[\n\t]/g, " ")
        .trim(),
    )
    .pipe(z.string().max(max, `Tối đa ${max} ký tự`));

// ---------- numbers ----------
/** The largest value of a PostgreSQL integer (int4) column. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole number from JSON, or from a form's or an address's text when it is only decimal digits:
 * never from `true`, `[50]`, `""` or `1e3`, which a plain coercion would turn into a number.
 */
export function wholeNumber(min: number, max: number, message = `Phải là số nguyên từ ${min} đến ${max}`) {
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .regex(/^\d{1,16}$/, message)
          .transform(Number),
      ],
      { error: message },
    )
    .pipe(z.number().int(message).min(min, message).max(max, message));
}

/** The version of a record an edit was based on: a stale one is refused, so edits never overwrite each other. */
export const editVersion = z.number().int().positive().max(INT4_MAX, "Số phiên bản không hợp lệ");
/** The same, from a form's text field or an address (a multipart form's fields are text). */
export const formVersion = wholeNumber(1, INT4_MAX, "Thiếu hoặc sai số phiên bản");
/** A share of work done: a whole number 0–100. */
export const percent = wholeNumber(0, 100, "Tỷ lệ từ 0 đến 100, là số nguyên");

// ---------- answers ----------
/** Text an answer may leave empty. */
export const nullableText = z.string().nullable();

/** A count in an answer. */
export const count = z.number();

/** The fields of an answer made of counts, one per name, in the order given. */
export function countFields<const K extends string>(...names: K[]): { [P in K]: typeof count } {
  return Object.fromEntries(names.map((name) => [name, count])) as { [P in K]: typeof count };
}
