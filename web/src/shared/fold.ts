// The server's folding (src/core/text/fold.ts, bundled by Vite), so that the tree filters as the
// API searches: lower case, no diacritics, đ→d, punctuation to spaces. "go vap" finds "Gò Vấp".
import { foldVietnamese } from "../../../src/core/text/fold.ts";

export { foldVietnamese };

/** The folded words of a query. */
export const queryWords = (query: string): string[] => foldVietnamese(query).split(" ").filter(Boolean);

/** True when every word occurs in the folded haystack (pass it folded once, test many queries). */
export const matchesWords = (foldedHaystack: string, words: string[]): boolean =>
  words.every((w) => foldedHaystack.includes(w));

/** Sorting that reads Vietnamese and numbers ("Phường 2" before "Phường 10"). */
export const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
