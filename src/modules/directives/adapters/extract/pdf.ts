// The text layer of a PDF (pdfjs-dist, legacy build for Node). Lines are rebuilt from text items
// by their y position; a wide gap on a line separates two columns (the header's two blocks);
// consecutive lines of one paragraph are joined when the first fills the text width.

import type { Diagnostic } from "../../../../parser/types.ts";
import type { Extracted } from "./decode.ts";

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface PdfLine {
  y: number;
  x: number;
  right: number;
  h: number;
  text: string;
}

function toLines(items: Item[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - it.y) <= Math.max(2, row[0]!.h * 0.5)) row.push(it);
    else rows.push([it]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfLine | null = null;
    for (const it of row) {
      const gap = current ? it.x - current.right : 0;
      if (current && gap > Math.max(it.h, 6) * 3) {
        lines.push(current);
        current = null;
      }
      if (!current) current = { y: it.y, x: it.x, right: it.x + it.w, h: it.h, text: it.str };
      else {
        const space = gap > it.h * 0.15 && !current.text.endsWith(" ") && !it.str.startsWith(" ") ? " " : "";
        current.text += space + it.str;
        current.right = it.x + it.w;
      }
    }
    if (current) lines.push(current);
  }
  return lines;
}

/** Joins the lines of one paragraph: a line that reaches the right margin continues below. */
function paragraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const right = Math.max(...lines.map((l) => l.right));
  const left = Math.min(...lines.map((l) => l.x));
  const out: string[] = [];
  let prev: PdfLine | null = null;
  for (const l of lines) {
    const full = prev && prev.right >= right - Math.max(prev.h, 8) * 2.5 && prev.x <= left + prev.h * 4;
    const close = prev && prev.y - l.y <= prev.h * 1.9;
    const indented = l.x > left + l.h * 1.2;
    const marker = /^\s*(?:[-–+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,5}[.-])\s/u.test(l.text);
    if (prev && full && close && !indented && !marker && !/[.:;]$/.test(out.at(-1) ?? ""))
      out[out.length - 1] += ` ${l.text.trim()}`;
    else {
      if (prev && !close) out.push("");
      out.push(l.text.trim());
    }
    prev = l;
  }
  return out;
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const diagnostics: Diagnostic[] = [];
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const pageItems: Item[] = [];
    for (const it of content.items) {
      if (!("str" in it)) continue;
      pageItems.push({
        str: it.str,
        x: it.transform[4],
        y: it.transform[5],
        w: it.width,
        h: it.height || Math.abs(it.transform[3]),
      });
    }
    items += pageItems.length;
    pages.push(paragraphs(toLines(pageItems)).join("\n"));
    page.cleanup();
  }
  await doc.destroy();
  if (items === 0)
    diagnostics.push({
      line: 0,
      severity: "error",
      message: "Tệp PDF không có lớp văn bản (bản quét ảnh): cần nhận dạng ký tự (OCR) trước khi phân tích",
    });
  return { text: pages.join("\n\n"), diagnostics };
}
