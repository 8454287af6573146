// The issuing body of an official document as the header prints it, from the organisation tree's
// names: its abbreviation in the symbol, whether it stands alone (an Ủy ban nhân dân or Hội đồng
// nhân dân has no parent line, Nghị định 30/2020/NĐ-CP Phụ lục I), and the place of the date line.
// Pure: names in, strings out.
import { foldVietnamese } from "../../../core/text/fold.ts";

/** Bodies the decree lets stand without their superior above them. */
export const STANDS_ALONE = /^(Ủy ban nhân dân|Hội đồng nhân dân)/i;

/** "Phòng Nội vụ quận Gò Vấp" → "PNV"; "Ủy ban nhân dân Phường 1" → "UBND". */
export function bodyCode(name: string): string {
  const head = name.split(/\s+(?=(quận|huyện|thị xã|thành phố|tỉnh|phường|xã|thị trấn)\b)/i)[0] ?? name;
  return foldVietnamese(head)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** The place of the date line: the nearest district, town or province the body sits in. */
export function placeOf(names: string[]): string {
  for (const n of [...names].reverse()) {
    const m = /(?:quận|huyện|thị xã|thành phố|tỉnh)\s+(.+)$/i.exec(n);
    if (m) return m[1]!;
  }
  return "";
}
