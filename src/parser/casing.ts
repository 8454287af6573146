// Normal capitalisation of names written in capitals in a header or a signature block.
// Rule (Nghị định 30/2020/NĐ-CP, Phụ lục II, viết hoa tên cơ quan, tổ chức; chức vụ): capitalise
// the first letter of the words that make the body's own name, keep the kind of body in its
// fixed form ("Ủy ban nhân dân", "Sở", "Ban"), and write an administrative unit word in lower case
// before a proper place name ("quận Ba Đình"). Where the document itself spells the name in mixed
// case, that spelling wins (it also mends marks that OCR lost in capitals).

import { fold, lower, upperFirst } from "./text.ts";

/** Fixed forms of kinds of bodies and offices, in their normal capitalisation. Longest first. */
const FIXED: string[] = [
  "Ban Chấp hành Trung ương",
  "Ban Chấp hành Đảng bộ",
  "Ban Thường vụ",
  "Ban Bí thư",
  "Bộ Chính trị",
  "Ban cán sự đảng",
  "Đảng đoàn",
  "Đảng ủy Khối",
  "Đảng ủy",
  "Đảng bộ",
  "Chi bộ",
  "Thành ủy",
  "Tỉnh ủy",
  "Huyện ủy",
  "Quận ủy",
  "Thị ủy",
  "Ủy ban Kiểm tra",
  "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "Mặt trận Tổ quốc Việt Nam",
  "Ủy ban nhân dân",
  "Hội đồng nhân dân",
  "Văn phòng",
  "Thanh tra",
  "Tòa án nhân dân",
  "Viện kiểm sát nhân dân",
  "Công an",
  "Bộ Chỉ huy Quân sự",
  "Ban Chỉ huy Quân sự",
  "Ban Chỉ đạo",
  "Tổng cục",
  "Chi cục",
  "Cục",
  "Vụ",
  "Sở",
  "Bộ",
  "Ban",
  "Phòng",
  "Trung tâm",
  "Hội đồng",
  "Ủy ban",
  "Chính phủ",
  "Thủ tướng Chính phủ",
  "Quốc hội",
  "Ủy ban Thường vụ Quốc hội",
  "Kho bạc Nhà nước",
  "Ngân hàng Nhà nước Việt Nam",
  "Bảo hiểm xã hội",
  "Liên đoàn Lao động",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "Hội Liên hiệp Phụ nữ",
  "Hội Nông dân",
  "Hội Cựu chiến binh",
  "Trường",
  "Học viện",
  "Viện",
  "Đại học",
  "Bệnh viện",
  "Tổng công ty",
  "Công ty",
  "Tập đoàn",
].sort((a, b) => b.split(" ").length - a.split(" ").length);

const FIXED_BY_FOLD = FIXED.map((f) => ({ words: fold(f).split(" "), form: f.split(" ") }));

