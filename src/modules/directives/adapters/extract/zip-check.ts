// Measures a .docx before mammoth unpacks it: the zip's central directory gives each entry's declared
// size, and each XML part is then inflated here with a hard output bound, since a declared size can
// lie. Only then does mammoth (which trusts the zip) read it. Zip64 and unusual methods are refused:
// Word writes neither for a document under 20 MB.
import { inflateRawSync } from "node:zlib";
import {
  DocumentLimitError,
  limitText,
  MAX_PARAGRAPHS,
  MAX_XML_PART_BYTES,
  MAX_XML_TOTAL_BYTES,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_TOTAL_BYTES,
  tooLargeDocument,
} from "./limits.ts";

const unreadable = (why: string) =>
  new DocumentLimitError("unreadable", `Tệp Word bị hỏng hoặc không đọc được: ${why}.`);

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

function centralDirectory(buf: Buffer): Entry[] {
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw unreadable("không thấy mục lục của tệp nén");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw tooLargeDocument("tệp nén dạng Zip64");
  if (count > MAX_ZIP_ENTRIES) throw tooLargeDocument(`${count} mục trong tệp nén`);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw unreadable("mục lục tệp nén sai");
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

function inflated(buf: Buffer, e: Entry, budget: number): Buffer {
  const local = e.localOffset;
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
    throw unreadable(`phần "${e.name}" sai`);
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data;
  if (e.method !== 8) throw unreadable(`phần "${e.name}" nén theo cách không hỗ trợ`);
  try {
    // One byte past the budget tells "exactly at the limit" from "over it".
    return inflateRawSync(data, { maxOutputLength: budget + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return Buffer.alloc(budget + 1);
    throw unreadable(`không giải nén được phần "${e.name}"`);
  }
}

/** Throws DocumentLimitError when the .docx unpacks to more than the caps allow. */
export function checkDocxZip(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  const { mib, fmt } = limitText;
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size === 0xffffffff || declared > MAX_ZIP_TOTAL_BYTES)
      throw tooLargeDocument(`giải nén ra hơn ${mib(MAX_ZIP_TOTAL_BYTES)}`);
  }
  let xmlTotal = 0;
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    if (e.size > MAX_XML_PART_BYTES)
      throw tooLargeDocument(
        `phần "${e.name}" giải nén ra ${mib(e.size)}, quá giới hạn ${mib(MAX_XML_PART_BYTES)}`,
      );
    const xml = inflated(buf, e, Math.min(MAX_XML_PART_BYTES, MAX_XML_TOTAL_BYTES - xmlTotal));
    xmlTotal += xml.length;
    if (xml.length > MAX_XML_PART_BYTES)
      throw tooLargeDocument(`phần "${e.name}" giải nén ra hơn ${mib(MAX_XML_PART_BYTES)}`);
    if (xmlTotal > MAX_XML_TOTAL_BYTES)
      throw tooLargeDocument(`nội dung Word giải nén ra hơn ${mib(MAX_XML_TOTAL_BYTES)}`);
    if (/^word\/document\.xml$/i.test(e.name)) {
      let paragraphs = 0;
      for (let i = xml.indexOf("<w:p"); i >= 0; i = xml.indexOf("<w:p", i + 4)) {
        const next = xml[i + 4];
        // "<w:p>" or "<w:p ", not "<w:pPr" or "<w:pStyle".
        if ((next === 0x3e || next === 0x20) && ++paragraphs > MAX_PARAGRAPHS)
          throw tooLargeDocument(`hơn ${fmt(MAX_PARAGRAPHS)} đoạn văn`);
      }
    }
  }
}
