// Small string helpers shared by the stages: case tests, sentence splitting. Folding for comparison
// is the core's (core/text/fold.ts), the same the search and the unit mapping use.
import { foldMarks } from "../core/text/fold.ts";

/** Lower case without diacritics, đ→d: the parser's name for the core's foldMarks. */
export const fold = foldMarks;

/** Lower case with diacritics kept. */
export function lower(s: string): string {
  return s.toLocaleLowerCase("vi");
}

export function upperFirst(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) : s;
}

/** True when the text has letters and none of them is lower case. */
export function isCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch === ch.toLowerCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** True when the share of upper-case letters is high (a heading with one OCR lower-case letter). */
export function mostlyCaps(s: string, ratio = 0.85): boolean {
  let up = 0;
  let all = 0;
  for (const ch of s) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      all++;
      if (ch !== ch.toLowerCase()) up++;
    }
  }
  return all >= 3 && up / all >= ratio;
}

export function startsLower(s: string): boolean {
  const ch = s.trimStart().charAt(0);
  return ch !== "" && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function startsUpper(s: string): boolean {
  const ch = s.trimStart().charAt(0);
  return ch !== "" && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function collapseSpaces(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, " ").trim();
}

/** Trims spaces and the punctuation that closes a list item (";", ",", "." but not "./." inside). */
export function trimItem(s: string): string {
  return s
    .trim()
    .replace(/[\s;,.:]+$/u, "")
    .trim();
}

/**
 * Splits a paragraph into sentences at ". " / "; " followed by an upper-case letter, without
 * splitting abbreviations like "TP. Hồ Chí Minh" (a dot after 1–3 upper-case letters).
 */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /(?<!(?:^|[\s(])(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}|\d{1,2}))[.;!?](?=\s+["“(]?\p{Lu})/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + 1;
    const piece = text.slice(start, end).trim();
    if (piece) out.push({ text: piece, start });
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, start });
  return out;
}
