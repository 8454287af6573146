// What a stored file is, decided from its name and checked against its first bytes: the type a
// browser sends is whatever the sender's machine guessed (or an attacker chose), so it is never
// kept. An .exe renamed .pdf, or a page of HTML sent as text/html, is refused or stored as what it
// is; nothing uploaded is ever served back as HTML or script.
import { invalid } from "../../../core/errors.ts";

type Check = (b: Uint8Array) => boolean;

const starts =
  (...magic: number[]): Check =>
  (b) =>
    magic.every((x, i) => b[i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const pdf = starts(...ascii("%PDF-"));
const zip: Check = (b) => starts(0x50, 0x4b, 0x03, 0x04)(b) || starts(0x50, 0x4b, 0x05, 0x06)(b);
const ole = starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const jpeg = starts(0xff, 0xd8, 0xff);
const png = starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const gif = starts(...ascii("GIF8"));
const webp: Check = (b) => starts(...ascii("RIFF"))(b) && ascii("WEBP").every((x, i) => b[8 + i] === x);

/** Text: no NUL and no other control bytes but tab, line feed, carriage return and form feed. */
const text: Check = (b) => {
  const head = b.subarray(0, 64 * 1024);
  for (const x of head) if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c) return false;
  return true;
};

const KINDS: Record<string, { mime: string; is: Check; label: string }> = {
  pdf: { mime: "application/pdf", is: pdf, label: "PDF" },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    is: zip,
    label: "Word (.docx)",
  },
  doc: { mime: "application/msword", is: ole, label: "Word (.doc)" },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    is: zip,
    label: "Excel (.xlsx)",
  },
  xls: { mime: "application/vnd.ms-excel", is: ole, label: "Excel (.xls)" },
  odt: { mime: "application/vnd.oasis.opendocument.text", is: zip, label: "OpenDocument (.odt)" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", is: zip, label: "OpenDocument (.ods)" },
  zip: { mime: "application/zip", is: zip, label: "ZIP" },
  jpg: { mime: "image/jpeg", is: jpeg, label: "ảnh JPEG" },
  jpeg: { mime: "image/jpeg", is: jpeg, label: "ảnh JPEG" },
  png: { mime: "image/png", is: png, label: "ảnh PNG" },
  gif: { mime: "image/gif", is: gif, label: "ảnh GIF" },
  webp: { mime: "image/webp", is: webp, label: "ảnh WebP" },
  // Plain text whatever it holds: an HTML page named .txt is shown as its source, never rendered.
  txt: { mime: "text/plain; charset=utf-8", is: text, label: "văn bản" },
  md: { mime: "text/plain; charset=utf-8", is: text, label: "văn bản" },
  csv: { mime: "text/csv; charset=utf-8", is: text, label: "bảng CSV" },
};

/** Programs, whatever they are named: Windows (MZ), Linux (ELF), macOS (Mach-O), scripts (#!). */
const PROGRAMS: Check[] = [
  starts(0x4d, 0x5a),
  starts(0x7f, 0x45, 0x4c, 0x46),
  starts(0xcf, 0xfa, 0xed, 0xfe),
  starts(0xfe, 0xed, 0xfa, 0xcf),
  starts(0x23, 0x21),
];

/** The type the file is stored and served as; refuses a file whose bytes are not what its name says. */
export function contentTypeOf(fileName: string, bytes: Uint8Array): string {
  if (PROGRAMS.some((is) => is(bytes)))
    throw invalid(`Tệp "${fileName}" là một chương trình chạy được, không phải tài liệu: không nhận.`);
  const ext = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? "";
  const kind = KINDS[ext];
  if (!kind) throw invalid(`Không nhận loại tệp của "${fileName}".`);
  if (!kind.is(bytes))
    throw invalid(
      `Nội dung tệp "${fileName}" không phải ${kind.label} như tên tệp cho biết. Hãy mở tệp kiểm tra rồi gửi lại đúng tệp.`,
    );
  return kind.mime;
}
