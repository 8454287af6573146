// Extractor `units`: which bodies lead (chủ trì, đơn vị thực hiện, giao ...) and which support
// (phối hợp) an item, as written. Several leads are reported as they are; choosing one lead per
// assignment is the import review's job (contract: parse-output.md, lead/support).

import { trimItem } from "./text.ts";

export interface Units {
  lead: string[];
  support: string[];
}

/** Words a body's name starts with (a subject that names who must act). */
const UNIT_START =
  "(?:(?:[Cc]ác|[Mm]ột số)\\s+(?:phòng|sở|ban|ngành|cơ quan|đơn vị|ấp|thôn|khu phố|tổ dân phố|xã|phường|thị trấn|huyện|quận|địa phương|doanh nghiệp|trường|cấp ủy|chi bộ|đảng bộ|tổ chức|hội|đoàn thể|bộ|tỉnh)(?![\\p{L}])|(?:[Cc]ác\\s+|[Mm]ột số\\s+|[Tt]oàn thể\\s+)?(?:Ban(?! hành)|Phòng(?!,?\\s*(?:chống|ngừa|tránh))|Sở|Bộ(?! máy| luật| tiêu chí| công cụ| chỉ số)|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Văn phòng|Thanh tra|Công an|Đảng ủy|Đảng uỷ|Đảng đoàn|Đảng bộ|Ban cán sự|[Cc]ấp ủy|[Cc]ấp uỷ|Chi bộ|Chi ủy|Mặt trận|MTTQ|Hội(?! nghị| thảo| thi| diễn| chợ)|Đoàn(?! kết)|Liên đoàn|Trung tâm|Cục(?! bộ)|Chi cục|Tổng cục|Vụ(?! việc)|Viện|Tòa án|Toà án|Trường(?! hợp)|[Nn]gười đứng đầu|Thủ trưởng|Chủ tịch|Giám đốc|Chánh Văn phòng|Chánh Thanh tra|Trưởng [Bb]an|Trưởng [Pp]hòng|Thường trực|Kho bạc|Bảo hiểm|Bộ Chỉ huy|Ban Chỉ huy|Đài|Báo(?! cáo)|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Thành uỷ|Tỉnh uỷ|Huyện uỷ|Quận uỷ|Thị uỷ|Tổ(?! chức| quốc)|Lực lượng|Cơ quan|[Cc]ơ quan|[Đđ]ơn vị|[Ss]ở, ban|[Ss]ở, ngành|[Cc]ác sở|[Đđ]ịa phương|[Cc]hính quyền|Chính phủ|Thủ tướng|Quân sự|Viện kiểm sát|Cục Thi hành án|Chi cục Thi hành án|Bưu điện|Ngân hàng|Điện lực|Công ty|Tổng công ty|Hạt|Đồn|Ban quản lý|Ban Quản lý|BCĐ|BQL))";

const UNIT_START_RE = new RegExp(`^${UNIT_START}(?=[\\s,]|$)`, "u");
// Where a list of bodies splits: before a capitalised body name.
const UNIT_SPLIT = new RegExp(
  `\\s*;\\s*|\\s*,\\s+(?=\\p{Lu})(?=${UNIT_START})|\\s+và\\s+(?=\\p{Lu})(?=${UNIT_START})|\\s*\\n\\s*`,
  "u",
);

/** Verbs that end a subject ("Ban Tuyên giáo ... | phối hợp ..."). */
const PREDICATE =
  "(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|căn cứ|tham mưu|xây dựng|theo dõi|(?<!các\\s|những\\s)tổ chức(?!\\s(?:chính trị|đoàn thể|xã hội|đảng|cơ sở đảng|thành viên|hội))|triển khai|thực hiện|hướng dẫn|kiểm tra|chỉ đạo|lãnh đạo|tăng cường|tiếp tục|rà soát|nghiên cứu|đôn đốc|tổng hợp|quán triệt|đẩy mạnh|phát huy|bố trí|đảm bảo|bảo đảm|khẩn trương|chủ động|giám sát|ban hành|cụ thể hóa|cụ thể hoá|định kỳ|thường xuyên|là cơ quan|được giao|cần|phải|tích cực|nâng cao|trình|đề xuất|báo cáo|gửi|xem xét|kịp thời|nghiêm túc|quan tâm|tập trung|phổ biến|tuyên truyền|vận động|sơ kết|tổng kết|cung cấp|hỗ trợ|lập|đăng tải|cập nhật|thống nhất|chuẩn bị|bổ sung|phân công|giúp|dự toán|tiếp nhận|làm|đề nghị|yêu cầu|quản lý|chấn chỉnh|thẩm định|đánh giá|trực tiếp|lồng ghép|gắn|duy trì|ưu tiên)";

