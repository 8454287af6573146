// Stage `normalise`: raw text → NormalisedText (one string, "\n" between lines). Repairs what PDF
// extraction, OCR and Markdown conversion do to a document, only where the intent is certain:
// legacy code points, page markers and page numbers, Markdown emphasis and headings, words glued
// to numbers, a document flattened onto one line, and lines broken inside a sentence.

import { bodyKindOf } from "./bodies.ts";
import { typeNameOf } from "./doc-types.ts";
import { GrowingLine } from "./growing-line.ts";
import { needsResplit, removePageMarkers, resplitLine } from "./resplit.ts";
import { isCaps, mostlyCaps, startsLower } from "./text.ts";

/** The text every later stage reads; its line numbers are the ones reported in results. */
export type NormalisedText = string;

/** Code points that PDF fonts and OCR emit instead of Vietnamese letters. */
function repairCodePoints(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, "")
    .replace(/[\u00a0\t\u2002-\u200a\u202f\u3000]/g, " ")
    .normalize("NFC")
    .replace(/ƣ/g, "ư")
    .replace(/Ƣ/g, "Ư")
    .replace(/Ð/g, "Đ")
    .replace(/ð/g, "đ")
    .replace(/\u2026/g, "...");
}

/** Markdown from converted Word or web pages: headings, emphasis, escapes, stray table bars. */
function stripMarkdown(line: string): string {
  let s = line.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^\s{0,3}>\s?/, "");
  s = s.replace(/\\([.\-*_#+()[\]|!])/g, "$1");
  s = s.replace(/\*\*|__/g, "");
  // "*(thông qua Phòng Tư pháp)*", "*noa*": single-star emphasis around words.
  s = s.replace(/(^|[\s(“"])\*(?=\S)([^*\n]{1,400}?)\*(?=$|[\s).,;:”"])/g, "$1$2");
  s = s.replace(/(^|\s)_(?=\S)([^_\n]{1,400}?)_(?=$|[\s).,;:])/g, "$1$2");
  return s;
}

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const PAGE_NUMBER =
  /^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$|^\s*(?:Trang|Page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/i;
const PAGE_LINE = /^\s*-{3,}\s*Page\s*\d+\s*-{3,}\s*$/i;

/** Words glued to numbers by converters: "tháng12" → "tháng 12", "số:4998" → "số: 4998". */
function unglue(s: string): string {
  return s
    .replace(/(?<![\p{L}])(ngày|tháng|năm|Ngày|Tháng|Năm|Điều|khoản|Khoản|Quý|quý)(\d)/gu, "$1 $2")
    .replace(/(\d)(tháng|năm)\b/gu, "$1 $2")
    .replace(/\b([Ss]ố)\s*:\s*(?=\d)/gu, "$1: ")
    .replace(/[ ]{2,}/g, " ");
}

const STARTS_ITEM = /^\s*(?:[-–•+*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s|[IVXLC]{1,6}\s*[-.–]\s)/u;

/**
 * A line that stops mid-sentence and a next line (after blank lines, as at a page break) that
 * begins in lower case are one line. Headings in capitals and list items are never joined.
 */
function joinBrokenLines(lines: string[]): string[] {
  const out: GrowingLine[] = [];
  // Index of the last non-blank line of out, kept so that runs of blank lines cost nothing.
  let prevIndex = -1;
  for (const line of lines) {
    const prev = prevIndex >= 0 ? out[prevIndex]! : null;
    const canJoin =
      prev !== null &&
      out.length - prevIndex <= 3 &&
      line.trim() !== "" &&
      !line.trimStart().startsWith("|") &&
      !prev.first.trimStart().startsWith("|") &&
      startsLower(line) &&
      !STARTS_ITEM.test(line) &&
      !prev.endsSentence() &&
      !prev.isCaps() &&
      !/^\s*(?:V\/v|Về việc)\b/u.test(line);
    if (canJoin) {
      out.length = prevIndex + 1;
      prev.append(line.trim());
    } else {
      out.push(new GrowingLine(line));
      if (line.trim() !== "") prevIndex = out.length - 1;
    }
  }
  return out.map((l) => l.text);
}

/** A list marker alone on its line ("1.", "III.", "a)", "-"): converters put the item's words on the next. */
const BARE_MARKER = /^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]$|^[-–+•]$/u;

function joinBareMarkers(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (BARE_MARKER.test(line) && next && !next.startsWith("|") && !STARTS_ITEM.test(next)) {
      out.push(`${line} ${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * Paragraphs broken into lines, one blank line between paragraphs (web pages converted with their
 * line breaks): many lines then begin in lower case, in the middle of a sentence.
 */
function paragraphsBroken(lines: string[]): boolean {
  let all = 0;
  let lower = 0;
  for (const l of lines) {
    if (l === "" || l.startsWith("|")) continue;
    all++;
    if (startsLower(l)) lower++;
  }
  return all >= 20 && lower / all >= 0.15;
}

const AUTHORITY_START = /^(?:TM|KT|TL|TUQ|Q)\s*\.|^(?:T\/M|K\/T)\s/u;
const META_START =
  /^(?:[-–+•]\s*)?(?:(?:đơn vị|cơ quan|bộ phận)\s+(?:chủ trì|phối hợp|thực hiện)|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|sản phẩm|kinh phí|nội dung|nhiệm vụ)[^:]{0,30}:/iu;
const HEADER_LINES = 15;
/** A header line in capitals that names a body, or the motto, begins a new line ("ĐẢNG BỘ TỈNH" over "ĐẢNG ỦY KHỐI"). */
const startsHeaderLine = (line: string) =>
  bodyKindOf(line) !== null || /^(?:CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP)(?![\p{L}])/u.test(line);

/**
 * In a document whose paragraphs are broken into lines, the lines of one block (no blank line
 * between) are one paragraph: "I. MỤC" + "ĐÍCH, YÊU CẦU", "Sở Nội vụ, Sở" + "Giáo dục và Đào tạo",
 * "Thành phố Hồ" + "Chí Minh, ngày 18...", "TM. ỦY BAN NHÂN" + "DÂN". A line stays apart when the one
 * above ends a sentence, when it opens an item, a unit/time field or a signing authority, when the
 * case changes (a position in capitals over the signer's name) or when a header line in capitals
 * names a new body.
 */
/** Capitals, allowing a few lower-case letters of an abbreviation ("5G, IoT TRONG CÁC KHU"). */
const CAPS_LIKE = 0.8;
const capsLike = (s: string) => isCaps(s) || mostlyCaps(s, CAPS_LIKE);

function joinBrokenBlocks(lines: string[]): string[] {
  const out: GrowingLine[] = [];
  let seen = 0;
  for (const line of lines) {
    const prev = out.at(-1);
    if (line !== "") seen++;
    // Bodies are named in the header only: further down "HỘI SỐ" continues "KINH TẾ SỐ VÀ XÃ".
    const inHeader = seen <= HEADER_LINES;
    const joinable =
      prev !== undefined &&
      !prev.blank &&
      line !== "" &&
      !prev.first.startsWith("|") &&
      !line.startsWith("|") &&
      // A line in lower case never opens a paragraph, whatever ends the line above.
      (startsLower(line) || !prev.endsSentence()) &&
      // "giai đoạn 2021" + "- 2025”;": a range of years cut at its dash is not a bullet.
      (!STARTS_ITEM.test(line) || (prev.endsDigit() && /^[-–]\s*\d{4}/u.test(line))) &&
      !BARE_MARKER.test(line) &&
      !AUTHORITY_START.test(line) &&
      !META_START.test(line) &&
      !/^(?:Nơi nhận|V\/v|Về việc)\b/iu.test(line) &&
      (prev.isCaps() || prev.mostlyCaps(CAPS_LIKE)) === capsLike(line) &&
      !(
        isCaps(line) &&
        ((inHeader && startsHeaderLine(line)) ||
          isTypeName(prev) ||
          // A type name alone opens a document, unless it ends a heading ("V. CHẾ ĐỘ" + "BÁO CÁO").
          (typeNameOf(line) !== null && !STARTS_ITEM.test(prev.first)))
      );
    if (joinable) prev.append(line);
    else out.push(new GrowingLine(line));
  }
  return out.map((l) => l.text);
}

/** A type name is a few words: a longer line is never one, and is not re-read to find out. */
const isTypeName = (l: GrowingLine) => {
  const s = l.short(60);
  return s !== null && typeNameOf(s) !== null;
};

/**
 * Text wrapped at a fixed width (pasted from a PDF viewer): a line that fills the width and does
 * not end a sentence continues on the next line.
 */
function joinWrappedLines(lines: string[]): string[] {
  const lengths = lines.filter((l) => l.trim() && !l.startsWith("|")).map((l) => l.length);
  if (lengths.length < 8) return lines;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 50 || width > 160) return lines;
  const full = lengths.filter((n) => n >= width * 0.8).length;
  if (full / lengths.length < 0.3) return lines;
  const out: GrowingLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const joinable =
      prev !== undefined &&
      prev.length >= width * 0.75 &&
      line.trim() !== "" &&
      !line.startsWith("|") &&
      !prev.endsSentence() &&
      !STARTS_ITEM.test(line) &&
      !prev.isCaps() &&
      !isCaps(line);
    if (joinable) prev.append(line.trim());
    else out.push(new GrowingLine(line));
  }
  return out.map((l) => l.text);
}

/** Runs the whole stage. Never throws; linear in the length of the text. */
export function normalise(raw: string): NormalisedText {
  let text = repairCodePoints(raw);
  let lines = text.split("\n");
  if (lines.some(needsResplit)) {
    text = removePageMarkers(text);
    lines = text.split("\n").flatMap((l) => (needsResplit(l) ? resplitLine(l) : [l]));
  }
  const kept: string[] = [];
  // After a table's "STT" header cell, a number alone on its line is a row's number, not a page's.
  let tableSeen = false;
  // Text laid out in columns (PDF "layout" extraction): a wide run of spaces separates two
  // columns of the header or of the signature block; each column piece becomes a line.
  lines = lines.flatMap((l) =>
    /\S {5,}\S/.test(l) && !l.trimStart().startsWith("|") ? l.trim().split(/ {5,}/) : [l],
  );
  for (const rawLine of lines) {
    if (PAGE_LINE.test(rawLine) || (TABLE_SEPARATOR.test(rawLine) && rawLine.includes("|"))) continue;
    if (/^\s*(?:STT|TT)\s*$/u.test(rawLine)) tableSeen = true;
    if (PAGE_NUMBER.test(rawLine) && !(tableSeen && /^\s*\d{1,3}\s*$/.test(rawLine))) continue;
    let line = stripMarkdown(rawLine)
      .replace(/[ ]{2,}/g, " ")
      .trimEnd();
    // Decorations under the header lines, lone table bars of converted header cells.
    if (/^\s*[*|]{1,3}\s*$/.test(line) || /^\s*[-_=]{2,}\s*$/.test(line)) line = "";
    if (!line.trimStart().startsWith("|")) line = line.replace(/\s\|\s/g, " ");
    kept.push(unglue(line).trim());
  }
  const unmarked = joinBareMarkers(kept);
  const blocks = paragraphsBroken(unmarked) ? joinBrokenBlocks(unmarked) : unmarked;
  const joined = joinWrappedLines(joinBrokenLines(blocks));
  // At most one blank line in a row; none at either end.
  const out: string[] = [];
  for (const line of joined) if (line !== "" || (out.length > 0 && out.at(-1) !== "")) out.push(line);
  while (out.length && out.at(-1) === "") out.pop();
  return out.join("\n");
}
