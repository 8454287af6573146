// Extractor `header`: the first lines of the document (thể thức, Nghị định 30/2020/NĐ-CP Điều 8;
// Hướng dẫn 36-HD/VPTW): issuer and the body above it, national or Party motto, number and symbol,
// place and date, type line, summary line. The two columns of the header may arrive in any
// order, interleaved line by line or side by side on one line, so each line is cut into the
// pieces it holds and every piece is recognised by what it says, not by where it is.

import { findDates } from "./dates.ts";
import { typeNameOf } from "./doc-types.ts";
import { findSymbols, type SymbolParts } from "./symbols.ts";
import { fold, isCaps, mostlyCaps } from "./text.ts";
import type { ClassifiedLine, Diagnostic, System } from "./types.ts";

export interface HeaderPieces {
  system: System | null;
  issuers: { text: string; line: number }[];
  symbol: SymbolParts | null;
  numberLine: number | null;
  numberBlank: boolean;
  place: string | null;
  date: string | null;
  dateLine: number | null;
  typeName: string | null;
  typeLine: number | null;
  title: string | null;
  titleLine: number | null;
  /** A "V/v ..." summary under the number: the mark of a công văn. */
  vv: boolean;
  /** Index (into the lines) of the first line after the header and the summary. */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const WINDOW = 40;
const PARTY_MOTTO = /dang\s*cong\s*san\s*viet\s*nam/;
const STATE_MOTTO = /cong\s*hoa\s*x\S{0,2}\s*hoi\s*chu\s*nghia\s*viet\s*nam/;
const MOTTO_2 = /doc\s*lap\s*[-–]?\s*tu\s*do\s*[-–]?\s*hanh\s*phuc/;
const MARKS = /^(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn|mật|tối mật|dự thảo|bản chính|bản sao)$/iu;
const BODY_START =
  /^(?:Căn cứ|Thực hiện|Triển khai|Thi hành|Để|Nhằm|Kính gửi|Ngày\s+\d|Trong (?:thời gian|những năm)|Qua|Sáng|Chiều|Hiện nay|Thời gian qua|Vừa qua|Theo)(?![\p{L}])/u;
const PLACE_DATE =
  /(?:^|\s)((?:T[Pp]\.\s?|(?:Thành phố|Thị xã|Thị trấn)\s)?\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?(?:\s\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?){0,4}(?:\s[-–]\s\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2})?)?\s*,\s*ngày\b([^\n]{0,40}?năm\s*\d{4}|\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/u;

/** Cuts the part of `text` whose fold matches `re` (fold keeps the length of NFC Vietnamese). */
function cutFolded(text: string, needle: string | RegExp): { found: boolean; rest: string } {
  const f = fold(text);
  if (f.length !== text.length) return { found: f.search(needle) >= 0, rest: text };
  const m = typeof needle === "string" ? { index: f.indexOf(needle), len: needle.length } : null;
  if (m && m.index >= 0)
    return { found: true, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m.len)}`.trim() };
  if (needle instanceof RegExp) {
    const r = needle.exec(f);
    if (r)
      return { found: true, rest: `${text.slice(0, r.index)} ${text.slice(r.index + r[0].length)}`.trim() };
  }
  return { found: false, rest: text };
}

/** A type line: the type name alone in capitals, or in capitals before the summary on one line. */
function readTypeLine(text: string): { name: string; rest: string } | null {
  if (text.endsWith(":") || text.length > 400) return null;
  const whole = typeNameOf(text);
  if (whole && mostlyCaps(text, 0.7)) return { name: whole, rest: "" };
  const words = text.split(" ");
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(" ");
    const name = typeNameOf(head);
    if (name && isCaps(head) && !isCaps(words[n]!)) return { name, rest: words.slice(n).join(" ") };
  }
  return null;
}

/**
 * Header cells converted from Word or web pages often break one piece over two lines ("CỘNG" /
 * "HÒA XÃ HỘI...", "Số:" / "21/2022/NQ-HĐND", "Bình" / "Định, ngày 07..."): such lines are merged
 * (in a copy) before the pieces are read.
 */
function mergeSplitPieces(lines: ClassifiedLine[]): ClassifiedLine[] {
  const out = lines.slice();
  const limit = Math.min(out.length - 1, WINDOW * 2);
  const has = (t: string) => STATE_MOTTO.test(fold(t)) || PARTY_MOTTO.test(fold(t)) || MOTTO_2.test(fold(t));
  for (let k = 0; k < limit; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.kind === "blank" || b.kind === "blank" || a.cells || b.cells) continue;
    const joined = `${a.text} ${b.text}`;
    const merge =
      (has(joined) && !has(a.text) && !has(b.text)) ||
      /^Số\s*:?\s*$/iu.test(a.text) ||
      (PLACE_DATE.test(joined) &&
        !PLACE_DATE.test(a.text) &&
        !PLACE_DATE.test(b.text) &&
        a.text.length < 60) ||
      // "Tuy" / "Hòa, ngày 18 tháng 07 năm 2024": a place name broken before its last word.
      (/^\p{Lu}[\p{L}.-]{0,12}(?: \p{Lu}[\p{L}.-]{0,12}){0,2}$/u.test(a.text) &&
        !isCaps(a.text) &&
        /^\p{Lu}[\p{L}.-]*,\s*ngày/u.test(b.text));
    if (merge) {
      out[k] = { ...a, text: joined, content: joined };
      out[k + 1] = { ...b, kind: "blank", text: "", content: "" };
      k++;
    }
  }
  return out;
}

export function readHeader(input: ClassifiedLine[]): HeaderPieces {
  const lines = mergeSplitPieces(input);
  const h: HeaderPieces = {
    system: null,
    issuers: [],
    symbol: null,
    numberLine: null,
    numberBlank: false,
    place: null,
    date: null,
    dateLine: null,
    typeName: null,
    typeLine: null,
    title: null,
    titleLine: null,
    vv: false,
    bodyStart: 0,
    diagnostics: [],
  };
  let lastHeaderIndex = -1;
  let seen = 0;
  let vvOpen = false;
  let vvText = "";
  let stop = false;
  for (let i = 0; i < lines.length && seen < WINDOW && !stop; i++) {
    const l = lines[i]!;
    if (l.kind === "blank") {
      vvOpen = false;
      continue;
    }
    seen++;
    if (l.kind === "item" && (h.typeLine !== null || h.symbol || h.date)) break;
    let isHeaderLine = false;
    // A header cell with line breaks (<br> → "; ") holds several pieces.
    const pieces = l.cellLines ? l.cellLines.flat() : [l.text];
    for (const piece of pieces) {
      const r = readPiece(piece, l.no, h);
      if (r.kind === "type" || r.kind === "body") {
        stop = true;
        break;
      }
      isHeaderLine = true;
      if (r.kind === "vv") {
        vvOpen = true;
        vvText = r.rest;
        continue;
      }
      const rest = r.rest;
      if (!/\p{L}\p{L}/u.test(rest)) continue;
      if (vvOpen && !isCaps(rest)) vvText = `${vvText} ${rest}`;
      else if (isCaps(rest) && rest.length <= 120) {
        if (!MARKS.test(rest)) h.issuers.push({ text: rest, line: l.no });
      } else if (h.issuers.length > 0 || h.symbol || h.date || h.vv) {
        // Mixed-case words after the header pieces, with no type line: the body begins.
        isHeaderLine = false;
        stop = true;
        break;
      } else isHeaderLine = false;
    }
    if (isHeaderLine) lastHeaderIndex = i;
  }
  if (h.vv) h.title = vvText.trim() || null;
  if (h.typeLine !== null) {
    const typeIndex = lines.findIndex((l) => l.no === h.typeLine);
    h.bodyStart = readTitle(lines, typeIndex, h);
  } else h.bodyStart = lastHeaderIndex + 1;
  return h;
}

type PieceKind = "type" | "body" | "vv" | "rest";

/** Recognises what one piece of a header line holds, records it, and returns the rest. */
function readPiece(piece: string, no: number, h: HeaderPieces): { kind: PieceKind; rest: string } {
  let text = piece.trim();
  const party = cutFolded(text, PARTY_MOTTO);
  if (party.found) {
    h.system = "party";
    text = party.rest;
  }
  const state = cutFolded(text, STATE_MOTTO);
  if (state.found) {
    h.system ??= "state";
    text = state.rest;
  }
  text = cutFolded(text, MOTTO_2).rest;
  const numberMatch = /(?:^|\s)Số\s*:?\s*/iu.exec(text);
  if (
    numberMatch &&
    h.numberLine === null &&
    (numberMatch.index === 0 || isCaps(text.slice(0, numberMatch.index)))
  ) {
    const after = text.slice(numberMatch.index + numberMatch[0].length);
    const sym = findSymbols(after)[0];
    h.numberLine = no;
    if (sym && sym.index === 0) {
      h.symbol = sym.parts;
      text = `${text.slice(0, numberMatch.index)} ${after.slice(sym.length)}`.trim();
    } else {
      h.numberBlank = true;
      const blank = /^[\s._…]*[-/]?\s*[\p{L}\d.\-/&]{0,30}/u.exec(after);
      text = `${text.slice(0, numberMatch.index)} ${after.slice(blank?.[0].length ?? 0)}`.trim();
    }
  }
  if (h.dateLine === null) {
    const pd = PLACE_DATE.exec(text);
    if (pd) {
      readPlaceDate(pd, no, h);
      text = `${text.slice(0, pd.index)} ${text.slice(pd.index + pd[0].length)}`.trim();
    }
  }
  const vv = /^(?:V\/v|V\/V|Về việc)\s*:?\s*(.*)$/u.exec(text);
  if (vv && h.numberLine !== null && !h.vv && h.typeLine === null) {
    h.vv = true;
    return { kind: "vv", rest: vv[1]!.trim() };
  }
  const type = readTypeLine(text);
  if (type) {
    h.typeName = type.name;
    h.typeLine = no;
    h.title = type.rest || null;
    h.titleLine = type.rest ? no : null;
    return { kind: "type", rest: "" };
  }
  if (BODY_START.test(text) && !isCaps(text)) return { kind: "body", rest: text };
  return { kind: "rest", rest: text };
}

function readPlaceDate(pd: RegExpExecArray, no: number, h: HeaderPieces): void {
  h.dateLine = no;
  h.place = (pd[1] ?? "").trim() || null;
  const found = findDates(pd[0].slice(pd[0].indexOf("ngày")))[0];
  if (found?.value && !found.value.startsWith("--")) h.date = found.value;
  else if (found && !found.value)
    h.diagnostics.push({
      line: no,
      severity: "warning",
      message: `Ngày ban hành không tồn tại: "${found.text}"`,
    });
  else
    h.diagnostics.push({
      line: no,
      severity: "warning",
      message: "Ngày ban hành chưa ghi đủ (văn bản chưa ký số?)",
    });
}

/** The issuing authority's line under a caps summary ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."). */
const AUTHORITY_FORMULA =
  /^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|HỘI ĐỒNG|ỦY BAN|UỶ BAN|BAN (?:THƯỜNG VỤ|CHẤP HÀNH|CHỈ ĐẠO)|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|CHÍNH PHỦ|QUỐC HỘI|KHÓA|KHOÁ)(?![\p{L}])/u;
const TITLE_STOP =
  /^(?:Căn cứ|Thực hiện|Triển khai thực hiện (?:Nghị quyết|Kế hoạch|Chỉ thị|Quyết định) số|Kính gửi|Để|Nhằm)(?![\p{L}])/u;

/** Reads the summary lines under the type line; returns the index of the first body line. */
function readTitle(lines: ClassifiedLine[], typeIndex: number, h: HeaderPieces): number {
  const parts: string[] = h.title ? [h.title] : [];
  let i = typeIndex + 1;
  if (!h.title) {
    while (i < lines.length && lines[i]!.kind === "blank") i++;
    const first = lines[i];
    if (
      first &&
      first.kind !== "item" &&
      !/^(?:Căn cứ|Kính gửi)/u.test(first.text) &&
      first.text.length <= 600
    ) {
      parts.push(first.text);
      h.titleLine = first.no;
      i++;
    }
  }
  while (i < lines.length && parts.length > 0 && parts.length < 6) {
    const l = lines[i]!;
    if (l.kind === "blank" || l.kind === "item" || l.kind === "table" || TITLE_STOP.test(l.text)) break;
    // A line in capitals after a mixed-case summary is the next block ("CHỦ TỊCH ỦY BAN NHÂN DÂN").
    if (isCaps(l.text) && (!isCaps(parts[0]!) || AUTHORITY_FORMULA.test(l.text))) break;
    if (l.text.length > 400) break;
    parts.push(l.text);
    i++;
  }
  if (parts.length)
    h.title = parts
      .join(" ")
      .replace(/^(?:V\/v|V\/V)\s*/u, "")
      .trim();
  return i;
}
