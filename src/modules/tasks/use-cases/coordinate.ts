// What the coordinating office does besides reading: give work to another unit (after a split or a
// dissolution without successor, or when the plan changes), extend a deadline (gia hạn) with its
// reason, and urge a unit (đôn đốc) with a note that reaches its members in the app and by e-mail at once.

import { and, eq } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { invalid, notFound } from "../../../core/errors.ts";
import type { Mailer } from "../../notifications/adapters/mailer.ts";
import { composeDigest } from "../../notifications/rules/digest.ts";
import { deliverPending } from "../../notifications/use-cases/deliver.ts";
import { recordNotification } from "../../notifications/use-cases/record.ts";
import { orgs } from "../../orgs/schema.ts";
import { getSetting } from "../../settings/use-cases/settings.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { ExtendInput, ReassignInput } from "../contract.ts";
import type { AssignmentScope } from "../policy.ts";
import { classifierFor } from "../queries/classifier.ts";
import { dateVi } from "../rules/format.ts";
import { assignmentSupporters, assignmentUpdates } from "../schema.ts";
import { actingOrgAmong, loadFor } from "./load.ts";
import { changeAssignment } from "./report.ts";

/** Who writes a coordinator's timeline entry: the official, for their coordinating body. */
const byCoordinator = (ctx: UseCaseContext, scope: AssignmentScope) => ({
  authorUserId: ctx.actor?.userId ?? null,
  authorOrgId: actingOrgAmong(
    ctx,
    scope.coordinators.map((c) => c.id),
  ),
  at: ctx.now,
});

export async function reassign(ctx: UseCaseContext, id: string, input: ReassignInput) {
  return writeTransaction(ctx, async (tx, audit) => {
    const { row, scope } = await loadFor(ctx, tx, id, "coordinate");
    if (row.status === "done") throw invalid("Công việc đã hoàn thành, không giao lại.");
    const [target] = await tx.select().from(orgs).where(eq(orgs.id, input.leadOrgId));
    if (!target) throw notFound("đơn vị được giao");
    if (target.status !== "active") throw invalid(`"${target.name}" không còn hoạt động.`);
    if (target.id === row.leadOrgId && !row.needsReassignment)
      throw invalid("Đơn vị này đang chủ trì công việc.");
    const updated = await changeAssignment(tx, ctx, row, input.version, {
      leadOrgId: target.id,
      needsReassignment: false,
      // Completion asked of the old unit's leader now waits for the new unit.
      ...(row.status === "awaiting_approval" ? { status: "in_progress" as const, completedOn: null } : {}),
    });
    // The new lead cannot also support its own work.
    await tx
      .delete(assignmentSupporters)
      .where(and(eq(assignmentSupporters.assignmentId, id), eq(assignmentSupporters.orgId, target.id)));
    await tx.insert(assignmentUpdates).values({
      assignmentId: id,
      kind: "moved",
      status: updated.status,
      narrative: input.note ?? null,
      data: {
        fromOrgId: row.leadOrgId,
        fromOrgName: row.leadOrgName,
        toOrgId: target.id,
        toOrgName: target.name,
        reason: "reassigned",
      },
      ...byCoordinator(ctx, scope),
    });
    await audit({
      action: "assignment.reassign",
      entity: "assignment",
      entityId: id,
      before: { leadOrgId: row.leadOrgId },
      after: { leadOrgId: target.id },
      summary: { title: row.title, from: row.leadOrgName, to: target.name },
    });
    return { id, version: updated.version, leadOrgId: target.id };
  });
}

/**
 * Gia hạn: the coordinating office moves the deadline of work not yet done to a later day, or gives
 * one to work whose document names no time frame, with its reason. Only the assignment's deadline
 * moves: its time frame as the document words it (dueText) and the document itself stay as issued;
 * the timeline keeps both days and the reason. A deadline counted from an event becomes a plain date,
 * so that a new holiday schedule does not count it again. Ongoing work has periods, not a deadline.
 */
