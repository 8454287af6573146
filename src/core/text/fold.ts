// Folding Vietnamese text for search and matching: "Gò Vấp" and "go vap" must meet.
// Also repairs the two extraction artefacts seen in real PDFs (ƣ for ư, Ð for Đ) before folding.

/** NFC, with the PDF-extraction look-alikes replaced by the real Vietnamese letters. */
export function normalizeVietnamese(text: string): string {
  return text.normalize("NFC").replace(/ƣ/g, "ư").replace(/Ƣ/g, "Ư").replace(/Ð/g, "Đ").replace(/ð/g, "đ");
}

/**
 * Lower case without diacritics, đ→d, everything else kept: for comparing words whatever OCR or
 * typing did to their marks, where spacing and punctuation still matter (the parser's stages).
 */
export function foldMarks(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC");
}

/** Lower case, no diacritics, đ→d, punctuation to spaces, single spaces: the key for search. */
export function foldVietnamese(text: string): string {
  return foldMarks(normalizeVietnamese(text))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when every word of `query` (folded) starts a word of, or occurs in, `text` (folded). */
export function matchesQuery(text: string, query: string): boolean {
  const hay = ` ${foldVietnamese(text)} `;
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  return words.every((w) => hay.includes(w));
}
