// How much of a document the importer reads. An upload is at most 20 MB, but a few KB of zip can
// unpack to gigabytes and a text of millions of short lines makes the parser's work grow faster than
// its length, so the content is measured before it is read. Each cap is many times the largest real
// directive (the demo's seeds are 100–200 lines, 12–41 KB; a 200-page plan is about 8,000 lines and its
// word/document.xml 2–4 MiB) and low enough that reading stays within seconds and a few hundred MB.

/** Inflated size of one XML part of a .docx (mammoth needs ~150 MB and ~2 s per MiB of dense XML). */
export const MAX_XML_PART_BYTES = 6 * 2 ** 20;
/** Inflated size of all XML parts of a .docx together (styles, numbering, notes beside the body). */
export const MAX_XML_TOTAL_BYTES = 12 * 2 ** 20;
/** Declared inflated size of the whole zip (pictures included, which are never unpacked). */
export const MAX_ZIP_TOTAL_BYTES = 64 * 2 ** 20;
/** Entries of the zip: a .docx has a few dozen. */
export const MAX_ZIP_ENTRIES = 2_000;
/** Paragraphs of a .docx body; lines of the extracted text. */
export const MAX_PARAGRAPHS = 15_000;
export const MAX_LINES = 15_000;
/** Characters of the extracted text (about 400 pages). */
export const MAX_CHARS = 1_000_000;
/** Tasks and responsibilities a parse may make into draft rows. */
export const MAX_TASKS = 2_000;

export type LimitKind = "too-large" | "unreadable";

/** A document refused for its size or shape: 413 (too large) or 422 (unreadable) to the official. */
export class DocumentLimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    message: string,
  ) {
    super(message);
  }
}

export const tooLargeDocument = (what: string) =>
  new DocumentLimitError("too-large", `Văn bản quá lớn để nhập: ${what}.`);

const fmt = (n: number) => n.toLocaleString("vi-VN");
const mib = (n: number) => `${Math.round(n / 2 ** 20)} MiB`;

/** Refuses a text with more characters or lines than a directive has. */
export function checkText(text: string): void {
  if (text.length > MAX_CHARS)
    throw tooLargeDocument(`${fmt(text.length)} ký tự, quá giới hạn ${fmt(MAX_CHARS)} ký tự`);
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    if (++lines > MAX_LINES) throw tooLargeDocument(`hơn ${fmt(MAX_LINES)} dòng`);
}

export const limitText = { fmt, mib };
