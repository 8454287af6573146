// Tables of the organisation tree (its API shapes are in ./contract.ts). Levels are data (kind, level), never code:
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
import { CHANGE_ROLES, ORG_CHANGE_KINDS, ORG_STATUSES, ORG_SYSTEMS } from "./contract.ts";

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
    role: text("role", { enum: CHANGE_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.changeId, t.orgId, t.role] }),
    index("org_change_links_org_idx").on(t.orgId),
  ],
);

export type OrgRow = typeof orgs.$inferSelect;
