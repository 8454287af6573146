// Extractor `signer`: the signature block (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 7; Hướng dẫn
// 36-HD/VPTW): signing authority (TM., KT., TL., TUQ., Q., T/M, K/T), the body or head signed for,
// the signer's position and name. The block may have no authority ("CHỦ TỊCH" then the name),
// be interleaved with the recipients, or have the name merged into a recipient line.

import { orgName, positionName, type SpellingIndex } from "./casing.ts";
import { isRecipientsHead, type RecipientLine } from "./recipients.ts";
import { fold, isCaps, mostlyCaps, startsLower, upperFirst } from "./text.ts";
import type { Authority, ClassifiedLine, Signer } from "./types.ts";

const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\s*\.\s*(.*)$|^(T\/M|K\/T)\s*\.?\s*(.*)$/u;
const OFFICE =
  /\b(?:pho|chu tich|bi thu|giam doc|truong|thu tuong|chanh|tong|uy vien|chu nhiem|vien truong|hieu truong|thu truong|cuc truong|vu truong|chanh an|thuong truc)\b/;
const OFFICE_HEAD =
  /(?<!\p{L})(?:PHÓ|CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHÁNH|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHỦ NHIỆM|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH ÁN|TỔNG GIÁM ĐỐC|TRƯỞNG)(?!\p{L})/u;
const SIGNED = /^\(?\s*(?:đã ký|ký|ky|signed|đã ký và đóng dấu|ký tên[^)]*)\s*\)?\.?$/iu;

// Common family names (họ), to find a signer's name that PDF extraction merged into another line.
const SURNAMES =
  "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Đinh|Lâm|Mai|Trương|Hà|Tô|Tạ|Cao|Lương|Quách|Triệu|Thái|Châu|Lưu|Kiều|Tăng|Thân|Chu|Lại|Mạc|Nông|Lò|Trịnh|Vương|Giang|Tống|Khổng|Phùng|Văn";
const NAME_IN_LINE = new RegExp(`(?<![\\p{L}])(?:${SURNAMES})(?:\\s\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}])`, "gu");
const NOT_A_NAME =
  /^(?:Hồ Chí Minh|Lê Lợi|Trần Hưng Đạo|Lý Thường Kiệt|Hà Nội|Hà Tĩnh|Hà Giang|Hà Nam|Văn Phòng|Tô Lịch)/u;

function isNameLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 5 || t.length > 50 || /[\d:;,()/]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) && !(isCaps(t) && OFFICE.test(fold(t)));
}

function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => upperFirst(w.toLocaleLowerCase("vi")))
    .join(" ");
}

function normaliseAuthority(a: string): Authority {
  return (a.includes("/") ? a : `${a}.`) as Authority;
}

/** Splits "THÀNH ỦY BÍ THƯ" (authority line with the position on it) at the office words. */
function splitAtOffice(rest: string): { body: string; position: string | null } {
  const m = [...rest.matchAll(new RegExp(OFFICE_HEAD.source, "gu"))];
  // The position starts at the first office word after the body's name.
  const first = m.find((x) => x.index > 0);
  if (!first) return { body: rest, position: null };
  let at = first.index;
  if (rest.slice(0, at).trim().endsWith("PHÓ")) at = rest.lastIndexOf("PHÓ", at);
  return { body: rest.slice(0, at).trim(), position: rest.slice(at).trim() };
}

export function readSigner(
  tail: ClassifiedLine[],
  recipients: RecipientLine[],
  spell: SpellingIndex,
): { signer: Signer | null; nameLine: { line: number; name: string } | null } {
  // The signature column: every tail line that is not part of the recipients list.
  const lines = tail.filter((l) => {
    const t = l.text.trim();
    return (
      t !== "" && !/^[-–+•]/u.test(t) && !isRecipientsHead(t) && !/^luu\b/.test(fold(t)) && !startsLower(t)
    );
  });
  let authority: Authority | null = null;
  let onBehalfOf: string | null = null;
  let position: string | null = null;
  let line = 0;
  const isAuthority = (l: ClassifiedLine | undefined) =>
    !!l && AUTHORITY.test(l.text.trim()) && isCaps(l.text);
  let k = lines.findIndex(isAuthority);
  // "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH": the inner authority is how the signer signs.
  while (k >= 0 && isAuthority(lines[k + 1])) k++;
  if (k >= 0) {
    const m = AUTHORITY.exec(lines[k]!.text.trim())!;
    authority = normaliseAuthority(m[1] ?? m[3]!);
    const rest = (m[2] ?? m[4] ?? "").trim();
    const split = splitAtOffice(rest);
    const isBody = authority === "TM." || authority === "T/M" || !OFFICE.test(fold(split.body));
    onBehalfOf = split.body ? (isBody ? orgName(split.body, spell) : positionName(split.body)) : null;
    line = lines[k]!.no;
    if (split.position) position = positionName(split.position);
    else {
      const next = lines[k + 1];
      if (next && mostlyCaps(next.text, 0.7) && OFFICE.test(fold(next.text))) {
        position = positionName(next.text);
        k++;
      } else if (authority === "Q.") position = onBehalfOf;
    }
  } else {
    k = lines.findIndex((l) => mostlyCaps(l.text, 0.7) && l.text.length <= 60 && OFFICE.test(fold(l.text)));
    if (k < 0) return { signer: null, nameLine: null };
    position = positionName(lines[k]!.text);
    line = lines[k]!.no;
  }
  let name: string | null = null;
  let nameLine: { line: number; name: string } | null = null;
  for (const l of lines.slice(k + 1, k + 6)) {
    const t = l.text.trim();
    if (SIGNED.test(t)) continue;
    if (isNameLine(t)) {
      name = isCaps(t) ? titleCase(t) : t;
      break;
    }
  }
  if (!name) {
    // The name merged into a recipient line (two columns extracted side by side).
    for (const r of recipients) {
      const m = [...r.text.matchAll(NAME_IN_LINE)].find((x) => !NOT_A_NAME.test(x[0]));
      if (m) {
        name = m[0];
        nameLine = { line: r.line, name };
        break;
      }
    }
  }
  return { signer: { authority, onBehalfOf, position, name, line }, nameLine };
}
