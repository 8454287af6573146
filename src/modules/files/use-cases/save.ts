// Saving a stored file: the upload is checked (size, kind, and that its bytes are that kind), its bytes go to the storage, its record to the
// table (inside the caller's transaction when `db` is one).
import type { Db } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { FileStorage } from "../adapters/storage.ts";
import { contentTypeOf } from "../rules/content.ts";
import { checkUpload } from "../rules/upload.ts";
import { type StoredFileRow, storedFiles } from "../schema.ts";

/** Stores the bytes and records the file (inside the caller's transaction when `db` is one). */
export async function saveFile(
  db: Db,
  storage: FileStorage,
  ctx: UseCaseContext,
  file: { bytes: Uint8Array; fileName: string; mimeType: string; orgId: string | null },
): Promise<StoredFileRow> {
  checkUpload(file.fileName, file.bytes.byteLength);
  // The sender's type is not kept: the name decides, the bytes confirm (rules/content.ts).
  const mimeType = contentTypeOf(file.fileName, file.bytes);
  const stored = await storage.put(file.bytes);
  const [row] = await db
    .insert(storedFiles)
    .values({
      storageKey: stored.key,
      fileName: file.fileName.slice(0, 255),
      mimeType,
      size: stored.size,
      sha256: stored.sha256,
      orgId: file.orgId,
      createdBy: ctx.actor?.userId ?? null,
    })
    .returning();
  return row!;
}
