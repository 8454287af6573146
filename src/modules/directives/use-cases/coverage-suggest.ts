// Use case: suggest which group of the implemented document each task of a plan carries out (text
// similarity, rules/coverage.ts). Decisions already taken stay; a stub parent gets reference groups
// derived from the groups its plans share. Confirmation runs the same refresh inside its transaction.
import { and, eq, inArray } from "drizzle-orm";
import { forbidden } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { directivePolicy } from "../policy.ts";
import { cascadeGraph, groupsOf, orgRef, readableDirective, tasksOf } from "../queries.ts";
import { coverageChildren } from "../rules/cascade.ts";
import {
  type ChildGroups,
  derivedGroupTexts,
  deriveReferenceGroups,
  suggestCoverage,
} from "../rules/coverage.ts";
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
  const parent = await readableDirective(ctx, parentId);
  return writeTransaction(ctx, async (tx, audit) => {
    if (ctx.actor) {
      const { edges, nodes } = await cascadeGraph(tx);
      const ids = [parent.id, ...coverageChildren(parentId, edges, nodes)];
      const rows = await tx
        .select({ ownerOrgId: directives.ownerOrgId })
        .from(directives)
        .where(inArray(directives.id, ids));
      const owners = await Promise.all(rows.map((r) => orgRef(tx, r.ownerOrgId)));
      if (!directivePolicy.suggestCoverage(ctx.actor, owners))
        throw forbidden(
          "Chỉ cơ quan ban hành văn bản hoặc kế hoạch thực hiện nó (hoặc cấp trên) được tính lại gợi ý bao phủ.",
        );
    }
    const r = await refreshCoverage(tx, parentId);
    await audit({ action: "coverage.suggest", entity: "directive", entityId: parentId, summary: r });
    return r;
  });
}
