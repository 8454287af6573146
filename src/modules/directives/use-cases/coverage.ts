// Use cases of coverage: suggest which group of the implemented document each task of a plan carries
// out, let officials confirm or reject, and show the matrix of parent groups × implementing plans.
import { and, asc, eq, inArray } from "drizzle-orm";
import { conflict, forbidden, invalid, notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { directivePolicy } from "../policy.ts";
import { cascadeGraph, groupsOf, orgRef, readableDirective, tasksOf } from "../queries.ts";
import { coverageChildren, coverageParents } from "../rules/cascade.ts";
import {
  type ChildGroups,
  derivedGroupTexts,
  deriveReferenceGroups,
  suggestCoverage,
} from "../rules/coverage.ts";
import { groupOut, labelsOf } from "../rules/views.ts";
import { coverageLinks, directiveGroups, directives, directiveTasks } from "../schema.ts";

const taskText = (t: { title: string; text: string }) =>
  t.text.startsWith(t.title) ? t.text : `${t.title}\n${t.text}`;

async function childGroups(tx: Db, ids: readonly string[]): Promise<ChildGroups[]> {
  const out: ChildGroups[] = [];
  for (const docId of ids) {
    const [groups, tasks] = await Promise.all([groupsOf(tx, docId), tasksOf(tx, docId)]);
    out.push({
      docId,
      groups: groups
        .filter((g) => !g.derived)
        .map((g) => ({
          title: g.title,
          position: g.position,
          text: tasks
            .filter((t) => t.groupId === g.id)
            .map(taskText)
            .join("\n"),
        })),
    });
  }
  return out;
}

/**
 * Recomputes the suggestions between `parentId`'s groups and the tasks of the plans that implement it
 * (through stubs). Decisions already taken (confirmed, rejected) stay. A stub parent gets reference
 * groups derived from the groups its plans share. Runs inside the caller's transaction.
 */
export async function refreshCoverage(
  tx: Db,
  parentId: string,
): Promise<{ children: number; suggestions: number }> {
  const { edges, nodes } = await cascadeGraph(tx);
  const children = coverageChildren(parentId, edges, nodes);
  const [parent] = await tx.select().from(directives).where(eq(directives.id, parentId));
  if (!parent || !children.length) return { children: children.length, suggestions: 0 };
  const kids = await childGroups(tx, children);
  let groups = await groupsOf(tx, parentId);
  if (parent.status === "stub") {
    let position = groups.length;
    for (const g of deriveReferenceGroups(
      kids,
      groups.map((x) => x.title),
    )) {
      await tx.insert(directiveGroups).values({
        directiveId: parentId,
        label: String(position + 1),
        title: g.title,
        position: position++,
        derived: true,
      });
    }
    groups = await groupsOf(tx, parentId);
  }
  if (!groups.length) return { children: children.length, suggestions: 0 };
  const parentTasks = await tasksOf(tx, parentId);
  const derived = derivedGroupTexts(
    groups.map((g) => g.title),
    kids,
  );
  const groupTexts = groups.map((g, i) => ({
    id: g.id,
    // The title twice: it states the group's subject more densely than the tasks under it.
    text: `${g.title}\n${g.title}\n${
      g.derived
        ? derived[i]
        : parentTasks
            .filter((t) => t.groupId === g.id)
            .map(taskText)
            .join("\n")
    }`,
  }));
  const tasks = await tx
    .select({ id: directiveTasks.id, title: directiveTasks.title, text: directiveTasks.text })
    .from(directiveTasks)
    .where(and(inArray(directiveTasks.directiveId, children), eq(directiveTasks.kind, "task")));
  const suggestions = suggestCoverage(
    tasks.map((t) => ({ id: t.id, text: taskText(t) })),
    groupTexts,
  );
  const groupIds = groups.map((g) => g.id);
  const existing = tasks.length
    ? await tx
        .select()
        .from(coverageLinks)
        .where(
          and(
            inArray(
              coverageLinks.childTaskId,
              tasks.map((t) => t.id),
            ),
            inArray(coverageLinks.parentGroupId, groupIds),
          ),
        )
    : [];
  const decided = new Set(
    existing.filter((l) => l.status !== "suggested").map((l) => `${l.childTaskId}|${l.parentGroupId}`),
  );
  const stale = existing.filter((l) => l.status === "suggested").map((l) => l.id);
  if (stale.length) await tx.delete(coverageLinks).where(inArray(coverageLinks.id, stale));
  const rows = suggestions
    .filter((s) => !decided.has(`${s.taskId}|${s.groupId}`))
    .map((s) => ({
      childTaskId: s.taskId,
      parentGroupId: s.groupId,
      score: s.score,
      status: "suggested" as const,
    }));
  if (rows.length) await tx.insert(coverageLinks).values(rows);
  return { children: children.length, suggestions: rows.length };
}

/** Recomputes suggestions for a parent (after new plans, or to start over on undecided tasks). */
export async function suggestCoverageFor(ctx: UseCaseContext, parentId: string) {
  await readableDirective(ctx, parentId);
  return writeTransaction(ctx, async (tx, audit) => {
    const r = await refreshCoverage(tx, parentId);
    await audit({ action: "coverage.suggest", entity: "directive", entityId: parentId, summary: r });
    return r;
  });
}

async function planOwnerOfTask(db: Db, taskId: string) {
  const [row] = await db
    .select({ ownerOrgId: directives.ownerOrgId, status: directives.status })
    .from(directiveTasks)
    .innerJoin(directives, eq(directives.id, directiveTasks.directiveId))
    .where(eq(directiveTasks.id, taskId));
  if (!row) throw notFound("nhiệm vụ");
  return { owner: await orgRef(db, row.ownerOrgId), status: row.status };
}

/** Confirms or rejects what a plan's task covers. */
export async function decideCoverage(ctx: UseCaseContext, linkId: string, status: "confirmed" | "rejected") {
  return writeTransaction(ctx, async (tx, audit) => {
    const [link] = await tx.select().from(coverageLinks).where(eq(coverageLinks.id, linkId));
    if (!link) throw notFound("liên kết bao phủ");
    const { owner } = await planOwnerOfTask(tx, link.childTaskId);
    if (ctx.actor && !directivePolicy.decideCoverage(ctx.actor, owner))
      throw forbidden(
        "Chỉ cơ quan ban hành kế hoạch (hoặc cấp trên) xác nhận nhiệm vụ của kế hoạch thuộc nhóm nào.",
      );
    const [row] = await tx
      .update(coverageLinks)
      .set({ status, decidedBy: ctx.actor?.userId ?? null, decidedAt: ctx.now })
      .where(eq(coverageLinks.id, linkId))
      .returning();
    await audit({
      action: `coverage.${status}`,
      entity: "coverage_link",
      entityId: linkId,
      before: link,
      after: row,
    });
    return { id: row!.id, status: row!.status };
  });
}

/** Places a plan's task in a group of the implemented document by hand (confirmed at once). */
export async function linkCoverage(ctx: UseCaseContext, childTaskId: string, parentGroupId: string) {
  return writeTransaction(ctx, async (tx, audit) => {
    const { owner, status } = await planOwnerOfTask(tx, childTaskId);
    if (status !== "confirmed") throw invalid("Chỉ gắn nhóm cho nhiệm vụ của văn bản đã xác nhận.");
    if (ctx.actor && !directivePolicy.decideCoverage(ctx.actor, owner))
      throw forbidden(
        "Chỉ cơ quan ban hành kế hoạch (hoặc cấp trên) xác nhận nhiệm vụ của kế hoạch thuộc nhóm nào.",
      );
    const [group] = await tx.select().from(directiveGroups).where(eq(directiveGroups.id, parentGroupId));
    if (!group) throw notFound("nhóm nhiệm vụ");
    const [task] = await tx.select().from(directiveTasks).where(eq(directiveTasks.id, childTaskId));
    const { edges, nodes } = await cascadeGraph(tx);
    if (!coverageParents(task!.directiveId, edges, nodes).includes(group.directiveId))
      throw conflict("Nhóm này không thuộc văn bản mà kế hoạch thực hiện.");
    const [row] = await tx
      .insert(coverageLinks)
      .values({
        childTaskId,
        parentGroupId,
        status: "confirmed",
        decidedBy: ctx.actor?.userId ?? null,
        decidedAt: ctx.now,
      })
      .onConflictDoUpdate({
        target: [coverageLinks.childTaskId, coverageLinks.parentGroupId],
        set: { status: "confirmed", decidedBy: ctx.actor?.userId ?? null, decidedAt: ctx.now },
      })
      .returning();
    await audit({ action: "coverage.link", entity: "coverage_link", entityId: row!.id, after: row });
    return { id: row!.id, status: row!.status };
  });
}

/**
 * The coverage matrix of a document: its groups (rows) × the plans that implement it (columns), with
 * each cell's confirmed and suggested tasks, and each plan's tasks placed in no group.
 */
export async function coverageMatrix(ctx: UseCaseContext, parentId: string) {
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
    groups: groups.map(groupOut),
    children,
    cells,
    links: visibleLinks.map((l) => ({ ...l, childId: taskById.get(l.childTaskId)!.childId })),
    tasks,
    unplaced: tasks.filter((t) => !placed.has(t.id)).map((t) => t.id),
    /** The documents this one's own tasks are compared with. */
    parents: coverageParents(parentId, edges, nodes),
  };
}
