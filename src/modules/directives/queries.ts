// Every query the directives feature runs that is shared by more than one use case, in one place so
// that a reviewer sees them together (guides/code-shape.md §7).
import { and, asc, desc, eq, inArray, isNotNull, like, ne, or, sql } from "drizzle-orm";
import { type Actor, lineageFromPath, type OrgRef } from "../../core/access.ts";
import { conflict, forbidden, invalid, notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../audit/schema.ts";
import { getOrgRef, type OrgLabel, orgLabels } from "../orgs/queries.ts";
import { orgs } from "../orgs/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import { visibleTo } from "../tasks/queries/visibility.ts";
import { assignments } from "../tasks/schema.ts";
import { directivePolicy, type PolicyDirective } from "./policy.ts";
import type { CascadeNode, Edge } from "./rules/cascade.ts";
import { symbolBase } from "./rules/symbol-key.ts";
import { OrgIndex, type TreeOrg } from "./rules/units.ts";
import {
  type DirectiveRow,
  type DirectiveTaskRow,
  directiveGroups,
  directiveLinks,
  directiveReporting,
  directives,
  directiveTasks,
  unitMappings,
} from "./schema.ts";

/** The columns of a document as lists show it (contract.ts: directiveSummaryOut, times as stored). */
export const summaryColumns = {
  id: directives.id,
  status: directives.status,
  symbol: directives.symbol,
  typeName: directives.typeName,
  title: directives.title,
  system: directives.system,
  issuerName: directives.issuerName,
  issuerOrgId: directives.issuerOrgId,
  issuedOn: directives.issuedOn,
  ownerOrgId: directives.ownerOrgId,
  createdAt: directives.createdAt,
  confirmedAt: directives.confirmedAt,
};

export async function loadOrgIndex(db: Db): Promise<OrgIndex> {
  const rows = await db
    .select({
      id: orgs.id,
      parentId: orgs.parentId,
      path: orgs.path,
      kind: orgs.kind,
      name: orgs.name,
      shortName: orgs.shortName,
      aliases: orgs.aliases,
      status: orgs.status,
    })
    .from(orgs)
    .orderBy(asc(orgs.depth), asc(orgs.name));
  return new OrgIndex(
    rows.map(
      (r): TreeOrg => ({
        id: r.id,
        parentId: r.parentId,
        lineage: lineageFromPath(r.path),
        kind: r.kind,
        name: r.name,
        shortName: r.shortName,
        aliases: r.aliases,
        active: r.status === "active",
      }),
    ),
  );
}

export function orgRefOf(index: OrgIndex, id: string | null): OrgRef | null {
  const o = id ? index.byId.get(id) : undefined;
  return o ? { id: o.id, lineage: o.lineage } : null;
}

export const orgRef = (db: Db, id: string | null): Promise<OrgRef | null> =>
  id ? getOrgRef(db, id) : Promise.resolve(null);

/** Names of bodies, for display. */
export async function orgNames(db: Db, ids: Iterable<string>): Promise<Record<string, OrgLabel>> {
  return Object.fromEntries(await orgLabels(db, ids));
}

/** Remembered unit mappings under a context body: folded unit key → bodies. */
export async function rememberedUnits(db: Db, contextOrgId: string | null): Promise<Map<string, string[]>> {
  if (!contextOrgId) return new Map();
  const rows = await db
    .select({ key: unitMappings.textKey, orgIds: unitMappings.orgIds })
    .from(unitMappings)
    .where(eq(unitMappings.contextOrgId, contextOrgId));
  return new Map(rows.map((r) => [r.key, r.orgIds]));
}

export async function requireDirective(db: Db, id: string): Promise<DirectiveRow> {
  const [row] = await db.select().from(directives).where(eq(directives.id, id));
  if (!row) throw notFound("văn bản");
  return row;
}

export async function policyView(db: Db, row: DirectiveRow): Promise<PolicyDirective> {
  return { status: row.status, owner: await orgRef(db, row.ownerOrgId) };
}

/** The directive, if the actor may read it (a draft of another body answers "not found"). */
export async function readableDirective(ctx: UseCaseContext, id: string): Promise<DirectiveRow> {
  const row = await requireDirective(ctx.db, id);
  if (ctx.actor && !directivePolicy.read(ctx.actor, await policyView(ctx.db, row))) throw notFound("văn bản");
  return row;
}

/** A draft the actor may edit; anything else is refused with the reason. */
export async function editableDraft(ctx: UseCaseContext, db: Db, id: string): Promise<DirectiveRow> {
  const row = await requireDirective(db, id);
  const view = await policyView(db, row);
  if (ctx.actor && !directivePolicy.read(ctx.actor, view)) throw notFound("văn bản");
  if (row.status !== "draft")
    throw conflict("Văn bản đã được xác nhận hoặc chỉ là văn bản được trích dẫn: không sửa được.");
  if (ctx.actor && !directivePolicy.review(ctx.actor, view))
    throw forbidden("Chỉ cán bộ của cơ quan nhập văn bản (hoặc cấp trên) được rà soát bản nháp này.");
  return row;
}

/**
 * Takes the next version of a draft: the edit goes through only if nobody changed the draft since the
 * editor loaded `version`; otherwise 409 with the other person's change.
 */
export async function bumpVersion(tx: Db, ctx: UseCaseContext, id: string, version: number): Promise<number> {
  const [row] = await tx
    .update(directives)
    .set({ version: version + 1, updatedAt: ctx.now })
    .where(and(eq(directives.id, id), eq(directives.version, version)))
    .returning({ version: directives.version });
  if (row) return row.version;
  const current = await requireDirective(tx, id);
  const [last] = await tx
    .select({
      at: auditEvents.at,
      by: auditEvents.actorLabel,
      action: auditEvents.action,
      summary: auditEvents.summary,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, "directive"), eq(auditEvents.entityId, id)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  throw conflict(
    `Bản nháp vừa được ${last ? `${last.by} ` : "người khác "}sửa${last?.summary?.what ? ` (${String(last.summary.what)})` : ""}. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.`,
    { version: current.version, lastChange: last ?? null },
  );
}

/** A task of this directive, or 404. */
export async function requireTask(db: Db, directiveId: string, taskId: string): Promise<DirectiveTaskRow> {
  const [t] = await db
    .select()
    .from(directiveTasks)
    .where(and(eq(directiveTasks.id, taskId), eq(directiveTasks.directiveId, directiveId)));
  if (!t) throw notFound("nhiệm vụ trong văn bản này");
  return t;
}

/** Refuses bodies that do not exist or no longer operate. */
export async function requireActiveOrgs(db: Db, ids: readonly string[]) {
  if (!ids.length) return;
  const found = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(inArray(orgs.id, [...new Set(ids)]), eq(orgs.status, "active")));
  if (found.length !== new Set(ids).size)
    throw invalid("Có cơ quan được chọn không tồn tại hoặc không còn hoạt động.");
}

export async function groupsOf(db: Db, directiveId: string) {
  return db
    .select()
    .from(directiveGroups)
    .where(eq(directiveGroups.directiveId, directiveId))
    .orderBy(asc(directiveGroups.position));
}

export async function tasksOf(db: Db, directiveId: string) {
  return db
    .select()
    .from(directiveTasks)
    .where(eq(directiveTasks.directiveId, directiveId))
    .orderBy(asc(directiveTasks.position));
}

export async function reportingOf(db: Db, directiveId: string) {
  return db
    .select()
    .from(directiveReporting)
    .where(eq(directiveReporting.directiveId, directiveId))
    .orderBy(asc(directiveReporting.sourceLine));
}

/** A document's content in document order: its task groups, its tasks and its reporting duties. */
export async function contentOf(db: Db, directiveId: string) {
  const [groups, tasks, reporting] = await Promise.all([
    groupsOf(db, directiveId),
    tasksOf(db, directiveId),
    reportingOf(db, directiveId),
  ]);
  return { groups, tasks, reporting };
}

/** Rows that may be the same document as `symbol`: same number, then compared by folded key. */
export async function rowsWithSymbol(db: Db, symbol: string, excludeId: string | null = null) {
  const number = /^\d+[a-z]?/i.exec(symbol.trim())?.[0] ?? symbol;
  const rows = await db
    .select({
      id: directives.id,
      status: directives.status,
      symbol: directives.symbol,
      symbolKey: directives.symbolKey,
      scopeOrgId: directives.scopeOrgId,
      issuedOn: directives.issuedOn,
      issuerOrgId: directives.issuerOrgId,
      ownerOrgId: directives.ownerOrgId,
      title: directives.title,
    })
    .from(directives)
    .where(
      and(
        isNotNull(directives.symbol),
        or(like(directives.symbol, `${number}%`), like(directives.symbolKey, `${number}%`)),
        excludeId ? ne(directives.id, excludeId) : undefined,
      ),
    );
  const base = symbolBase(symbol);
  return rows.filter((r) => symbolBase(r.symbol!) === base);
}

/** The bodies of the documents citing each of `ids` (their issuer's, else their scope's or owner's). */
export async function citingBodies(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db
    .select({
      toId: directiveLinks.toId,
      body: sql<
        string | null
      >`coalesce(${directives.issuerOrgId}, ${directives.scopeOrgId}, ${directives.ownerOrgId})`,
    })
    .from(directiveLinks)
    .innerJoin(directives, eq(directives.id, directiveLinks.fromId))
    .where(inArray(directiveLinks.toId, [...ids]));
  for (const r of rows) if (r.body) out.get(r.toId)!.push(r.body);
  return out;
}

/** The cascade graph: every "implements" edge and every node that takes part in one. */
export async function cascadeGraph(db: Db): Promise<{ edges: Edge[]; nodes: Map<string, CascadeNode> }> {
  const edges = await db
    .select({ fromId: directiveLinks.fromId, toId: directiveLinks.toId })
    .from(directiveLinks)
    .where(eq(directiveLinks.relation, "implements"));
  const ids = [...new Set(edges.flatMap((e) => [e.fromId, e.toId]))];
  const nodes = new Map<string, CascadeNode>();
  if (ids.length) {
    const rows = await db
      .select({ id: directives.id, status: directives.status })
      .from(directives)
      .where(inArray(directives.id, ids));
    const withGroups = new Set(
      (
        await db
          .selectDistinct({ id: directiveGroups.directiveId })
          .from(directiveGroups)
          .where(and(inArray(directiveGroups.directiveId, ids), eq(directiveGroups.derived, false)))
      ).map((r) => r.id),
    );
    for (const r of rows) nodes.set(r.id, { id: r.id, status: r.status, hasGroups: withGroups.has(r.id) });
  }
  return { edges, nodes };
}

/** How many rows of `column`'s table each directive of `ids` has. */
async function countPerDirective(
  db: Db,
  column: typeof assignments.directiveId | typeof directiveTasks.directiveId,
  ids: readonly string[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (!ids.length) return out;
  const rows = await db
    .select({ d: column })
    .from(column.table)
    .where(inArray(column, [...ids]));
  for (const r of rows) out[r.d] = (out[r.d] ?? 0) + 1;
  return out;
}

/**
 * Assignments given for each of the directives `ids` that `actor` may read (taskPolicy.read as SQL):
 * a count shows no more than the assignments themselves would. The system (null) counts all.
 */
export async function assignmentCounts(
  db: Db,
  ids: readonly string[],
  actor: Actor | null,
): Promise<Record<string, number>> {
  const visible = actor ? visibleTo(actor) : undefined;
  if (!visible) return countPerDirective(db, assignments.directiveId, ids);
  const out: Record<string, number> = {};
  if (!ids.length) return out;
  const rows = await db
    .select({ d: assignments.directiveId })
    .from(assignments)
    // The rule reads the plan's coordinating body (its owner or issuer) from the directive.
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .where(and(inArray(assignments.directiveId, [...ids]), visible));
  for (const r of rows) out[r.d] = (out[r.d] ?? 0) + 1;
  return out;
}

/** Tasks (and responsibilities) of each of the directives `ids`. */
export const taskCounts = (db: Db, ids: readonly string[]) =>
  countPerDirective(db, directiveTasks.directiveId, ids);
