// .docx through mammoth: to HTML (which keeps the tables), then to text with pipe tables
// (docs/decisions/parser-pipeline.md explains why not mammoth's raw text or Markdown output).
// The zip is measured first (zip-check.ts); pictures are never unpacked, as the text has none of them.

import type { Extracted } from "./decode.ts";
import { htmlToText } from "./html-to-text.ts";
import { checkDocxZip } from "./zip-check.ts";

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  checkDocxZip(bytes);
  const { default: mammoth } = await import("mammoth");
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
  );
  const diagnostics = result.messages
    .filter((m) => m.type === "error")
    .map((m) => ({ line: 0, severity: "warning" as const, message: `Đọc tệp Word: ${m.message}` }));
  return { text: htmlToText(result.value), diagnostics };
}
