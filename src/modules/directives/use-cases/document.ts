// Use cases that read one document: its header, groups and tasks with their assignments, reporting
// duties, citations both ways and its place in the cascade; and its original file.
import { and, eq, inArray, ne, or } from "drizzle-orm";
import { notFound } from "../../../core/errors.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { fileColumns } from "../../files/queries.ts";
import { storedFiles } from "../../files/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { visibleTo } from "../../tasks/queries/visibility.ts";
import { assignments } from "../../tasks/schema.ts";
import type { DirectiveOut } from "../contract.ts";
import { cascadeGraph, contentOf, orgNames, readableDirective, summaryColumns } from "../queries.ts";
import { coverageParents, treeParents } from "../rules/cascade.ts";
import { bodiesNamed, groupView, headerView, reportingView, tasksView } from "../rules/views.ts";
import { type DirectiveRow, directiveLinks, directives } from "../schema.ts";

/** One document: header, groups and tasks with their assignments' leads, reporting, citations both ways. */
export async function getDirective(ctx: UseCaseContext, id: string): Promise<DirectiveOut> {
  const row = await readableDirective(ctx, id);
  const { groups, tasks, reporting } = await contentOf(ctx.db, id);
  const given = await ctx.db
    .select({
      id: assignments.id,
      taskId: assignments.directiveTaskId,
      leadOrgId: assignments.leadOrgId,
      status: assignments.status,
      dueDate: assignments.dueDate,
    })
    .from(assignments)
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    // Only the assignments the official may read one by one (taskPolicy.read as SQL).
    .where(and(eq(assignments.directiveId, id), ctx.actor ? visibleTo(ctx.actor) : undefined));
  const out = await linksOf(ctx, row);
  const { edges, nodes } = await cascadeGraph(ctx.db);
  const parentsInTree = treeParents(edges).get(id) ?? [];
  const file = row.sourceFileId
    ? ((await ctx.db.select(fileColumns).from(storedFiles).where(eq(storedFiles.id, row.sourceFileId)))[0] ??
      null)
    : null;
  const leads = given.map((a) => a.leadOrgId);
  const ids = bodiesNamed(row, tasks, reporting, leads);
  return {
    directive: headerView(row),
    text: row.status === "stub" ? null : row.text,
    file,
    groups: groups.map(groupView),
    tasks: tasksView(tasks, groups, row.unitMap).map((t) => ({
      ...t,
      assignments: given.filter((a) => a.taskId === t.id).map(({ taskId: _t, ...a }) => a),
    })),
    reporting: reporting.map(reportingView),
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