const PREDICATE_RE = new RegExp(`(?:^|\\s)${PREDICATE}(?=[\\s,.;:]|$)`, "u");
// "phối hợp" marks the supporting bodies, except inside a body's name ("Hội đồng phối hợp phổ biến").
const SUPPORT_RE = new RegExp(
  `(?:^|[,;(]\\s*|\\s(?:chủ trì|và)\\s*,?\\s*|\\s)phối hợp(?:\\s+(?:chặt chẽ\\s+)?với)?\\s+(?=với\\s|${UNIT_START}|các\\s|UBND|[Cc]ơ quan)`,
  "u",
);
const LEAD_RE = /(?:^|\s)chủ trì(?=[\s,.;:)]|$)/u;

/** Splits a list of bodies: at ";", and at ", " or " và " before a capitalised body name. */
export function splitUnits(list: string): string[] {
  const cleaned = trimItem(list.replace(/\s*\((?:nếu có|khi cần thiết|nếu cần)\)\s*/giu, " "));
  if (!cleaned) return [];
  const parts = cleaned
    .split(UNIT_SPLIT)
    .map((p) => trimItem(p.replace(/^(?:và|cùng|với)\s+/u, "")))
    .filter((p) => p.length > 1);
  return [...new Set(parts)];
}

/** The text before the first predicate verb, when it names a body. */
export function subjectOf(text: string): string | null {
  const s = text.replace(
    /^(?:(?:Ngoài ra|Đồng thời|Bên cạnh đó),?\s+)?(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu)\s+/u,
    "",
  );
  if (!UNIT_START_RE.test(s)) return null;
  const m = PREDICATE_RE.exec(s.slice(0, 400));
  const end = m ? m.index : -1;
  if (end <= 0) return null;
  const subject = trimItem(s.slice(0, end));
  return subject.length >= 3 && subject.length <= 250 ? subject : null;
}

/** The bodies after "phối hợp (với)" up to the next verb or clause end. */
function supportOf(text: string): { units: string[]; at: number } {
  const m = SUPPORT_RE.exec(text);
  if (!m) return { units: [], at: -1 };
  const after = text.slice(m.index + m[0].length).replace(/^với\s+/u, "");
  const stop = /[.;:()]|\s(?:để|nhằm|trong việc|theo|khi)\s/u.exec(after);
  const verb = PREDICATE_RE.exec(after);
  const end = Math.min(stop ? stop.index : 300, verb ? verb.index : 300);
  const span = after.slice(0, end);
  return { units: splitUnits(span), at: m.index };
}

/**
 * The bodies that end a clause: the clause itself when it starts with a body, else the part after
 * the first comma that does ("Đối với các địa phương, Sở Tài chính" → "Sở Tài chính").
 */
function unitTail(clause: string): string | null {
  if (UNIT_START_RE.test(clause)) return clause;
  for (let at = clause.indexOf(", "); at >= 0; at = clause.indexOf(", ", at + 2)) {
    const rest = clause.slice(at + 2);
    if (UNIT_START_RE.test(rest) && /^\p{Lu}/u.test(rest)) return rest;
  }
  return null;
}

/**
 * Reads who leads and who supports from an assignment: "Phòng Nội vụ chủ trì, phối hợp với các cơ
 * quan...", "Giao Phòng Tư pháp ...", "Ban Tuyên giáo ... phối hợp với các Ban ...". `subject`
 * allows the plain subject form ("Các cấp ủy ... căn cứ ..."), used for TỔ CHỨC THỰC HIỆN items.
 */
export function readUnits(text: string, subject: boolean): Units {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  const lead: string[] = [];
  const lm = LEAD_RE.exec(t);
  if (lm) {
    // The body right before "chủ trì", back to the clause start.
    const before = t.slice(0, lm.index);
    const clause = before.split(/[;:(]|\.\s|(?:^|\s)(?:[Gg]iao|[Đđ]ề nghị)\s+(?:cho\s+)?/u).at(-1) ?? "";
    const name = unitTail(trimItem(clause));
    if (name && name.length <= 250) lead.push(...splitUnits(name));
  }
  if (lead.length === 0) {
    const giao = /(?:^|[(;.]\s*|^(?:Ngoài ra|Đồng thời),?\s+)[Gg]iao(?:\s+cho)?\s+/u.exec(t);
    const from = giao ? t.slice(giao.index + giao[0].length) : subject ? t : "";
    const s = from ? subjectOf(from) : null;
    if (s) lead.push(...splitUnits(s));
  }
  const support = supportOf(t).units.filter((u) => !lead.includes(u));
  return { lead, support };
}

/** A unit line's value: "Phòng Nội vụ chủ trì, phối hợp với ..." or a plain list of bodies. */
export function readUnitsValue(value: string): Units {
  if (LEAD_RE.test(value) || SUPPORT_RE.test(value)) {
    const u = readUnits(value, true);
    if (u.lead.length || u.support.length) return u;
  }
  return { lead: splitUnits(value), support: [] };
}

/** True when a heading names a body rather than a task ("b) Phòng Nội vụ", "1. Ban Thường vụ Thành ủy"). */
export function isUnitHeading(title: string): boolean {
  const t = trimItem(title);
  if (t.length > 160 || !UNIT_START_RE.test(t)) return false;
  return !PREDICATE_RE.test(t);
}
