// Masking personal data in a text before it is published (Luật Tố cáo 2018 Điều 47–48; Nghị định
// 13/2023/NĐ-CP on personal data): e-mail addresses, phone numbers, identity numbers, street
// addresses and people's names found in free text become placeholders. Over-masking is the safe
// side: the officer reviews the masked text before it is published. Pure and idempotent.

export const MASKS = {
  email: "[thư điện tử]",
  phone: "[số điện thoại]",
  id: "[số giấy tờ]",
  address: "[địa chỉ]",
  name: "[họ tên]",
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// 0912 345 678, 0912.345.678, +84 912 345 678, (028) 3894 1234: 9–11 digits with separators.
const PHONE = /(?<![\p{N}])(?:\+84[\s.-]?|\(?0)(?:[\s.)-]{0,2}\d){9,10}(?![\p{N}])/gu;
// CMND (9 digits) and CCCD (12 digits), with or without spaces in groups.
const ID_NUMBER = /(?<![\p{N}])(?:\d{3}[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{3})?)(?![\p{N}])/gu;

const UPPER_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";
// "số 12 đường Nguyễn Văn Lượng", "123/4 Lê Đức Thọ", "hẻm 45 Quang Trung", "địa chỉ: ...".
const ADDRESS = new RegExp(
  [
    `(?:địa chỉ|nơi ở|trú tại|cư trú tại|ngụ tại)\\s*:?\\s*[^,;.\\n\\[\\]]+`,
    `(?:(?:số|nhà)\\s+)?\\d+[A-Za-z]?(?:\\/\\d+[A-Za-z]?)*\\s+(?:(?:đường|hẻm|ngõ|ngách|kiệt|phố)\\s+)?${UPPER_WORD}(?:\\s+${UPPER_WORD}){0,4}`,
    `(?:hẻm|ngõ|ngách|kiệt)\\s+\\d+[A-Za-z]?(?:\\/\\d+)*`,
  ].join("|"),
  "gu",
);

const SURNAMES =
  "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Đào|Mai|Trương|Lâm|Phùng|Tô|Hà|Cao|Lưu|Tạ|Châu|Thái|Lương|Quách|Văn|Kiều|Tăng|La|Triệu";
// A person named after an honorific ("ông Tư", "bà Nguyễn Thị B"), or a full name that starts with
// a common surname and has two to four more capitalised words.
const HONORIFIC_NAME = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:ông|bà|anh|chị|cô|chú|bác|em|cháu|Ông|Bà|Anh|Chị|Cô|Chú|Bác|Em|Cháu)\\s+)${UPPER_WORD}(?:\\s+${UPPER_WORD}){0,3}`,
  "gu",
);
const FULL_NAME = new RegExp(`(?<![\\p{L}])(?:${SURNAMES})(?:\\s+${UPPER_WORD}){1,4}(?![\\p{L}])`, "gu");

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text with personal data replaced by placeholders. `known` are values the case itself holds
 * (the sender's name, phone, address): masked wherever they appear, whatever their shape.
 */
export function maskPersonalData(text: string, known: readonly (string | null | undefined)[] = []): string {
  let out = text;
  for (const value of known) {
    const v = value?.trim();
    if (v && v.length >= 3) out = out.replace(new RegExp(escapeRegExp(v), "giu"), MASKS.name);
  }
  return out
    .replace(EMAIL, MASKS.email)
    .replace(PHONE, MASKS.phone)
    .replace(ID_NUMBER, MASKS.id)
    .replace(ADDRESS, MASKS.address)
    .replace(HONORIFIC_NAME, MASKS.name)
    .replace(FULL_NAME, MASKS.name);
}
