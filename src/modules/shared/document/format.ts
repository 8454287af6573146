// The texts both writers (docx, xlsx) print the same way: numbers in Vietnamese, the date line, the
// number-and-symbol line and the signer's authority, each as Nghị định 30/2020/NĐ-CP (State) or
// Hướng dẫn 36-HD/VPTW (Party) writes it. Pure, so the tests read the rules without a file.
import type {
  ColumnFormat,
  DocumentDate,
  DocumentKind,
  DocumentReference,
  DocumentSystem,
  IssuingBody,
  SigningAuthority,
  TableCell,
} from "./model.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  const key = String(digits);
  let f = numberFormats.get(key);
  if (!f) {
    // vi-VN: "." between thousands, "," before decimals (1.234,5).
    f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** A cell as printed: numbers in Vietnamese by the column's format, "-" for an empty cell. */
export function formatCell(value: TableCell, format: ColumnFormat, decimals = 1): string {
  if (value === null) return "-";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "-";
  switch (format) {
    case "integer":
      return numberFormat(0).format(value);
    case "decimal":
      return numberFormat(decimals).format(value);
    case "percent":
      return `${numberFormat(decimals).format(value)}%`;
    default:
      return String(value);
  }
}

/** Day under 10 and months 1 and 2 take a leading zero (Phụ lục I, II.4.b); the same in Party documents. */
function pad(n: number, when: boolean): string {
  return when && n < 10 ? `0${n}` : String(n);
}

/** "Gò Vấp, ngày 05 tháng 6 năm 2026", or with blanks for the day and month of a draft. */
export function dateLine(place: string, date: DocumentDate): string {
  if ("year" in date) return `${place}, ngày      tháng      năm ${date.year}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.iso);
  if (!m) throw new Error(`Ngày ban hành không hợp lệ: ${date.iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return `${place}, ngày ${pad(day, true)} tháng ${pad(month, month < 3)} năm ${year}`;
}

/** "Số: 125/BC-UBND" (State) or "Số 125-BC/ĐU" (Party); a blank where the clerk writes the number. */
export function referenceLine(
  system: DocumentSystem,
  kind: DocumentKind,
  issuer: IssuingBody,
  reference: DocumentReference,
): string {
  const suffix = reference.suffix ? `-${reference.suffix}` : "";
  if (system === "party") return `Số ${reference.number ?? "       "}-${kind.code}/${issuer.code}${suffix}`;
  return `Số: ${reference.number ?? "       "}/${kind.code}-${issuer.code}${suffix}`;
}

const STATE_PREFIX: Record<SigningAuthority, string> = {
  "on-behalf": "TM.",
  deputy: "KT.",
  acting: "Q.",
  "by-order": "TL.",
  "by-authorisation": "TUQ.",
};
const PARTY_PREFIX: Record<SigningAuthority, string> = {
  "on-behalf": "T/M",
  deputy: "K/T",
  acting: "Q.",
  "by-order": "T/L",
  "by-authorisation": "TUQ.",
};

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ". */
export function authorityLine(system: DocumentSystem, kind: SigningAuthority, of: string): string {
  const prefix = (system === "party" ? PARTY_PREFIX : STATE_PREFIX)[kind];
  return `${prefix} ${upper(of)}`;
}

export const upper = (s: string): string => s.toLocaleUpperCase("vi");

/** "- Lưu: VT, NV." (State) or "- Lưu Văn phòng Đảng ủy." (Party) from the archive's holders. */
export function archiveLine(system: DocumentSystem, archive: string[] | undefined): string {
  const holders = archive?.length ? archive : system === "party" ? ["Văn phòng"] : ["VT"];
  return system === "party" ? `- Lưu ${holders.join(", ")}.` : `- Lưu: ${holders.join(", ")}.`;
}
