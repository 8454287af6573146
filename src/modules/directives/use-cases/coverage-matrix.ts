// Use case: the coverage matrix of a document — its groups × the plans that implement it.
import { asc, desc, inArray } from "drizzle-orm";
import type { UseCaseContext } from "../../shared/context.ts";
import type { CoverageMatrixOut } from "../contract.ts";
import { cascadeGraph, groupsOf, readableDirective, tasksOf } from "../queries.ts";
import { coverageChildren, coverageParents } from "../rules/cascade.ts";
import { groupView, labelsOf } from "../rules/views.ts";
import { coverageLinks, directives } from "../schema.ts";

/**
 * The coverage matrix of a document: its groups (rows) × the plans that implement it (columns), with
 * each cell's confirmed and suggested tasks, and each plan's tasks placed in no group.
 */
export async function coverageMatrix(ctx: UseCaseContext, parentId: string): Promise<CoverageMatrixOut> {
  const parent = await readableDirective(ctx, parentId);
  const { edges, nodes } = await cascadeGraph(ctx.db);
  const childIds = coverageChildren(parentId, edges, nodes);
  const groups = await groupsOf(ctx.db, parentId);
  const children = childIds.length
    ? await ctx.db
        .select({
          id: directives.id,
          symbol: directives.symbol,
          typeName: directives.typeName,
          title: directives.title,
          issuerName: directives.issuerName,
          issuedOn: directives.issuedOn,
          ownerOrgId: directives.ownerOrgId,
        })
        .from(directives)
        .where(inArray(directives.id, childIds))
        .orderBy(asc(directives.issuedOn))
    : [];
  const links =
    groups.length && childIds.length
      ? await ctx.db
          .select({
            id: coverageLinks.id,
            childTaskId: coverageLinks.childTaskId,
            groupId: coverageLinks.parentGroupId,
            score: coverageLinks.score,
            status: coverageLinks.status,
          })
          .from(coverageLinks)
          .where(
            inArray(
              coverageLinks.parentGroupId,
              groups.map((g) => g.id),
            ),
          )
          .orderBy(desc(coverageLinks.score), asc(coverageLinks.id))
      : [];
  const tasks = [];
  for (const c of children) {
    const [cg, ct] = await Promise.all([groupsOf(ctx.db, c.id), tasksOf(ctx.db, c.id)]);
    const labels = labelsOf(ct, cg);
    for (const t of ct.filter((x) => x.kind === "task"))
      tasks.push({ id: t.id, childId: c.id, label: labels.get(t.id) ?? "", title: t.title });
  }
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const visibleLinks = links.filter((l) => taskById.has(l.childTaskId));
  const cells = [];
  for (const g of groups)
    for (const c of children) {
      const here = visibleLinks.filter(
        (l) => l.groupId === g.id && taskById.get(l.childTaskId)!.childId === c.id,
      );
      cells.push({
        groupId: g.id,
        childId: c.id,
        confirmed: here.filter((l) => l.status === "confirmed").length,
        suggested: here.filter((l) => l.status === "suggested").length,
        rejected: here.filter((l) => l.status === "rejected").length,
      });
    }
  const placed = new Set(visibleLinks.filter((l) => l.status !== "rejected").map((l) => l.childTaskId));
  return {
    parent: {
      id: parent.id,
      status: parent.status,
      symbol: parent.symbol,
      typeName: parent.typeName,
      title: parent.title,
      issuerName: parent.issuerName,
      issuedOn: parent.issuedOn,
    },
    /** True when the rows are reference groups derived from the plans (the document's text is not imported). */
    derived: groups.length > 0 && groups.every((g) => g.derived),
    groups: groups.map(groupView),
    children,
    cells,
    links: visibleLinks.map((l) => ({ ...l, childId: taskById.get(l.childTaskId)!.childId })),
    tasks,
    unplaced: tasks.filter((t) => !placed.has(t.id)).map((t) => t.id),
    /** The documents this one's own tasks are compared with. */
    parents: coverageParents(parentId, edges, nodes),
  };
}
