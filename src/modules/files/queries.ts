// Reads of stored files shared by the modules that attach them to their records.
import { storedFiles } from "./schema.ts";

/** A file's columns as answers show it (the storage key stays on the server). */
export const fileColumns = {
  id: storedFiles.id,
  fileName: storedFiles.fileName,
  mimeType: storedFiles.mimeType,
  size: storedFiles.size,
};
