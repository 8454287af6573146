// Saving and reading stored files. Access to a file follows the body whose records it belongs to.
import { eq } from "drizzle-orm";
import { canReadOrgRecords } from "../../core/access.ts";
import { forbidden, invalid, notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { getOrgRef } from "../orgs/service.ts";
import type { UseCaseContext } from "../shared/context.ts";
import { type StoredFileRow, storedFiles } from "./schema.ts";
import type { FileStorage } from "./storage.ts";

/** 20 MB: enough for a scanned report, small enough for a ward's connection. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const ALLOWED = /\.(pdf|docx?|xlsx?|odt|ods|txt|md|csv|jpe?g|png|gif|webp|zip)$/i;

export function checkUpload(fileName: string, size: number): void {
  if (size === 0) throw invalid(`Tệp "${fileName}" rỗng.`);
  if (size > MAX_FILE_BYTES) throw invalid(`Tệp "${fileName}" lớn hơn 20 MB.`);
  if (!ALLOWED.test(fileName))
    throw invalid(`Không nhận loại tệp của "${fileName}". Chấp nhận: PDF, Word, Excel, ảnh, văn bản, ZIP.`);
}

/** Stores the bytes and records the file (inside the caller's transaction when `db` is one). */
export async function saveFile(
  db: Db,
  storage: FileStorage,
  ctx: UseCaseContext,
  file: { bytes: Uint8Array; fileName: string; mimeType: string; orgId: string | null },
): Promise<StoredFileRow> {
  checkUpload(file.fileName, file.bytes.byteLength);
  const stored = await storage.put(file.bytes);
  const [row] = await db
    .insert(storedFiles)
    .values({
      storageKey: stored.key,
      fileName: file.fileName.slice(0, 255),
      mimeType: file.mimeType || "application/octet-stream",
      size: stored.size,
      sha256: stored.sha256,
      orgId: file.orgId,
      createdBy: ctx.actor?.userId ?? null,
    })
    .returning();
  return row!;
}

/** A file's record and bytes, if the actor may read the records of its body. */
export async function readStoredFile(ctx: UseCaseContext, storage: FileStorage, id: string) {
  const [row] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!row) throw notFound("tệp");
  if (ctx.actor && row.orgId) {
    const ref = await getOrgRef(ctx.db, row.orgId);
    if (!ref || !canReadOrgRecords(ctx.actor, ref)) throw forbidden("Bạn không được xem tệp này.");
  }
  return { row, bytes: await storage.get(row.storageKey) };
}
