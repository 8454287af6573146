// Extractor `reporting`: every duty to send a report or a document upward ("báo cáo Ủy ban nhân
// dân quận (thông qua Phòng Tư pháp)", "gửi về Ban Thường vụ ... trước ngày 30/7/2023") → {text,
// to, via, due, frequency}. One duty per sentence that names where the report goes or when.

import { findDates } from "./dates.ts";
import { sentences, trimItem } from "./text.ts";
import type { Frequency, ReportingDuty } from "./types.ts";

const ADDRESSEE =
  "(?:Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Ban|Sở|Bộ|Phòng|Thường trực|Thường vụ|Văn phòng|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Chính phủ|Thủ tướng|Chủ tịch|Cục|Tổng cục|Vụ|Trung ương|Bộ phận|Cơ quan|Tổ|Thanh tra|Kho bạc|Đảng bộ|cấp ủy|cấp trên|Trưởng ban|Giám đốc)";

// "báo cáo (kết quả ...) (về|lên|cho)? X" and "gửi (báo cáo|kết quả ...)? (về|đến|cho)? X".
const REPORT_TO = new RegExp(
  `(?:[Bb]áo cáo|[Gg]ửi)(?:\\s+(?:kết quả|tình hình|định kỳ|bằng văn bản|sơ kết|tổng kết|báo cáo|văn bản|kế hoạch|danh sách)(?:\\s+[\\p{Ll}]+){0,6}?)?\\s+(?:(?:về|lên|đến|tới|cho|với)\\s+)?(${ADDRESSEE}[^()\\n]{0,120}?)(?=\\s*(?:\\(|,(?!\\s*${ADDRESSEE})|;|\\.(?:\\s|$)|$|\\s(?:trước|để|theo|khi|cùng|tổng hợp|định kỳ|chậm nhất|trong|vào|qua|thông qua|xem xét|chỉ đạo|về tình hình|về kết quả|kết quả|tình hình)(?![\\p{L}])))`,
  "u",
);
// "gửi báo cáo công tác Bình đẳng giới năm 2025 ... về Sở Nội vụ trước ngày ... để tổng hợp báo cáo
// Bộ Nội vụ": a report sent "về/lên/đến X" goes to X, however long the report's name between; the
// body it is then compiled for is further up, not the sender's addressee.
const SENT_TO = new RegExp(
  `(?:[Bb]áo cáo|[Gg]ửi|[Nn]ộp)[^.;:]{0,200}?\\s(?:về|lên|đến|tới)\\s+(${ADDRESSEE}[^()\\n]{0,120}?)(?=\\s*(?:\\(|,(?!\\s*${ADDRESSEE})|;|\\.(?:\\s|$)|$|\\s(?:trước|để|theo|khi|cùng|tổng hợp|định kỳ|chậm nhất|trong|vào|qua|thông qua|xem xét|chỉ đạo)(?![\\p{L}])))`,
  "u",
);

/** The report's first addressee: the earlier of the two readings. */
function addresseeOf(text: string): RegExpExecArray | null {
  const a = REPORT_TO.exec(text);
  const b = SENT_TO.exec(text);
  if (!a || !b) return a ?? b;
  const at = (m: RegExpExecArray) => m.index + m[0].length - m[1]!.length;
  return at(b) < at(a) ? b : a;
}

const VIA =
  /\(?\s*(?:thông qua|qua)\s+((?:\p{Lu}|phòng\s|ban\s|sở\s|các\s)[^()\n,;]{2,100}?)\s*(?:\)|,|;|\.(?:\s|$)|\s(?:trước|để|tổng hợp)|$)/u;

const DUE_BEFORE =
  /(?:trước|chậm nhất(?: là)?|hạn chót|hạn|không quá|hoàn thành)\s*(?:vào\s+)?(?:ngày)?\s*$/iu;

function frequencyOf(text: string, dues: string[]): Frequency | Frequency[] | null {
  const found: Frequency[] = [];
  if (/hằng tháng|hàng tháng|định kỳ (?:hằng |hàng )?tháng|báo cáo tháng|mỗi tháng/iu.test(text))
    found.push("monthly");
  if (/hằng quý|hàng quý|định kỳ (?:hằng |hàng )?quý|báo cáo quý|mỗi quý/iu.test(text))
    found.push("quarterly");
  if (/(?<!\d)(?:6|sáu) tháng(?! đầu năm \d)|nửa năm/iu.test(text)) found.push("6-monthly");
  if (/hằng năm|hàng năm|báo cáo năm|định kỳ năm|cuối năm|tổng kết năm|mỗi năm/iu.test(text))
    found.push("yearly");
  if (found.length === 0 && dues.length === 1 && !dues[0]!.startsWith("--")) return "once";
  if (found.length === 0) return null;
  return found.length === 1 ? found[0]! : found;
}

function cleanBody(s: string): string {
  return trimItem(s.replace(/\s+(?:để|nhằm|và đề xuất|theo quy định|khi có yêu cầu).*$/u, ""));
}

/** Reporting duties in one paragraph (`line` is where the paragraph starts). */
export function readReporting(paragraph: string, line: number): ReportingDuty[] {
  if (!/báo cáo|gửi/iu.test(paragraph)) return [];
  const out: ReportingDuty[] = [];
  for (const s of sentences(paragraph.length > 6000 ? paragraph.slice(0, 6000) : paragraph)) {
    const text = s.text;
    if (!/báo cáo|gửi/iu.test(text)) continue;
    const to = addresseeOf(text);
    const dues = findDates(text)
      .filter((d) => d.value && DUE_BEFORE.test(text.slice(Math.max(0, d.index - 24), d.index)))
      .map((d) => d.value!);
    if (!to && dues.length === 0) continue;
    if (!to && !/gửi|báo cáo về|nộp/iu.test(text)) continue;
    const after = to ? text.slice(to.index + to[0].length - to[1]!.length) : text;
    const via = VIA.exec(after);
    out.push({
      text,
      to: to ? cleanBody(to[1]!) : null,
      via: via ? cleanBody(via[1]!) : null,
      due: [...new Set(dues)],
      frequency: frequencyOf(text, dues),
      line,
    });
  }
  return out;
}
