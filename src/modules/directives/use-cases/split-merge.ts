// Use cases that fix how the parser cut a draft into tasks: split one task in two at a character of
// its text, or merge two adjacent tasks of the same kind.
import { and, eq, gt, sql } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { MergeInput, SplitInput } from "../contract.ts";
import { requireTask } from "../queries.ts";
import { firstSentence } from "../rules/draft.ts";
import { directiveTasks } from "../schema.ts";
import { reviewEdit } from "./review-edit.ts";

/** Splits a task at a character of its text: the part after it becomes a new task right below. */
export function splitTask(ctx: UseCaseContext, id: string, taskId: string, input: SplitInput) {
  return reviewEdit(ctx, id, input.version, "tách nhiệm vụ", async (tx) => {
    const task = await requireTask(tx, id, taskId);
    const first = task.text.slice(0, input.at).trim();
    const second = task.text.slice(input.at).trim();
    if (!first || !second) throw invalid("Chọn chỗ tách nằm giữa nội dung nhiệm vụ: mỗi phần phải có chữ.");
    const line =
      task.sourceLine === null
        ? null
        : task.sourceLine + (task.text.slice(0, input.at).match(/\n/g)?.length ?? 0);
    await tx
      .update(directiveTasks)
      .set({ position: sql`${directiveTasks.position} + 1` })
      .where(and(eq(directiveTasks.directiveId, id), gt(directiveTasks.position, task.position)));
    await tx
      .update(directiveTasks)
      .set({
        text: first,
        title: first.startsWith(task.title) ? task.title : firstSentence(first),
        sourceEndLine: line ?? task.sourceEndLine,
      })
      .where(eq(directiveTasks.id, taskId));
    const { id: _id, ...copy } = task;
    const [created] = await tx
      .insert(directiveTasks)
      .values({
        ...copy,
        // Not a numbered item of the document: it is labelled by its place in the group.
        path: task.kind === "task" ? [...task.path.slice(0, -1), "-"] : [`${task.path[0] ?? ""} -`.trim()],
        text: second,
        title: firstSentence(second),
        position: task.position + 1,
        sourceLine: line,
        sourceEndLine: task.sourceEndLine,
      })
      .returning({ id: directiveTasks.id });
    return { taskId, newTaskId: created!.id };
  });
}

/** Merges a task with the one right after it: texts joined, units and supporters united. */
export function mergeTasks(ctx: UseCaseContext, id: string, input: MergeInput) {
  return reviewEdit(ctx, id, input.version, "gộp nhiệm vụ", async (tx) => {
    const [a, b] = await Promise.all(input.taskIds.map((t) => requireTask(tx, id, t)));
    const [first, second] = a!.position < b!.position ? [a!, b!] : [b!, a!];
    const between = await tx
      .select({ id: directiveTasks.id })
      .from(directiveTasks)
      .where(
        and(
          eq(directiveTasks.directiveId, id),
          gt(directiveTasks.position, first.position),
          sql`${directiveTasks.position} < ${second.position}`,
        ),
      );
    if (between.length || first.kind !== second.kind)
      throw invalid("Chỉ gộp được hai nhiệm vụ liền nhau, cùng loại.");
    const union = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])];
    const lead = union(first.leadOrgIds, second.leadOrgIds);
    await tx
      .update(directiveTasks)
      .set({
        text: `${first.text}\n${second.text}`,
        leadText: union(first.leadText, second.leadText),
        supportText: union(first.supportText, second.supportText),
        leadOrgIds: lead,
        supportOrgIds: union(first.supportOrgIds, second.supportOrgIds).filter((s) => !lead.includes(s)),
        fanOut: first.fanOut || second.fanOut,
        assign: first.assign || second.assign,
        unitsEdited: first.unitsEdited || second.unitsEdited,
        timeframe: first.timeframe.kind === "unspecified" ? second.timeframe : first.timeframe,
        sourceEndLine: second.sourceEndLine ?? first.sourceEndLine,
      })
      .where(eq(directiveTasks.id, first.id));
    await tx.delete(directiveTasks).where(eq(directiveTasks.id, second.id));
    return { taskId: first.id, removedTaskId: second.id };
  });
}
