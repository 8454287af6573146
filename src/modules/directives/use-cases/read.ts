// Use cases that read directives: the list (search and filters), one document with its tasks and their
// assignments, its citations both ways and its place in the cascade, the original file, and the tree.
import { and, asc, desc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import { canReadOrgRecords } from "../../../core/access.ts";
import { notFound } from "../../../core/errors.ts";
import { foldVietnamese, matchesQuery } from "../../../core/text/fold.ts";
import { storedFiles } from "../../files/schema.ts";
import type { FileStorage } from "../../files/storage.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { assignments } from "../../tasks/schema.ts";
import {
  cascadeGraph,
  groupsOf,
  loadOrgIndex,
  orgNames,
  orgRefOf,
  readableDirective,
  reportingOf,
  tasksOf,
} from "../queries.ts";
import { cascadeRoots, coverageParents, type TreeNode, treeFrom, treeParents } from "../rules/cascade.ts";
import { groupOut, tasksOut } from "../rules/views.ts";
import { type DirectiveRow, directiveLinks, directives, directiveTasks, type ListQuery } from "../schema.ts";
import { headerOut, reportingOut } from "./review.ts";

const summaryColumns = {
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

/** Documents the official may see (confirmed, stubs, and the drafts of bodies they reach), filtered. */
export async function listDirectives(ctx: UseCaseContext, query: ListQuery) {
  const conds: SQL[] = [];
  if (query.status) conds.push(eq(directives.status, query.status));
  const rows = await ctx.db
    .select(summaryColumns)
    .from(directives)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(directives.issuedOn), asc(directives.symbol));
  const index = await loadOrgIndex(ctx.db);
  const visible = rows.filter((r) => {
    if (r.status !== "draft" || !ctx.actor) return true;
    const owner = orgRefOf(index, r.ownerOrgId);
    return owner !== null && canReadOrgRecords(ctx.actor, owner);
  });
  const facets = {
    issuers: countBy(visible.map((r) => r.issuerName ?? "")),
    types: countBy(visible.map((r) => r.typeName ?? "")),
    statuses: countBy(visible.map((r) => r.status)),
  };
  const issuer = query.issuer ? foldVietnamese(query.issuer) : null;
  const items = visible.filter(
    (r) =>
      (!query.q ||
        matchesQuery(
          `${r.symbol ?? ""} ${r.typeName ?? ""} ${r.title ?? ""} ${r.issuerName ?? ""}`,
          query.q,
        )) &&
      (!issuer || foldVietnamese(r.issuerName ?? "") === issuer) &&
      (!query.type || r.typeName === query.type),
  );
  const counts = items.length
    ? await ctx.db
        .select({ directiveId: assignments.directiveId, id: assignments.id })
        .from(assignments)
        .where(
          inArray(
            assignments.directiveId,
            items.map((i) => i.id),
          ),
        )
    : [];
  const perDoc = countBy(counts.map((c) => c.directiveId));
  return {
    items: items.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      confirmedAt: r.confirmedAt?.toISOString() ?? null,
      ownerName: r.ownerOrgId ? (index.byId.get(r.ownerOrgId)?.name ?? null) : null,
      assignments: perDoc[r.id] ?? 0,
    })),
    facets,
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) if (v) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** One document: header, groups and tasks with their assignments' leads, reporting, citations both ways. */
export async function getDirective(ctx: UseCaseContext, id: string) {
  const row = await readableDirective(ctx, id);
  const [groups, tasks, reporting] = await Promise.all([
    groupsOf(ctx.db, id),
    tasksOf(ctx.db, id),
    reportingOf(ctx.db, id),
  ]);
  const given = await ctx.db
    .select({
      id: assignments.id,
      taskId: assignments.directiveTaskId,
      leadOrgId: assignments.leadOrgId,
      status: assignments.status,
      dueDate: assignments.dueDate,
    })
    .from(assignments)
    .where(eq(assignments.directiveId, id));
  const out = await linksOf(ctx, row);
  const { edges, nodes } = await cascadeGraph(ctx.db);
  const parentsInTree = treeParents(edges).get(id) ?? [];
  const file = row.sourceFileId
    ? ((
        await ctx.db
          .select({
            id: storedFiles.id,
            fileName: storedFiles.fileName,
            size: storedFiles.size,
            mimeType: storedFiles.mimeType,
          })
          .from(storedFiles)
          .where(eq(storedFiles.id, row.sourceFileId))
      )[0] ?? null)
    : null;
  const ids = [
    row.ownerOrgId,
    row.issuerOrgId,
    ...tasks.flatMap((t) => [...t.leadOrgIds, ...t.supportOrgIds]),
    ...given.map((a) => a.leadOrgId),
    ...reporting.flatMap((r) => [r.toOrgId, r.viaOrgId]),
  ].filter((x): x is string => Boolean(x));
  return {
    directive: headerOut(row),
    text: row.status === "stub" ? null : row.text,
    file,
    groups: groups.map(groupOut),
    tasks: tasksOut(tasks, groups).map((t) => ({
      ...t,
      assignments: given.filter((a) => a.taskId === t.id).map(({ taskId: _t, ...a }) => a),
    })),
    reporting: reporting.map(reportingOut),
    ...out,
    cascade: {
      parents: parentsInTree,
      coverageParents: coverageParents(id, edges, nodes),
    },
    orgs: await orgNames(ctx.db, ids),
  };
}

