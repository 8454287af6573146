// Use case: the cascade of documents from a root (or from every root) down, each document under its
// most specific parent, with its tasks and assignments counted. Drafts never take part.
import { inArray } from "drizzle-orm";
import type { UseCaseContext } from "../../shared/context.ts";
import type { CascadeNodeOut } from "../contract.ts";
import {
  assignmentCounts,
  cascadeGraph,
  loadOrgIndex,
  readableDirective,
  summaryColumns,
  taskCounts,
} from "../queries.ts";
import { cascadeRoots, type TreeNode, treeFrom } from "../rules/cascade.ts";
import { directives } from "../schema.ts";

/** The cascade from `rootId` down (or every root's), each document under its most specific parent. */
export async function cascadeTree(
  ctx: UseCaseContext,
  rootId?: string,
): Promise<{ roots: CascadeNodeOut[] }> {
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
  const [tasksPer, assignmentsPer] = await Promise.all([
    taskCounts(ctx.db, [...ids]),
    assignmentCounts(ctx.db, [...ids], ctx.actor),
  ]);
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
      tasks: tasksPer[r.id] ?? 0,
      assignments: assignmentsPer[r.id] ?? 0,
      children: n.children.map(build).filter((c): c is CascadeNodeOut => c !== null),
    };
  };
  const size = (n: CascadeNodeOut): number => 1 + n.children.reduce((s, c) => s + size(c), 0);
  const built = trees.map(build).filter((t): t is CascadeNodeOut => t !== null);
  // The largest cascades first: the resolution most plans implement leads the page.
  return { roots: built.sort((a, b) => size(b) - size(a)) };
}
