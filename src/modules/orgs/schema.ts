// Tables of the organisation tree (its API shapes are in ./contract.ts). Levels are data (kind, level), never code:
// Vietnam reorganises its units (the 2025 reform merged communes and removed the district level).
import { type AnyPgColumn, date, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, createdBy, id, reference, stringList, timestamps, version } from "../../db/columns.ts";
import { CHANGE_ROLES, ORG_CHANGE_KINDS, ORG_STATUSES, ORG_SYSTEMS } from "./contract.ts";

/** A column naming a body of the tree, for any module's table ("org_id" unless named otherwise). */
export const orgRef = <N extends string = "org_id">(name: N = "org_id" as N) =>
  reference(name, (): AnyPgColumn => orgs.id);

/** The same, where the body may be unknown or absent. */
export const optionalOrgRef = <N extends string>(name: N) =>
  uuid(name).references((): AnyPgColumn => orgs.id);

export const orgs = pgTable(
  "orgs",
  {
    id: id(),
    /** Stable external key used by import/export ("hcm.govap.p1"); optional. */
    code: text("code").unique(),
    parentId: optionalOrgRef("parent_id"),
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
    aliases: stringList("aliases"),
    /** Folded name, short name and aliases, for search that ignores diacritics. */
    searchText: text("search_text").notNull().default(""),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    status: text("status", { enum: ORG_STATUSES }).notNull().default("active"),
    /** Where open work goes when this body is merged or dissolved (split: see org_change_links). */
    successorId: optionalOrgRef("successor_id"),
    version: version(),
    ...timestamps(),
  },
  (t) => [index("orgs_parent_idx").on(t.parentId), index("orgs_path_idx").on(t.path)],
);

/** Earlier names of a body, so that history stays readable after a rename. */
export const orgNames = pgTable(
  "org_names",
  {
    id: id(),
    orgId: orgRef(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
  },
  (t) => [index("org_names_org_idx").on(t.orgId)],
);

/** One reorganisation event: rename, merge (N→1), split (1→N), dissolve, move. */
export const orgChanges = pgTable("org_changes", {
  id: id(),
  kind: text("kind", { enum: ORG_CHANGE_KINDS }).notNull(),
  effectiveDate: date("effective_date").notNull(),
  /** The decision that ordered it ("Nghị quyết 1656/NQ-UBTVQH15"), as written. */
  decisionRef: text("decision_ref"),
  note: text("note"),
  createdBy: createdBy(),
  createdAt: createdAt(),
});

export const orgChangeLinks = pgTable(
  "org_change_links",
  {
    changeId: reference("change_id", () => orgChanges.id),
    orgId: orgRef(),
    role: text("role", { enum: CHANGE_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.changeId, t.orgId, t.role] }),
    index("org_change_links_org_idx").on(t.orgId),
  ],
);

export type OrgRow = typeof orgs.$inferSelect;
