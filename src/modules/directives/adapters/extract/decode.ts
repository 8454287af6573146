// Plain text files (.txt, .md): UTF-8 with or without BOM, UTF-16 with a BOM, and legacy
// Windows-1258 files (Vietnamese Windows code page), which are detected and reported.

import type { Diagnostic } from "../../../../parser/types.ts";

export interface Extracted {
  text: string;
  diagnostics: Diagnostic[];
}

/** Characters of the TCVN3 (ABC) font encoding that never occur in Unicode Vietnamese text. */
const TCVN3_MARKS = /[µ¸¶·¹¨»¾¼½Æ©ÇË®ÌÐÎÏÑªÖ×ØÜÞßäåæçë¬îïñö÷øûüþ]/g;

export function decodeText(bytes: Uint8Array): Extracted {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), diagnostics };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), diagnostics };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    if ((text.slice(0, 20_000).match(TCVN3_MARKS) ?? []).length >= 3)
      diagnostics.push({
        line: 0,
        severity: "warning",
        message: "Văn bản có vẻ dùng phông chữ TCVN3 (ABC) cũ; cần chuyển sang Unicode trước khi phân tích",
      });
    return { text, diagnostics };
  } catch {
    // Not UTF-8: the legacy Vietnamese Windows code page is the likely one.
    diagnostics.push({
      line: 0,
      severity: "warning",
      message: "Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258, cần kiểm tra lại chữ có dấu",
    });
    let text: string;
    try {
      text = new TextDecoder("windows-1258").decode(bytes);
    } catch {
      text = new TextDecoder("latin1").decode(bytes);
    }
    return { text: text.normalize("NFC"), diagnostics };
  }
}