async function linksOf(ctx: UseCaseContext, row: DirectiveRow) {
  const links = await ctx.db
    .select()
    .from(directiveLinks)
    .where(or(eq(directiveLinks.fromId, row.id), eq(directiveLinks.toId, row.id)));
  const otherIds = [...new Set(links.map((l) => (l.fromId === row.id ? l.toId : l.fromId)))];
  const others = otherIds.length
    ? await ctx.db
        .select(summaryColumns)
        .from(directives)
        .where(and(inArray(directives.id, otherIds), ne(directives.status, "draft")))
    : [];
  const byId = new Map(
    others.map((o) => [
      o.id,
      { ...o, createdAt: o.createdAt.toISOString(), confirmedAt: o.confirmedAt?.toISOString() ?? null },
    ]),
  );
  const side = (l: (typeof links)[number], otherId: string) =>
    byId.has(otherId)
      ? [
          {
            relation: l.relation,
            citationText: l.citationText,
            inferred: l.inferred,
            document: byId.get(otherId)!,
          },
        ]
      : [];
  return {
    cites: links.filter((l) => l.fromId === row.id).flatMap((l) => side(l, l.toId)),
    citedBy: links.filter((l) => l.toId === row.id).flatMap((l) => side(l, l.fromId)),
  };
}

/** The original file of a document the official may read. */
export async function directiveFile(ctx: UseCaseContext, storage: FileStorage, id: string) {
  const row = await readableDirective(ctx, id);
  if (!row.sourceFileId) throw notFound("tệp gốc của văn bản");
  const [file] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, row.sourceFileId));
  // Demo documents seeded without the server's storage have a record but no bytes.
  if (!file || !(await storage.has(file.storageKey))) throw notFound("tệp gốc của văn bản trong kho lưu trữ");
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: await storage.get(file.storageKey) };
}

export interface CascadeNodeOut {
  id: string;
  status: DirectiveRow["status"];
  symbol: string | null;
  typeName: string | null;
  title: string | null;
  issuerName: string | null;
  issuerOrgId: string | null;
  issuedOn: string | null;
  ownerName: string | null;
  tasks: number;
  assignments: number;
  children: CascadeNodeOut[];
}

/** The cascade from `rootId` down (or every root's), each document under its most specific parent. */
export async function cascadeTree(ctx: UseCaseContext, rootId?: string) {
  if (rootId) await readableDirective(ctx, rootId);
  const { edges } = await cascadeGraph(ctx.db);
  const roots = rootId ? [rootId] : cascadeRoots(edges);
  const trees = roots.map((r) => treeFrom(r, edges));
  const ids = new Set<string>();
  const collect = (n: TreeNode) => {
    ids.add(n.id);
    n.children.forEach(collect);
  };
  trees.forEach(collect);
  const rows = ids.size
    ? await ctx.db
        .select(summaryColumns)
        .from(directives)
        .where(inArray(directives.id, [...ids]))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const index = await loadOrgIndex(ctx.db);
  const counts = async (table: "tasks" | "assignments") => {
    const list = [...ids];
    if (!list.length) return {} as Record<string, number>;
    const out: Record<string, number> = {};
    if (table === "assignments") {
      for (const a of await ctx.db
        .select({ d: assignments.directiveId })
        .from(assignments)
        .where(inArray(assignments.directiveId, list)))
        out[a.d] = (out[a.d] ?? 0) + 1;
    } else {
      for (const t of await ctx.db
        .select({ d: directiveTasks.directiveId })
        .from(directiveTasks)
        .where(inArray(directiveTasks.directiveId, list)))
        out[t.d] = (out[t.d] ?? 0) + 1;
    }
    return out;
  };
  const [taskCounts, assignmentCounts] = await Promise.all([counts("tasks"), counts("assignments")]);
  const build = (n: TreeNode): CascadeNodeOut | null => {
    const r = byId.get(n.id);
    // Drafts never take part in the cascade; a hidden node hides nothing below it.
    if (!r || r.status === "draft") return null;
    return {
      id: r.id,
      status: r.status,
      symbol: r.symbol,
      typeName: r.typeName,
      title: r.title,
      issuerName: r.issuerName,
      issuerOrgId: r.issuerOrgId,
      issuedOn: r.issuedOn,
      ownerName: r.ownerOrgId ? (index.byId.get(r.ownerOrgId)?.name ?? null) : null,
      tasks: taskCounts[r.id] ?? 0,
      assignments: assignmentCounts[r.id] ?? 0,
      children: n.children.map(build).filter((c): c is CascadeNodeOut => c !== null),
    };
  };
  const size = (n: CascadeNodeOut): number => 1 + n.children.reduce((s, c) => s + size(c), 0);
  const built = trees.map(build).filter((t): t is CascadeNodeOut => t !== null);
  // The largest cascades first: the resolution most plans implement leads the page.
  return { roots: built.sort((a, b) => size(b) - size(a)) };
}
