// Stored files (evidence, uploaded documents): metadata here, bytes behind the storage interface.
import { bigint, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, createdBy, id } from "../../db/columns.ts";

export const storedFiles = pgTable("stored_files", {
  id: id(),
  /** Key inside the storage (content-addressed: the SHA-256 of the bytes). */
  storageKey: text("storage_key").notNull(),
  fileName: text("file_name").notNull(),
  mimeType: text("mime_type").notNull(),
  size: bigint("size", { mode: "number" }).notNull(),
  sha256: text("sha256").notNull(),
  /** Which body's records the file belongs to: access follows that body. */
  orgId: uuid("org_id"),
  createdBy: createdBy(),
  createdAt: createdAt(),
});
export type StoredFileRow = typeof storedFiles.$inferSelect;
