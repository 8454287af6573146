// Text extraction from uploaded or given files: .txt/.md, .docx, .pdf → text for the parser.
// I/O-free: takes the bytes, so the web upload and the CLI share it.

import type { Diagnostic } from "../../../../parser/types.ts";
import { decodeText, type Extracted } from "./decode.ts";
import { limitText, MAX_CHARS, tooLargeDocument } from "./limits.ts";

export type { Extracted } from "./decode.ts";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".docx", ".pdf"] as const;

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName.toLowerCase());
  return m ? m[0] : "";
}

function looksLike(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Extracts the text of a document; problems are diagnostics, an unreadable file is an error. */
export async function extractText(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const ext = extensionOf(fileName);
  // The content decides over the name: a PDF saved as .txt is still a PDF.
  if (looksLike(bytes, [0x25, 0x50, 0x44, 0x46])) return (await import("./pdf.ts")).extractPdf(bytes);
  if (looksLike(bytes, [0x50, 0x4b, 0x03, 0x04]) && (ext === ".docx" || ext === "" || ext === ".doc"))
    return (await import("./docx.ts")).extractDocx(bytes);
  if (ext === ".doc" && looksLike(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new Error("Tệp .doc (Word 97-2003) chưa được hỗ trợ: hãy lưu lại thành .docx");
  // Plain text takes at most 3 bytes a character (UTF-8; 2 in UTF-16, 1 in Windows-1258): past this
  // it surely has more characters than a directive, and is refused before it is decoded.
  if (bytes.length > 3 * MAX_CHARS) throw tooLargeDocument(`tệp văn bản ${limitText.mib(bytes.length)}`);
  const out: Extracted = decodeText(bytes);
  if (ext && !(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext))
    out.diagnostics.push({
      line: 0,
      severity: "info",
      message: `Phần mở rộng "${ext}" được đọc như văn bản thuần`,
    });
  return out;
}
