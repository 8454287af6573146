// What an upload may be: not empty, at most 20 MB, of a kind officials exchange (documents, sheets,
// images, archives), never an executable. Checked before anything is stored.
import { invalid } from "../../../core/errors.ts";

/** 20 MB: enough for a scanned report, small enough for a ward's connection. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const ALLOWED = /\.(pdf|docx?|xlsx?|odt|ods|txt|md|csv|jpe?g|png|gif|webp|zip)$/i;

export function checkUpload(fileName: string, size: number): void {
  if (size === 0) throw invalid(`Tệp "${fileName}" rỗng.`);
  if (size > MAX_FILE_BYTES) throw invalid(`Tệp "${fileName}" lớn hơn 20 MB.`);
  if (!ALLOWED.test(fileName))
    throw invalid(`Không nhận loại tệp của "${fileName}". Chấp nhận: PDF, Word, Excel, ảnh, văn bản, ZIP.`);
}
