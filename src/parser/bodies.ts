// The vocabulary of kinds of bodies (cơ quan, tổ chức) the stages recognise at the start of a name:
// the header's issuer lines, the re-joining of lines in normalisation and the system (Party or
// State) of an issuer. One list, in normal capitalisation, matched whatever the case and marks.

import { fold } from "./text.ts";
import type { System } from "./types.ts";

interface BodyKind {
  form: string;
  /** The system the kind belongs to, when the kind alone says it. */
  system?: System;
}

const KINDS: BodyKind[] = [
  // Party
  { form: "Đảng", system: "party" },
  { form: "Ban Thường vụ", system: "party" },
  { form: "Ban Chấp hành", system: "party" },
  { form: "Ban cán sự", system: "party" },
  { form: "Ban Tuyên giáo", system: "party" },
  { form: "Ban Tổ chức", system: "party" },
  { form: "Ban Dân vận", system: "party" },
  { form: "Ban Nội chính", system: "party" },
  { form: "Ủy ban Kiểm tra", system: "party" },
  { form: "Văn phòng Trung ương", system: "party" },
  { form: "Thành ủy", system: "party" },
  { form: "Tỉnh ủy", system: "party" },
  { form: "Huyện ủy", system: "party" },
  { form: "Quận ủy", system: "party" },
  { form: "Thị ủy", system: "party" },
  { form: "Chi bộ", system: "party" },
  // State
  { form: "Ủy ban nhân dân", system: "state" },
  { form: "UBND", system: "state" },
  { form: "Hội đồng nhân dân", system: "state" },
  { form: "HĐND", system: "state" },
  { form: "Chính phủ", system: "state" },
  { form: "Thủ tướng", system: "state" },
  { form: "Văn phòng Chính phủ", system: "state" },
  { form: "Quốc hội", system: "state" },
  { form: "Bộ", system: "state" },
  { form: "Sở", system: "state" },
  { form: "Tổng cục", system: "state" },
  { form: "Cục", system: "state" },
  { form: "Phòng", system: "state" },
  // Either, or other organisations
  { form: "Ủy ban" },
  { form: "Hội đồng" },
  { form: "Ban" },
  { form: "Chi cục" },
  { form: "Vụ" },
  { form: "Viện" },
  { form: "Tòa án" },
  { form: "Tòa" },
  { form: "TAND" },
  { form: "VKSND" },
  { form: "Văn phòng" },
  { form: "Thanh tra" },
  { form: "Trung tâm" },
  { form: "Trường" },
  { form: "Công an" },
  { form: "Mặt trận" },
  { form: "Liên đoàn" },
  { form: "Đoàn" },
  { form: "Hội" },
  { form: "Kho bạc" },
  { form: "Ngân hàng" },
  { form: "Bảo hiểm" },
  { form: "Tổng công ty" },
  { form: "Công ty" },
  { form: "Tập đoàn" },
  { form: "Đại học" },
  { form: "Học viện" },
  { form: "Bệnh viện" },
  { form: "Bộ Chỉ huy" },
  { form: "Ban Chỉ huy" },
  { form: "BCH" },
  { form: "Kiểm toán" },
  { form: "Chủ tịch" },
];

// Longest first, so that "Ủy ban nhân dân" wins over "Ủy ban" and "Bộ Chỉ huy" over "Bộ".
const BY_FOLD = KINDS.map((k) => ({ ...k, key: fold(k.form) })).sort((a, b) => b.key.length - a.key.length);

/** The kind of body the text starts with ("SỞ TÀI CHÍNH", "Sở Tài chính" → Sở), or null. */
export function bodyKindOf(text: string): BodyKind | null {
  const t = fold(text.trimStart());
  for (const k of BY_FOLD)
    if (t.startsWith(k.key) && !/\p{L}/u.test(t.charAt(k.key.length)))
      return { form: k.form, system: k.system };
  return null;
}
