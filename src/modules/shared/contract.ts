// Zod shapes that several modules' contracts share, so that a date, an edit's version or a row of
// counts is written and checked the same way in every API. Imports only zod (contracts stay free of
// the database, and the web app may import them).
import { z } from "zod";

/** A calendar day as the API writes it (a Vietnam date, no time). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD");

/** The version of a record an edit was based on: a stale one is refused, so edits never overwrite each other. */
export const editVersion = z.number().int().positive();

/** Text an answer may leave empty. */
export const nullableText = z.string().nullable();

/** A count in an answer. */
export const count = z.number();

/** The fields of an answer made of counts, one per name, in the order given. */
export function countFields<const K extends string>(...names: K[]): { [P in K]: typeof count } {
  return Object.fromEntries(names.map((name) => [name, count])) as { [P in K]: typeof count };
}
