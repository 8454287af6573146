// Part of extractor `header`: the issuer lines in capitals grouped into bodies ("ĐẢNG BỘ TỈNH ..."
// over "ĐẢNG ỦY KHỐI ..." is a parent and its body; "ỦY BAN NHÂN DÂN" over "TỈNH ..." is one body),
// written in normal capitalisation.

import { orgName, type SpellingIndex } from "./casing.ts";

/** Groups issuer fragments into bodies: a fragment that does not start a body continues the last. */
export function issuerNames(
  fragments: { text: string; line: number }[],
  spell: SpellingIndex,
): { issuer: string | null; parentIssuer: string | null; line: number | null } {
  const orgs: { text: string; line: number }[] = [];
  for (const f of fragments) {
    const prev = orgs.at(-1);
    if (prev && (!startsBody(f.text) || /\b(?:VÀ|,)$/u.test(prev.text) || incomplete(prev.text)))
      prev.text = `${prev.text} ${f.text}`;
    else orgs.push({ ...f });
  }
  const last = orgs.at(-1);
  const parent = orgs.at(-2);
  return {
    issuer: last ? orgName(last.text, spell) : null,
    parentIssuer: parent ? orgName(parent.text, spell) : null,
    line: last?.line ?? null,
  };
}

const BODY_WORDS =
  /^(?:ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|BAN|PHÒNG|CỤC|CHI CỤC|TỔNG CỤC|VỤ|VIỆN|TÒA|TOÀ|VĂN PHÒNG|THANH TRA|ĐẢNG|THÀNH ỦY|THÀNH UỶ|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|THỊ ỦY|THỊ UỶ|CHI BỘ|THỦ TƯỚNG|CHÍNH PHỦ|QUỐC HỘI|TRUNG TÂM|TRƯỜNG|CÔNG AN|MẶT TRẬN|ĐOÀN|HỘI|LIÊN ĐOÀN|KHO BẠC|NGÂN HÀNG|BẢO HIỂM|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|ĐẠI HỌC|HỌC VIỆN|BỆNH VIỆN|BỘ CHỈ HUY|BAN CHỈ HUY|BCH|TAND|VKSND|KIỂM TOÁN|CHỦ TỊCH)(?![\p{L}])/u;

function startsBody(text: string): boolean {
  return BODY_WORDS.test(text);
}

/** "ỦY BAN NHÂN DÂN" alone still needs its place on the next line, "THỦ TƯỚNG" its "CHÍNH PHỦ". */
function incomplete(text: string): boolean {
  return /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND|THỦ TƯỚNG)$/u.test(text.trim());
}