export async function extendDeadline(ctx: UseCaseContext, id: string, input: ExtendInput) {
  return writeTransaction(ctx, async (tx, audit) => {
    const { row, scope } = await loadFor(ctx, tx, id, "coordinate");
    if (row.status === "done") throw invalid("Công việc đã hoàn thành, không gia hạn.");
    if (row.dueKind === "ongoing")
      throw invalid("Công việc thường xuyên được theo dõi theo kỳ báo cáo, không có thời hạn để gia hạn.");
    if (row.dueDate && input.dueDate <= row.dueDate)
      throw invalid(`Hạn mới phải sau hạn hiện tại (${dateVi(row.dueDate)}).`);
    const updated = await changeAssignment(tx, ctx, row, input.version, {
      dueDate: input.dueDate,
      ...(row.dueKind === "relative" || row.dueKind === "none" ? { dueKind: "date" as const } : {}),
    });
    await tx.insert(assignmentUpdates).values({
      assignmentId: id,
      kind: "comment",
      narrative: row.dueDate
        ? `Gia hạn: ${dateVi(row.dueDate)} → ${dateVi(input.dueDate)}. Lý do: ${input.reason}`
        : `Đặt thời hạn hoàn thành: ${dateVi(input.dueDate)}. Lý do: ${input.reason}`,
      data: { dueFrom: row.dueDate, dueTo: input.dueDate, reason: "extended", note: input.reason },
      ...byCoordinator(ctx, scope),
    });
    await audit({
      action: "assignment.deadline",
      entity: "assignment",
      entityId: id,
      before: { dueDate: row.dueDate },
      after: { dueDate: input.dueDate },
      summary: { title: row.title, reason: input.reason },
    });
    return { id, version: updated.version, dueDate: input.dueDate };
  });
}

/** Đôn đốc: a note from the coordinating office to the lead unit, in the app and by e-mail now. */
export async function urge(
  ctx: UseCaseContext,
  mail: { mailer: Mailer | null; publicUrl: string },
  id: string,
  note: string,
) {
  const settings = (await getSetting(ctx.db, "reminders")).value;
  const today = vietnamDate(ctx.now);
  const notificationId = await writeTransaction(ctx, async (tx, audit) => {
    const { row, scope } = await loadFor(ctx, tx, id, "coordinate");
    const s = (await classifierFor(tx, [row.directiveId], ctx.now)).standing(row);
    const item = {
      assignmentId: id,
      title: row.title,
      stage: "urged" as const,
      leadOrgId: row.leadOrgId,
      leadOrgName: row.leadOrgName,
      directiveSymbol: row.directiveSymbol,
      dueDate: row.dueDate,
      dueText: row.dueText,
      workingDaysLeft: s.workingDaysLeft,
      workingDaysOverdue: s.workingDaysOverdue,
      note,
    };
    const digest = composeDigest(row.leadOrgName, today, [item], (a) => `${mail.publicUrl}/tasks/${a}`);
    const nid = await recordNotification(
      tx,
      {
        orgId: row.leadOrgId,
        kind: "urge",
        digestDate: today,
        subject: digest.subject.replace("Nhắc việc", "Đôn đốc"),
        body: digest.text,
        items: [item],
        createdBy: ctx.actor?.userId ?? null,
      },
      ctx.now,
    );
    await tx.insert(assignmentUpdates).values({
      assignmentId: id,
      kind: "reminder",
      narrative: note,
      data: { stage: "urged", notificationId: nid, toOrgId: row.leadOrgId },
      ...byCoordinator(ctx, scope),
    });
    await audit({
      action: "assignment.urge",
      entity: "assignment",
      entityId: id,
      summary: { title: row.title, note },
    });
    return nid!;
  });
  const delivery = await deliverPending(ctx.db, mail.mailer, ctx.now, {
    emailEnabled: settings.email,
    notificationIds: [notificationId],
  });
  return { notificationId, delivery };
}
