// Numbers and symbols of documents (số, ký hiệu). State: `<n>/<type>-<issuer>` or
// `<n>/<year>/<type>-<issuer>` (Nghị định 30/2020/NĐ-CP, Phụ lục III; Luật Ban hành văn bản quy
// phạm pháp luật); Party: `<n>-<type>/<issuer>` (Hướng dẫn 36-HD/VPTW); công văn: `<n>/<issuer>-<unit>`.

import { canonicalCode } from "./doc-types.ts";
import { fold } from "./text.ts";
import type { System } from "./types.ts";

// A number, an optional year, then segments of letters/digits joined by "/", "-" or "." that hold
// at least one capital letter. Bounded: at most 6 segments of at most 16 characters.
export const SYMBOL_SOURCE =
  "(?<![\\p{L}\\d/-])(\\d{1,6}[a-z]?)(?:\\s?\\/\\s?(\\d{4}))?\\s?([-/])\\s?((?=[\\p{L}\\d.&]{0,16}\\p{Lu})[\\p{L}\\d&]{1,16}(?:[-/.](?:[\\p{L}\\d&]{1,16}))*)";

export function symbolRegex(): RegExp {
  return new RegExp(SYMBOL_SOURCE, "gu");
}

export interface SymbolParts {
  symbol: string;
  number: string;
  year: string | null;
  /** The type abbreviation in the symbol (official spelling), or null (công văn, Luật). */
  code: string | null;
  /** The issuer part of the symbol: "TW", "UBND", "VPCP-V.I". */
  issuerCode: string;
  shape: System;
}

/** Reads one symbol; trailing dots and dashes are not part of it. */
export function parseSymbol(
  number: string,
  year: string | undefined,
  sep: string,
  rest: string,
): SymbolParts | null {
  const tail = rest.replace(/[-/.]+$/u, "");
  if (!/\p{Lu}/u.test(tail)) return null;
  // Dates ("09/11/2022") never reach here: the first segment must hold a capital letter.
  if (/^\d+$/.test(tail.split(/[-/.]/)[0] ?? "")) return null;
  const symbol = `${number}${year ? `/${year}` : ""}${sep}${tail}`;
  if (sep === "-") {
    // Party: 27-NQ/TW, 39-CTrHĐ/TU.
    const slash = tail.indexOf("/");
    if (slash < 0) return null;
    const typePart = tail.slice(0, slash);
    const code = canonicalCode(typePart);
    const fixed = code && code !== typePart ? `${number}-${code}${tail.slice(slash)}` : symbol;
    return {
      symbol: fixed,
      number,
      year: year ?? null,
      code,
      issuerCode: tail.slice(slash + 1),
      shape: "party",
    };
  }
  const dash = tail.indexOf("-");
  const first = dash < 0 ? tail : tail.slice(0, dash);
  const code = dash < 0 ? null : canonicalCode(first);
  // Only a code that is a type name can be repaired; "UBND-VX" stays as written.
  const fixed =
    code && code !== first ? `${number}${year ? `/${year}` : ""}/${code}${tail.slice(dash)}` : symbol;
  return {
    symbol: fixed,
    number,
    year: year ?? null,
    code,
    issuerCode: code ? tail.slice(dash + 1) : tail,
    shape: "state",
  };
}

/** Every symbol in a text, with its position. */
export function findSymbols(text: string): { parts: SymbolParts; index: number; length: number }[] {
  const out: { parts: SymbolParts; index: number; length: number }[] = [];
  for (const m of text.matchAll(symbolRegex())) {
    const parts = parseSymbol(m[1]!, m[2], m[3]!, m[4]!);
    if (!parts) continue;
    // "QH14" after a year ("131/2020/QH14") has no type code and is a law or a resolution.
    out.push({ parts, index: m.index, length: m[0].replace(/[-/.]+$/u, "").length });
  }
  return out;
}

/** Comparison key: case, marks, Đ/D, spaces folded ("39-CTrHD/TU" = "39-CTrHĐ/TU"). */
export function symbolKey(symbol: string): string {
  return fold(symbol).replace(/\s+/g, "");
}

/** The better of two spellings of one symbol: the one with more Vietnamese letters (Đ, Ư). */
export function betterSpelling(a: string, b: string): string {
  const score = (s: string) => (s.match(/[ĐđƯưƠơ]/g) ?? []).length;
  return score(b) > score(a) ? b : a;
}
