// Settings an administrator changes at run time (not deployment configuration, which is the
// environment: src/server/config.ts). One row per named group, its value checked by the group's
// Zod schema (./contract.ts).
import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAt, updatedBy, version } from "../../db/columns.ts";

export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<Record<string, unknown>>().notNull(),
  version: version(),
  updatedBy: updatedBy(),
  updatedAt: updatedAt(),
});