/** Administrative units: lower case before a place name ("tỉnh Nghệ An", "xã An Bình"). */
const ADMIN_UNITS = ["thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "quận", "huyện", "xã", "phường"];
const ADMIN_BY_FOLD = ADMIN_UNITS.map((a) => fold(a).split(" ")).sort((a, b) => b.length - a.length);

/** Common words that stay lower case inside a name ("Đảng ủy Khối các cơ quan"). */
const COMMON = new Set([
  "các",
  "cơ",
  "quan",
  "và",
  "của",
  "thuộc",
  "trực",
  "về",
  "doanh",
  "nghiệp",
  "tỉnh",
  "cấp",
]);

const ABBREVIATIONS = new Map<string, string>([
  ["ubnd", "Ủy ban nhân dân"],
  ["hdnd", "Hội đồng nhân dân"],
  ["ubmttq", "Ủy ban Mặt trận Tổ quốc"],
  ["tp.", "thành phố"],
  ["tp", "thành phố"],
]);

function matchAt(words: string[], at: number, pattern: string[]): boolean {
  if (at + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) if (words[at + k] !== pattern[k]) return false;
  return true;
}

/** Title-cases a proper name: "NGHỆ AN" → "Nghệ An". */
function properName(words: string[]): string[] {
  return words.map((w) => upperFirst(lower(w)));
}

/**
 * "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH" → "Ủy ban nhân dân quận Ba Đình". `body` is the document text, for
 * the spelling the document itself uses. Mixed-case input is returned as written.
 */
export function orgName(caps: string, body?: SpellingIndex): string {
  const raw = caps.replace(/\s+/g, " ").trim();
  if (!raw || raw !== raw.toLocaleUpperCase("vi")) return raw;
  const words = raw.split(" ");
  const folded = words.map((w) => fold(w));
  const out: string[] = [];
  let i = 0;
  let afterAdmin = false;
  let firstOfName = true;
  // Where the body's own name begins, after its kind and its administrative unit.
  let nameStart = 0;
  while (i < words.length) {
    const abbr = ABBREVIATIONS.get(folded[i]!);
    if (abbr) {
      out.push(i === 0 ? upperFirst(abbr) : abbr);
      i++;
      afterAdmin = abbr === "thành phố";
      firstOfName = !afterAdmin;
      continue;
    }
    const fixed = FIXED_BY_FOLD.find((f) => matchAt(folded, i, f.words));
    if (fixed) {
      out.push(...fixed.form);
      i += fixed.words.length;
      firstOfName = true;
      afterAdmin = false;
      nameStart = out.length;
      continue;
    }
    const admin = ADMIN_BY_FOLD.find((a) => matchAt(folded, i, a));
    if (admin && i + admin.length < words.length) {
      const form = lower(words.slice(i, i + admin.length).join(" "));
      out.push(out.length === 0 ? upperFirst(form) : form);
      i += admin.length;
      afterAdmin = true;
      nameStart = out.length;
      continue;
    }
    const w = words[i]!;
    if (afterAdmin) out.push(...properName([w]));
    else if (/[\d/]/.test(w) || (/^[A-ZĐ]{2,5}$/.test(w) && !/[AĂÂEÊIOÔƠUƯY]/.test(w.slice(1)))) out.push(w);
    else if (firstOfName && !COMMON.has(lower(w))) out.push(upperFirst(lower(w)));
    else out.push(lower(w));
    if (w !== "VÀ" && w !== ",") firstOfName = false;
    if (lower(w) === "và" || w.endsWith(",") || w === "-") firstOfName = true;
    i++;
  }
  const cased = out.join(" ");
  if (!body) return cased;
  const whole = body.best(cased);
  if (whole && whole.charAt(0) === cased.charAt(0)) return whole;
  if (nameStart > 0 && nameStart < out.length) {
    const own = body.best(out.slice(nameStart).join(" "), true);
    if (own) return [...out.slice(0, nameStart), own].join(" ");
  }
  return cased;
}

/** Offices in their normal form; the rest of a position is sentence case. */
const OFFICES = [
  "Tổng Bí thư",
  "Ban Bí thư",
  "Bí thư",
  "Chủ tịch",
  "Thường trực",
  "Thủ tướng",
  "Bộ trưởng",
  "Thứ trưởng",
  "Chủ nhiệm",
  "Tổng cục trưởng",
  "Cục trưởng",
  "Vụ trưởng",
  "Giám đốc",
  "Tổng Giám đốc",
  "Chánh Văn phòng",
  "Chánh Thanh tra",
  "Tổng Thanh tra",
  "Trưởng ban",
  "Trưởng phòng",
  "Chánh án",
  "Viện trưởng",
  "Hiệu trưởng",
  "Thủ trưởng",
  "Trưởng",
  "Phó",
].map((o) => ({ words: fold(o).split(" "), form: o.split(" ") }));

/** "PHÓ BÍ THƯ THƯỜNG TRỰC" → "Phó Bí thư Thường trực"; "KT. CHỦ TỊCH"'s "CHỦ TỊCH" → "Chủ tịch". */
export function positionName(caps: string): string {
  const words = caps.replace(/\s+/g, " ").trim().split(" ");
  if (words.length === 0 || words[0] === "") return "";
  const folded = words.map((w) => fold(w));
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const office = OFFICES.find((o) => matchAt(folded, i, o.words));
    if (office) {
      out.push(...office.form);
      i += office.words.length;
    } else {
      out.push(lower(words[i]!));
      i++;
    }
  }
  return upperFirst(out.join(" "));
}

/**
 * How the document itself spells a phrase in mixed case: looks the phrase up in a folded copy of
 * the text (folding keeps the length of NFC Vietnamese, so positions map back to the original).
 */
export class SpellingIndex {
  private foldedText: string | null = null;

  constructor(private readonly text: string) {}

  /** The most frequent spelling of the phrase that is not all capitals, or null. */
  best(phrase: string, mustStartUpper = false): string | null {
    const key = fold(phrase);
    if (key.length < 3) return null;
    this.foldedText ??= fold(this.text);
    const f = this.foldedText;
    if (f.length !== this.text.length) return null;
    const counts = new Map<string, number>();
    let from = 0;
    for (let n = 0; n < 200; n++) {
      const at = f.indexOf(key, from);
      if (at < 0) break;
      from = at + 1;
      const before = f.charAt(at - 1);
      const after = f.charAt(at + key.length);
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
      const spelling = this.text.slice(at, at + key.length);
      if (spelling === spelling.toLocaleUpperCase("vi")) continue;
      if (mustStartUpper && !/^\p{Lu}/u.test(spelling)) continue;
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
    let best: string | null = null;
    let most = 0;
    for (const [s, c] of counts) if (c > most) [best, most] = [s, c];
    return best;
  }
}
