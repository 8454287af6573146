// Stored files (evidence, uploaded documents): metadata here, bytes behind the storage interface.
import { bigint, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const storedFiles = pgTable("stored_files", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Key inside the storage (content-addressed: the SHA-256 of the bytes). */
  storageKey: text("storage_key").notNull(),
  fileName: text("file_name").notNull(),
  mimeType: text("mime_type").notNull(),
  size: bigint("size", { mode: "number" }).notNull(),
  sha256: text("sha256").notNull(),
  /** Which body's records the file belongs to: access follows that body. */
  orgId: uuid("org_id"),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type StoredFileRow = typeof storedFiles.$inferSelect;
