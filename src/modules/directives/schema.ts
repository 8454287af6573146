// Tables of directive documents and their cascade. A directive is a node of the cascade: a *stub*
// when it is only cited, a *draft* while an official reviews an import, *confirmed* once it is part
// of the plan (nothing enters the plan unconfirmed). Its task groups and tasks carry, while in draft,
// the review's decisions: which bodies lead and support each task and whether a task addressed to
// several bodies fans out into one assignment per body.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  createdAt,
  createdBy,
  id,
  moment,
  reference,
  stringList,
  updatedAt,
  updatedBy,
  version,
} from "../../db/columns.ts";
import { storedFiles } from "../files/schema.ts";
import { optionalOrgRef } from "../orgs/schema.ts";
import {
  CITATION_RELATIONS,
  DIRECTIVE_STATUSES,
  type TimeframeValue,
  type UnitMapEntry,
} from "./contract.ts";
import { FOLLOW_UP_PATTERN } from "./rules/follow-up.ts";

// The API's shapes and the values of the enum columns live in contract.ts (no database there).
export type { TimeframeValue, UnitMapEntry } from "./contract.ts";

export const directives = pgTable(
  "directives",
  {
    id: id(),
    status: text("status", { enum: DIRECTIVE_STATUSES }).notNull(),
    /** Number and symbol as written ("123/KH-UBND", "45-NQ/TU"); null for documents without one. */
    symbol: text("symbol"),
    /** Folded symbol and year ("12/kh-ubnd@2023", rules/symbol-key.ts); null while in draft. */
    symbolKey: text("symbol_key"),
    /**
     * The body whose register holds the number (rules/scope.ts): symbols repeat across issuers ("12/KH-UBND"
     * in every district), so a document is its key within this scope. Null for a central symbol (one
     * document in the country) and for a stub whose issuer is not known.
     */
    scopeOrgId: optionalOrgRef("scope_org_id"),
    typeCode: text("type_code"),
    typeName: text("type_name"),
    title: text("title"),
    system: text("system", { enum: ["party", "state"] }),
    /** The issuer as written, and the body of the tree it was mapped to (when known). */
    issuerName: text("issuer_name"),
    issuerOrgId: optionalOrgRef("issuer_org_id"),
    parentIssuerName: text("parent_issuer_name"),
    issuedOn: date("issued_on"),
    place: text("place"),
    signer: jsonb("signer").$type<Record<string, unknown> | null>(),
    recipients: stringList("recipients"),
    /** The body whose officials imported and own the document (drafts are visible to them and above). */
    ownerOrgId: optionalOrgRef("owner_org_id"),
    /** Normalised text the task line numbers refer to; null for a stub. */
    text: text("text"),
    /** SHA-256 of the normalised text: the same document imported twice is detected. */
    textHash: text("text_hash"),
    sourceFileId: uuid("source_file_id").references(() => storedFiles.id),
    /** The parser's output as imported (kept for review and re-parsing comparisons). */
    parse: jsonb("parse").$type<Record<string, unknown> | null>(),
    /**
     * The review's unit decisions while in draft: each unit name the text uses, the bodies it means and
     * where that came from (remembered, a rule, the official). Copied into unit_mappings on confirmation.
     */
    unitMap: jsonb("unit_map").$type<UnitMapEntry[]>().notNull().default(sql`'[]'::jsonb`),
    createdBy: createdBy(),
    createdAt: createdAt(),
    confirmedBy: uuid("confirmed_by"),
    confirmedAt: moment("confirmed_at"),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One document per key and scope; no scope (central, or unknown issuer) counts as one scope.
    uniqueIndex("directives_identity_unique").on(
      t.symbolKey,
      sql`coalesce("scope_org_id", '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index("directives_text_hash_idx").on(t.textHash),
    index("directives_owner_idx").on(t.ownerOrgId),
  ],
);

/** The column that ties a row to its directive, removed with it. */
const ofDirective = () => reference("directive_id", () => directives.id, "cascade");

/** A citation between two directives; `implements` links make the cascade. */
export const directiveLinks = pgTable(
  "directive_links",
  {
    id: id(),
    fromId: reference("from_id", () => directives.id, "cascade"),
    toId: reference("to_id", () => directives.id),
    relation: text("relation", { enum: CITATION_RELATIONS }).notNull(),
    /** The sentence of the citation, as written. */
    citationText: text("citation_text"),
    /** Read from another document's citation sentence (stub → stub), not stated by `from` itself. */
    inferred: boolean("inferred").notNull().default(false),
  },
  (t) => [unique("directive_links_unique").on(t.fromId, t.toId), index("directive_links_to_idx").on(t.toId)],
);

export const directiveGroups = pgTable(
  "directive_groups",
  {
    id: id(),
    directiveId: ofDirective(),
    label: text("label").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    sourceLine: integer("source_line"),
    /**
     * A reference group of a stub, derived from the group titles its implementing documents share,
     * for coverage while the document's own text is not imported; replaced when it is.
     */
    derived: boolean("derived").notNull().default(false),
  },
  (t) => [index("directive_groups_directive_idx").on(t.directiveId)],
);

export const directiveTasks = pgTable(
  "directive_tasks",
  {
    id: id(),
    directiveId: ofDirective(),
    /** Null for a duty of TỔ CHỨC THỰC HIỆN (kind "responsibility"). */
    groupId: uuid("group_id").references(() => directiveGroups.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["task", "responsibility"] })
      .notNull()
      .default("task"),
    /** Labels from the group down: ["1", "1.2"]. */
    path: stringList("path"),
    title: text("title").notNull(),
    text: text("text").notNull(),
    /** Units as the document names them (the parser's lead/support). */
    leadText: stringList("lead_text"),
    supportText: stringList("support_text"),
    timeframe: jsonb("timeframe").$type<TimeframeValue>().notNull(),
    product: text("product"),
    /** Review decisions: the bodies that lead and support. */
    leadOrgIds: stringList("lead_org_ids"),
    supportOrgIds: stringList("support_org_ids"),
    /**
     * With several leads: true = each lead does the task in its own area (one assignment per lead,
     * progress rolls up); false = the review must keep one lead and make the others supporters.
     */
    fanOut: boolean("fan_out").notNull().default(false),
    /** Not every item is work to assign (e.g. a purpose statement kept for coverage only). */
    assign: boolean("assign").notNull().default(true),
    /** The official set this task's bodies by hand: later unit mappings no longer change them. */
    unitsEdited: boolean("units_edited").notNull().default(false),
    position: integer("position").notNull(),
    sourceLine: integer("source_line"),
    sourceEndLine: integer("source_end_line"),
    /**
     * The body this duty charges with following the plan (rules/follow-up.ts), or null: computed by
     * the database on every write of the row — confirmation, a later edit, a reorganisation — so the
     * read rule (tasks/queries/visibility.ts) reads a column instead of matching every duty's text on
     * every request, and no write path can forget it.
     */
    followUpOrgId: uuid("follow_up_org_id").generatedAlwaysAs(
      sql.raw(`case when kind = 'responsibility' and jsonb_array_length(lead_org_ids) = 1
        and (lead_org_ids ->> 0) ~ '^[0-9a-fA-F-]{36}$' and text ~* '${FOLLOW_UP_PATTERN}'
        then (lead_org_ids ->> 0)::uuid end`),
    ),
  },
  (t) => [
    index("directive_tasks_directive_idx").on(t.directiveId),
    index("directive_tasks_group_idx").on(t.groupId),
    index("directive_tasks_follow_up_idx")
      .on(t.followUpOrgId, t.directiveId)
      .where(sql`follow_up_org_id is not null`),
  ],
);

/** Reporting duties stated by a directive (the reports module collects against them). */
export const directiveReporting = pgTable(
  "directive_reporting",
  {
    id: id(),
    directiveId: ofDirective(),
    text: text("text").notNull(),
    toText: text("to_text"),
    toOrgId: optionalOrgRef("to_org_id"),
    viaText: text("via_text"),
    viaOrgId: optionalOrgRef("via_org_id"),
    /** YYYY-MM-DD or --MM-DD (yearly). */
    due: stringList("due"),
    frequency: jsonb("frequency").$type<string | string[] | null>(),
    sourceLine: integer("source_line"),
  },
  (t) => [index("directive_reporting_directive_idx").on(t.directiveId)],
);

/**
 * What officials confirmed a unit name means, remembered per owning body so the next import maps it
 * by itself ("Phòng Nội vụ" in a Gò Vấp plan → Phòng Nội vụ quận Gò Vấp; "16 phường" → 16 wards).
 */
export const unitMappings = pgTable(
  "unit_mappings",
  {
    id: id(),
    contextOrgId: optionalOrgRef("context_org_id"),
    /** Folded unit text. */
    textKey: text("text_key").notNull(),
    orgIds: jsonb("org_ids").$type<string[]>().notNull(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
  },
  (t) => [unique("unit_mappings_unique").on(t.contextOrgId, t.textKey)],
);

/** Coverage: which task group of the implemented document a child task carries out. */
export const coverageLinks = pgTable(
  "coverage_links",
  {
    id: id(),
    childTaskId: reference("child_task_id", () => directiveTasks.id, "cascade"),
    parentGroupId: reference("parent_group_id", () => directiveGroups.id, "cascade"),
    /** Text similarity of the suggestion, 0..1. */
    score: real("score"),
    status: text("status", { enum: ["suggested", "confirmed", "rejected"] }).notNull(),
    decidedBy: uuid("decided_by"),
    decidedAt: moment("decided_at"),
  },
  (t) => [unique("coverage_links_unique").on(t.childTaskId, t.parentGroupId)],
);

export type DirectiveRow = typeof directives.$inferSelect;
export type DirectiveTaskRow = typeof directiveTasks.$inferSelect;
export type DirectiveGroupRow = typeof directiveGroups.$inferSelect;
