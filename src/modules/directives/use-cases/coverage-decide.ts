// Use cases of the officials' coverage decisions: confirm or reject a suggestion, or place a plan's
// task in a group of the implemented document by hand. The plan's owner body (or above it) decides.
import { eq } from "drizzle-orm";
import { conflict, forbidden, invalid, notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { directivePolicy } from "../policy.ts";
import { cascadeGraph, orgRef } from "../queries.ts";
import { coverageParents } from "../rules/cascade.ts";
import { coverageLinks, directiveGroups, directives, directiveTasks } from "../schema.ts";

async function planOwnerOfTask(db: Db, taskId: string) {
  const [row] = await db
    .select({ ownerOrgId: directives.ownerOrgId, status: directives.status })
    .from(directiveTasks)
    .innerJoin(directives, eq(directives.id, directiveTasks.directiveId))
    .where(eq(directiveTasks.id, taskId));
  if (!row) throw notFound("nhiệm vụ");
  return { owner: await orgRef(db, row.ownerOrgId), status: row.status };
}

/** The plan's task whose coverage the actor decides, once the policy allows it. */
async function decidableTask(ctx: UseCaseContext, tx: Db, taskId: string) {
  const plan = await planOwnerOfTask(tx, taskId);
  if (ctx.actor && !directivePolicy.decideCoverage(ctx.actor, plan.owner))
    throw forbidden(
      "Chỉ cơ quan ban hành kế hoạch (hoặc cấp trên) xác nhận nhiệm vụ của kế hoạch thuộc nhóm nào.",
    );
  return plan;
}

/** Confirms or rejects what a plan's task covers. */
export async function decideCoverage(ctx: UseCaseContext, linkId: string, status: "confirmed" | "rejected") {
  return writeTransaction(ctx, async (tx, audit) => {
    const [link] = await tx.select().from(coverageLinks).where(eq(coverageLinks.id, linkId));
    if (!link) throw notFound("liên kết bao phủ");
    await decidableTask(ctx, tx, link.childTaskId);
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
    const { status } = await decidableTask(ctx, tx, childTaskId);
    if (status !== "confirmed") throw invalid("Chỉ gắn nhóm cho nhiệm vụ của văn bản đã xác nhận.");
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
