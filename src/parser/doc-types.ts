// Document types and their abbreviations: State documents (Nghị định 30/2020/NĐ-CP, Phụ lục III),
// legal normative documents (Luật Ban hành văn bản quy phạm pháp luật) and Party documents
// (Hướng dẫn 36-HD/VPTW). Data, not code: a new type is a row.

import { fold } from "./text.ts";
import type { DocumentType, System } from "./types.ts";

interface TypeRow {
  name: string;
  code: string | null;
  /** Which system uses this code for this name; undefined = both. */
  system?: System;
}

const ROWS: TypeRow[] = [
  { name: "Chương trình hành động", code: "CTrHĐ", system: "party" },
  { name: "Chương trình hành động", code: "CTr", system: "state" },
  { name: "Nghị quyết", code: "NQ" },
  { name: "Quyết định", code: "QĐ" },
  { name: "Chỉ thị", code: "CT" },
  { name: "Quy chế", code: "QC" },
  { name: "Quy định", code: "QyĐ", system: "state" },
  { name: "Quy định", code: "QĐi", system: "party" },
  { name: "Thông cáo", code: "TC" },
  { name: "Thông báo", code: "TB" },
  { name: "Hướng dẫn", code: "HD" },
  { name: "Chương trình", code: "CTr" },
  { name: "Kế hoạch", code: "KH" },
  { name: "Phương án", code: "PA" },
  { name: "Đề án", code: "ĐA" },
  { name: "Dự án", code: "DA" },
  { name: "Báo cáo", code: "BC" },
  { name: "Biên bản", code: "BB" },
  { name: "Tờ trình", code: "TTr" },
  { name: "Hợp đồng", code: "HĐ" },
  { name: "Công điện", code: "CĐ" },
  { name: "Bản ghi nhớ", code: "BGN" },
  { name: "Bản thỏa thuận", code: "BTT" },
  { name: "Giấy ủy quyền", code: "GUQ" },
  { name: "Giấy mời", code: "GM" },
  { name: "Giấy giới thiệu", code: "GGT" },
  { name: "Giấy nghỉ phép", code: "GNP" },
  { name: "Phiếu gửi", code: "PG" },
  { name: "Phiếu chuyển", code: "PC" },
  { name: "Phiếu báo", code: "PB" },
  { name: "Kết luận", code: "KL" },
  { name: "Thông tri", code: "TT", system: "party" },
  { name: "Quyết định nhân sự", code: "QĐNS", system: "party" },
  { name: "Công văn", code: "CV", system: "party" },
  { name: "Công văn", code: null, system: "state" },
  { name: "Nghị định", code: "NĐ", system: "state" },
  { name: "Thông tư liên tịch", code: "TTLT", system: "state" },
  { name: "Thông tư", code: "TT", system: "state" },
  { name: "Nghị quyết liên tịch", code: "NQLT", system: "state" },
  { name: "Văn bản hợp nhất", code: "VBHN", system: "state" },
  { name: "Luật", code: null, system: "state" },
  { name: "Pháp lệnh", code: null, system: "state" },
  { name: "Hiến pháp", code: null, system: "state" },
];

const NAMES = [...new Set(ROWS.map((r) => r.name))].sort((a, b) => b.length - a.length);

/** Type names in capitals, longest first, for finding a type line inside flattened text. */
export const DOC_TYPE_NAMES_CAPS = NAMES.filter(
  (n) => n !== "Luật" && !n.startsWith("Giấy") && !n.startsWith("Phiếu"),
)
  .map((n) => n.toLocaleUpperCase("vi"))
  .concat(["CHƯƠNG TRÌNH", "CÔNG ĐIỆN KHẨN", "CÔNG ĐIỆN HỎA TỐC"]);

/** Type names as a regex alternation (case-insensitive use), longest first. */
export const DOC_TYPE_NAME_PATTERN = NAMES.join("|");

const BY_FOLD = new Map(NAMES.map((n) => [fold(n), n]));

/** The type name whose fold equals the text's ("KÉ HOACH" → "Kế hoạch"), or null. */
export function typeNameOf(text: string): string | null {
  const key = fold(text)
    .replace(/[^a-z ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return BY_FOLD.get(key) ?? null;
}

/** Type row for a name in a system. */
export function typeFromName(name: string, system: System | null): DocumentType {
  const rows = ROWS.filter((r) => r.name === name);
  const row = rows.find((r) => r.system === (system ?? "state")) ?? rows.find((r) => !r.system) ?? rows[0];
  return { code: row?.code ?? null, name };
}

const CODES = new Map<string, TypeRow[]>();
for (const r of ROWS) if (r.code) CODES.set(r.code, [...(CODES.get(r.code) ?? []), r]);

/** Type for an abbreviation as found in a symbol ("KH", "QD" read as "QĐ"), or null. */
export function typeFromCode(code: string, system: System | null): DocumentType | null {
  const known = canonicalCode(code);
  if (!known) return null;
  const rows = CODES.get(known) ?? [];
  const row = rows.find((r) => r.system === (system ?? "state")) ?? rows.find((r) => !r.system) ?? rows[0];
  return row ? { code: known, name: row.name } : null;
}

// Codes whose fold is shared by two codes (HD/HĐ, DA/ĐA) cannot be repaired from the fold alone.
const FOLDED_CODES = new Map<string, string[]>();
for (const code of CODES.keys()) {
  const k = fold(code);
  FOLDED_CODES.set(k, [...(FOLDED_CODES.get(k) ?? []), code]);
}

/** The official spelling of a type code: exact, or an OCR "D" for "Đ" when only one code fits. */
export function canonicalCode(code: string): string | null {
  if (CODES.has(code)) return code;
  const candidates = FOLDED_CODES.get(fold(code)) ?? [];
  return candidates.length === 1 ? candidates[0]! : null;
}
