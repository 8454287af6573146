// Stage `classify`: Line[] → ClassifiedLine[]. Reads each line's list marker (Phần, A., I., Điều,
// 1., 1.1., 1), a), -, +, •) and recognises unit/time lines ("Đơn vị thực hiện: ...").
// Anchored patterns with bounded repeats only: no backtracking blow-up on long lines.

import { isCaps } from "./text.ts";
import type { ClassifiedLine, Line, MarkerStyle, MetaField } from "./types.ts";

interface Marker {
  style: MarkerStyle;
  label: string;
  content: string;
}

const PART = /^(?:PHẦN|Phần)\s+((?:THỨ|Thứ)\s+\p{L}+|[IVXLC]{1,6}|\d{1,2})\s*[.:\-–]?\s*(.*)$/u;
const ALPHA = /^([A-ZĐ])\s*[.)]\s+(\p{Lu}.*)$/u;
const ROMAN = /^([IVX]{1,6})\s*[.\-–:]\s*(.*)$/u;
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]?\s*(.*)$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|\))?(?:\s+|(?=\p{Lu}))(.*)$/u;
const LETTER = /^([a-zđ])\s?[).]\s*(.*)$/u;
const BULLET = /^([-–—+•●▪◦·*])\s*(.*)$/u;

function readMarker(text: string): Marker | null {
  let m = PART.exec(text);
  if (m) return { style: "part", label: m[1]!, content: m[2]! };
  m = ARTICLE.exec(text);
  if (m) return { style: "article", label: m[1]!, content: m[2]! };
  m = ROMAN.exec(text);
  if (m && m[2] !== "" && !/^[IVX]+\s*[-–]\s*\d/.test(text))
    return { style: "roman", label: m[1]!, content: m[2]! };
  m = ALPHA.exec(text);
  if (m) return { style: "alpha", label: m[1]!, content: m[2]! };
  m = NUMBERED.exec(text);
  if (m) {
    const label = m[1]!;
    const depth = label.split(".").length;
    // "1." needs its dot or a parenthesis; "1.1" may omit the final dot.
    if (depth === 1 && !m[2]) return null;
    if (m[2] === ")") return { style: "paren", label, content: m[3]! };
    const style = (["num1", "num2", "num3", "num4"] as const)[depth - 1]!;
    return { style, label, content: m[3]! };
  }
  m = LETTER.exec(text);
  if (m && m[2] !== "") return { style: "letter", label: m[1]!, content: m[2]! };
  m = BULLET.exec(text);
  if (m) {
    const content = m[2]!;
    // "- 1.1. text", "- a) text": the bullet decorates a numbered item.
    const inner = readMarker(content);
    if (inner && inner.style !== "roman" && inner.style !== "part" && !BULLET.test(content)) return inner;
    const ch = m[1]!;
    const style: MarkerStyle = ch === "+" ? "plus" : /[-–—]/.test(ch) ? "dash" : "dot";
    return { style, label: ch === "+" ? "+" : ch === "-" || ch === "–" || ch === "—" ? "-" : "•", content };
  }
  return null;
}

const META: [RegExp, MetaField][] = [
  [/^(?:đơn vị|cơ quan|bộ phận)\s+(?:chủ trì|thực hiện chính|chịu trách nhiệm chính)\s*:/iu, "lead"],
  [/^chủ trì(?:\s+thực hiện)?\s*:/iu, "lead"],
  [/^(?:đơn vị|cơ quan|bộ phận)\s+phối hợp(?:\s+thực hiện)?\s*:/iu, "support"],
  [/^phối hợp(?:\s+thực hiện)?\s*:/iu, "support"],
  [/^(?:đơn vị|cơ quan|bộ phận)\s+(?:thực hiện|triển khai|tham mưu)\s*:/iu, "units"],
  [/^(?:trách nhiệm thực hiện|phân công thực hiện|giao)\s*:/iu, "units"],
  [
    /^(?:thời gian|thời hạn|tiến độ|thời điểm)(?:\s+(?:thực hiện|hoàn thành|triển khai|trình|báo cáo|ban hành))?\s*:/iu,
    "time",
  ],
  [/^(?:sản phẩm|kết quả đầu ra|hình thức văn bản)(?:\s+(?:chính|đầu ra|dự kiến))?\s*:/iu, "product"],
  [/^(?:kinh phí|nguồn kinh phí)(?:\s+thực hiện)?\s*:/iu, "other"],
  [
    /^(?:nội dung(?:\s+(?:thực hiện|công việc|nhiệm vụ|hoạt động|chủ yếu))?|nhiệm vụ(?:\s+cụ thể)?|công việc)\s*:/iu,
    "content",
  ],
];

function readMeta(content: string): { field: MetaField; value: string } | undefined {
  if (content.length > 2000) return undefined;
  for (const [re, field] of META) {
    const m = re.exec(content);
    if (m) return { field, value: content.slice(m[0].length).trim() };
  }
  return undefined;
}

export function classify(lines: Line[]): ClassifiedLine[] {
  return lines.map((line): ClassifiedLine => {
    const text = line.text.trim();
    if (line.cells) return { ...line, kind: "table", content: text, caps: false };
    if (text === "") return { ...line, kind: "blank", content: "", caps: false };
    const marker = readMarker(text);
    const content = marker ? marker.content.trim() : text;
    const meta = readMeta(content);
    // "1. Nội dung: …" under a numbered heading is the heading itself; only a bullet or a letter
    // item (or a bare line) can be the content field of a task block.
    const heading = marker && !["dash", "plus", "dot", "letter"].includes(marker.style);
    if (meta && !(meta.field === "content" && heading))
      return {
        ...line,
        kind: "meta",
        content,
        meta,
        caps: false,
        style: marker?.style,
        label: marker?.label,
      };
    if (marker && content !== "")
      return {
        ...line,
        kind: "item",
        style: marker.style,
        label: marker.label,
        content,
        caps: isCaps(content),
      };
    return { ...line, kind: "text", content: text, caps: isCaps(text) };
  });
}
