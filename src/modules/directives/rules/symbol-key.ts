// The key that finds one document under its many spellings. A cited symbol reaches us through OCR
// and retyping ("12-CTrHD/TU", "12-CTrHĐ/TU", "12 - CTrHĐ/TU"), and the same symbol comes back every
// few years (27-NQ/TW of 2018 and of 2022 are two resolutions), so the key is the folded symbol plus
// the year of issue when it is known: "27-nq/tw@2022", or "27-nq/tw@" for a citation without a date.
import { symbolKey as foldedSymbol } from "../../../parser/symbols.ts";

/** The folded symbol: case, marks, Đ/D and spaces ignored; "CTrHĐ" (chương trình hành động) read as "CTr". */
export function symbolBase(symbol: string): string {
  return foldedSymbol(symbol).replace(/(?<=^\d+[a-z]?-)ctrhd(?=\/)/u, "ctr");
}

export function directiveKey(symbol: string, issuedOn: string | null): string {
  return `${symbolBase(symbol)}@${issuedOn?.slice(0, 4) ?? ""}`;
}

export const baseOfKey = (key: string): string => key.slice(0, key.lastIndexOf("@"));
export const yearOfKey = (key: string): string | null => key.slice(key.lastIndexOf("@") + 1) || null;

export interface KeyedDirective {
  id: string;
  symbolKey: string | null;
  status: "stub" | "draft" | "confirmed";
  issuedOn: string | null;
}

/**
 * Which known document a symbol (with the year when known) names, among the rows that share its
 * folded symbol. A year must agree when both sides have one; without a year the match must be
 * unambiguous, else the latest confirmed document wins (later documents cite the current one).
 */
export function matchDirective<T extends KeyedDirective>(
  symbol: string,
  year: string | null,
  candidates: readonly T[],
): T | null {
  const base = symbolBase(symbol);
  const same = candidates.filter((c) => c.symbolKey && baseOfKey(c.symbolKey) === base);
  if (year) {
    return (
      same.find((c) => yearOfKey(c.symbolKey!) === year) ??
      same.find((c) => yearOfKey(c.symbolKey!) === null) ??
      null
    );
  }
  if (same.length <= 1) return same[0] ?? null;
  const rank = (c: T) => (c.status === "confirmed" ? 2 : c.status === "draft" ? 1 : 0);
  return [...same].sort(
    (a, b) => rank(b) - rank(a) || (b.issuedOn ?? "").localeCompare(a.issuedOn ?? ""),
  )[0]!;
}

/** Where the web app shows a directive (given in 409 answers so a client can link to the existing one). */
export const directiveLink = (id: string): string => `/directives/${id}`;
