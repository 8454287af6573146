// Part of stage `normalise`: re-splits a document that arrived as ONE line (text copied from a
// PDF viewer loses its line breaks) at the places where a line must have begun: header parts,
// Roman headings, numbered and lettered items, bullets, "Nơi nhận:", the signing authority.

import { DOC_TYPE_NAMES_CAPS } from "./doc-types.ts";

/** A line this long with several list markers inside is a whole document or section flattened. */
const LONG_LINE = 1200;

const PAGE_MARKER = /-{3,}\s*Page\s*(\d+)\s*-{3,}(?:\s+(\d{1,3})(?=\s))?/giu;

/** Removes "----- Page 2-----" markers, and the page number printed right after one. */
export function removePageMarkers(text: string): string {
  return text.replace(PAGE_MARKER, (_m, page: string, num: string | undefined) =>
    num !== undefined && num !== page ? ` ${num} ` : " ",
  );
}

const MOTTO = /Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/u;

// Each rule gives the position where a new line starts. Lookbehinds keep them cheap and linear.
const BREAK_RULES: RegExp[] = [
  /\s(?=Nơi nhận\s*:)/gu,
  /\s(?=(?:TM|KT|TL|TUQ)\.\s*\p{Lu}|[TK]\/M\s+\p{Lu}|K\/T\s+\p{Lu})/gu,
  /\s(?=ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM)/gu,
  /\s(?=Độc lập\s*[-–]\s*Tự do)/gu,
  /\s(?=Số\s*:?\s*\d{1,6}[-/])/gu,
  /\s(?=V\/v\s)/gu,
  // "Hà Tĩnh, ngày 14 tháng 3 năm 2024": the place starts the line.
  /(?<!\p{Ll})\s(?=(?:TP\.\s?)?(?:\p{Lu}\p{Ll}[\p{L}.]*\s){0,3}\p{Lu}\p{Ll}[\p{L}.]*,\s*ngày\s+\d)/gu,
  // Roman heading: "II- NHIỆM VỤ" (the heading text is in capitals).
  /\s(?=[IVX]{1,5}\s*[-.–]\s*[\p{Lu}\d"“][\p{Lu}\d ,;"“”]{3})/gu,
  // Numbered item after a sentence end or a capitals heading: ". 2. Bảo đảm".
  /(?<=[.:;!?…”"]|\p{Lu}{2})\s+(?=\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s+["“]?\p{Lu})/gu,
  /(?<=[.:;])\s+(?=[a-zđ]\)\s+\p{Lu})/gu,
  // Bullet: " - Tăng cường" (never "chính trị - xã hội": the next word is lower case).
  /\s(?=[-–•+]\s+["“]?\p{Lu}\p{Ll})/gu,
  /\s(?=-{3,}(?:\s|$))/gu,
];

/** True when the line looks like a whole document or section written on one line. */
export function needsResplit(line: string): boolean {
  if (line.length < LONG_LINE) return false;
  let markers = 0;
  for (const _ of line.matchAll(/[.:;]\s+(?:\d{1,2}\.|[IVX]{1,4}[-.])\s+\p{Lu}/gu)) {
    if (++markers >= 3) return true;
  }
  return false;
}

/** Re-splits one flattened line into lines. Quoted spans (“...”) are never split. */
export function resplitLine(line: string): string[] {
  const motto = MOTTO.exec(line);
  const protectedSpans: [number, number][] = [];
  if (motto) protectedSpans.push([motto.index, motto.index + motto[0].length]);
  for (const m of line.matchAll(/“[^”]{0,400}”/gu)) protectedSpans.push([m.index, m.index + m[0].length]);
  const cuts = new Set<number>();
  for (const rule of BREAK_RULES) {
    for (const m of line.matchAll(rule)) {
      const at = m.index + m[0].length;
      if (!protectedSpans.some(([a, b]) => at > a && at < b)) cuts.add(at);
    }
  }
  // A type name in capitals ("CHƯƠNG TRÌNH thực hiện...") is a line of its own.
  const typeRe = new RegExp(`(?<=\\s|^)(?:${DOC_TYPE_NAMES_CAPS.join("|")})(?=\\s+[\\p{Ll}"“V])`, "gu");
  for (const m of line.matchAll(typeRe)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const positions = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const at of positions) {
    if (at <= start) continue;
    out.push(line.slice(start, at).trim());
    start = at;
  }
  out.push(line.slice(start).trim());
  return out.flatMap((l) => {
    const sep = /^-{3,}\s*/.exec(l);
    if (sep) return ["", l.slice(sep[0].length)];
    return l.startsWith("Nơi nhận") ? ["", l] : [l];
  });
}
