// Tables and API shapes of the organisation tree. Levels are data (kind, level), never code:
// Vietnam reorganises its units (the 2025 reform merged communes and removed the district level).
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { z } from "zod";

export const ORG_SYSTEMS = ["party", "state", "mass"] as const;
export const ORG_STATUSES = ["active", "merged", "split", "dissolved"] as const;
export const ORG_CHANGE_KINDS = ["create", "rename", "merge", "split", "dissolve", "move"] as const;

export const orgs = pgTable(
  "orgs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stable external key used by import/export ("hcm.govap.p1"); optional. */
    code: text("code").unique(),
    parentId: uuid("parent_id").references((): AnyPgColumn => orgs.id),
    /** Materialised path of ids, root first, self last: "/a/b/c/". Rewritten on move. */
    path: text("path").notNull(),
    depth: integer("depth").notNull().default(0),
    system: text("system", { enum: ORG_SYSTEMS }).notNull(),
    /** party_committee, standing_board, party_board, peoples_committee, department, ward, council, front ... */
    kind: text("kind").notNull(),
    /** Free label of the administrative level ("trung ương", "tỉnh", "huyện", "xã"): data, not code. */
    level: text("level"),
    name: text("name").notNull(),
    shortName: text("short_name"),
    aliases: jsonb("aliases").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Folded name, short name and aliases, for search that ignores diacritics. */
    searchText: text("search_text").notNull().default(""),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    status: text("status", { enum: ORG_STATUSES }).notNull().default("active"),
    /** Where open work goes when this body is merged or dissolved (split: see org_change_links). */
    successorId: uuid("successor_id").references((): AnyPgColumn => orgs.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("orgs_parent_idx").on(t.parentId), index("orgs_path_idx").on(t.path)],
);

/** Earlier names of a body, so that history stays readable after a rename. */
export const orgNames = pgTable(
  "org_names",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => orgs.id),
    name: text("name").notNull(),
    shortName: text("short_name"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
  },
  (t) => [index("org_names_org_idx").on(t.orgId)],
);

/** One reorganisation event: rename, merge (N→1), split (1→N), dissolve, move. */
export const orgChanges = pgTable("org_changes", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: text("kind", { enum: ORG_CHANGE_KINDS }).notNull(),
  effectiveDate: date("effective_date").notNull(),
  /** The decision that ordered it ("Nghị quyết 1656/NQ-UBTVQH15"), as written. */
  decisionRef: text("decision_ref"),
  note: text("note"),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const orgChangeLinks = pgTable(
  "org_change_links",
  {
    changeId: uuid("change_id")
      .notNull()
      .references(() => orgChanges.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => orgs.id),
    role: text("role", { enum: ["source", "successor"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.changeId, t.orgId, t.role] }),
    index("org_change_links_org_idx").on(t.orgId),
  ],
);

export type OrgRow = typeof orgs.$inferSelect;

// ---------- API shapes ----------
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD");

export const orgInput = z.object({
  code: z.string().trim().min(1).max(100).nullish(),
  parentId: z.uuid().nullish(),
  system: z.enum(ORG_SYSTEMS),
  kind: z.string().trim().min(1).max(60),
  level: z.string().trim().max(60).nullish(),
  name: z.string().trim().min(2, "Tên cơ quan quá ngắn").max(300),
  shortName: z.string().trim().max(120).nullish(),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  validFrom: isoDate.nullish(),
});
export type OrgInput = z.infer<typeof orgInput>;

export const orgUpdate = orgInput.partial().extend({ version: z.number().int().positive() });
export type OrgUpdate = z.infer<typeof orgUpdate>;

export const orgOut = z.object({
  id: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  depth: z.number(),
  system: z.enum(ORG_SYSTEMS),
  kind: z.string(),
  level: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  status: z.enum(ORG_STATUSES),
  successorId: z.string().nullable(),
  version: z.number(),
});
export type OrgOut = z.infer<typeof orgOut>;

export const orgDetailOut = orgOut.extend({
  names: z.array(
    z.object({
      name: z.string(),
      shortName: z.string().nullable(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    }),
  ),
  changes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(ORG_CHANGE_KINDS),
      effectiveDate: z.string(),
      decisionRef: z.string().nullable(),
      note: z.string().nullable(),
      role: z.enum(["source", "successor"]),
      others: z.array(
        z.object({ orgId: z.string(), name: z.string(), role: z.enum(["source", "successor"]) }),
      ),
    }),
  ),
});

export const importReportOut = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export const mergeOut = z.object({ changeId: z.string(), successor: orgOut });
export const splitOut = z.object({ changeId: z.string(), successors: z.array(orgOut) });

export const renameInput = z.object({
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(120).nullish(),
  effectiveDate: isoDate,
  decisionRef: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const mergeInput = z.object({
  sourceIds: z.array(z.uuid()).min(1, "Cần ít nhất một cơ quan bị hợp nhất"),
  /** An existing body that absorbs the others, or a new one described here. */
  successorId: z.uuid().nullish(),
  successor: orgInput.nullish(),
  effectiveDate: isoDate,
  decisionRef: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const splitInput = z.object({
  sourceId: z.uuid(),
  successors: z.array(orgInput).min(2, "Chia tách phải tạo ít nhất hai cơ quan"),
  effectiveDate: isoDate,
  decisionRef: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const dissolveInput = z.object({
  successorId: z.uuid().nullish(),
  effectiveDate: isoDate,
  decisionRef: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const moveInput = z.object({
  parentId: z.uuid().nullable(),
  effectiveDate: isoDate,
  decisionRef: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(2000).nullish(),
});
