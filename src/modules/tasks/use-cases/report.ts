// The lead unit reports progress; supporting units add contributions; anyone who reads the work may
// comment; the lead asks for completion and its leader approves or rejects. Every entry goes to the
// timeline with its files, and every change of the assignment is version-checked: two officials
// saving at once never silently overwrite each other — the second gets CONFLICT with the first's change.

import { and, eq, sql } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { conflict, invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { saveFile } from "../../files/use-cases/save.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import {
  type ApprovalInput,
  type AssignmentStatus,
  type CompletionInput,
  MAX_FILES_PER_ENTRY,
  type UpdateInput,
  type UpdateKind,
  type UploadedFile,
} from "../contract.ts";
import { actionsOfEntry } from "../policy.ts";
import type { AssignmentRowView } from "../queries/rows.ts";
import { lastChangeOf } from "../queries/timeline.ts";
import { formatDateTimeVi } from "../rules/format.ts";
import { DISPLAY_STATUS_LABELS } from "../rules/status.ts";
import { assignmentFiles, assignments, assignmentUpdates } from "../schema.ts";
import { noticeOfCompletionRequest, noticeOfReturn } from "./approvals.ts";
import { actingOrgAmong, authorise, loadFor } from "./load.ts";

/** The refusal a second writer gets, showing what the first one saved. */
async function conflictFor(db: Db, id: string) {
  const [current] = await db
    .select({
      version: assignments.version,
      status: assignments.status,
      percent: assignments.percent,
      completedOn: assignments.completedOn,
      updatedAt: assignments.updatedAt,
    })
    .from(assignments)
    .where(eq(assignments.id, id));
  const last = await lastChangeOf(db, id);
  const what = last
    ? `${last.authorName ?? "Một cán bộ khác"} đã cập nhật lúc ${formatDateTimeVi(last.at)}` +
      ` (${DISPLAY_STATUS_LABELS[(last.status ?? current?.status ?? "in_progress") as AssignmentStatus]}` +
      `${last.percent !== null ? `, ${last.percent}%` : ""})${last.narrative ? `: “${last.narrative.slice(0, 200)}”` : ""}`
    : "Một cán bộ khác vừa cập nhật công việc này";
  return conflict(`${what}. Thay đổi của bạn chưa được lưu: hãy xem lại rồi lưu lần nữa.`, {
    current: current ? { ...current, updatedAt: current.updatedAt.toISOString() } : null,
    lastChange: last,
  });
}

/** Changes the assignment if it is still at `version`; otherwise CONFLICT with the other's change. */
export async function changeAssignment(
  tx: Db,
  ctx: UseCaseContext,
  row: AssignmentRowView,
  version: number,
  set: Partial<typeof assignments.$inferInsert>,
) {
  if (version !== row.version) throw await conflictFor(tx, row.id);
  const [updated] = await tx
    .update(assignments)
    .set({
      ...set,
      version: sql`${assignments.version} + 1`,
      updatedAt: ctx.now,
      updatedBy: ctx.actor?.userId ?? null,
    })
    .where(and(eq(assignments.id, row.id), eq(assignments.version, version)))
    .returning();
  if (!updated) throw await conflictFor(tx, row.id);
  return updated;
}

async function addEntry(
  tx: Db,
  ctx: UseCaseContext,
  storage: FileStorage | null,
  entry: {
    assignmentId: string;
    kind: UpdateKind;
    status?: AssignmentStatus | null;
    percent?: number | null;
    narrative?: string | null;
    data?: Record<string, unknown> | null;
    authorOrgId: string | null;
  },
  files: UploadedFile[] = [],
) {
  if (files.length > MAX_FILES_PER_ENTRY) throw invalid(`Mỗi lần gửi tối đa ${MAX_FILES_PER_ENTRY} tệp.`);
  if (files.length && !storage) throw invalid("Máy chủ chưa cấu hình nơi lưu tệp.");
  const [update] = await tx
    .insert(assignmentUpdates)
    .values({
      assignmentId: entry.assignmentId,
      kind: entry.kind,
      status: entry.status ?? null,
      percent: entry.percent ?? null,
      narrative: entry.narrative || null,
      data: entry.data ?? null,
      authorUserId: ctx.actor?.userId ?? null,
      authorOrgId: entry.authorOrgId,
      at: ctx.now,
    })
    .returning({ id: assignmentUpdates.id });
  const stored = [];
  for (const f of files) {
    const file = await saveFile(tx, storage!, ctx, { ...f, orgId: entry.authorOrgId });
    await tx.insert(assignmentFiles).values({ updateId: update!.id, fileId: file.id }).onConflictDoNothing();
    stored.push({ id: file.id, fileName: file.fileName, size: file.size });
  }
  return { id: update!.id, files: stored };
}

const OPEN_FOR_REPORTS: AssignmentStatus[] = ["not_started", "in_progress", "paused"];

/** A progress report, a contribution or a comment, with its files. */
export async function addUpdate(
  ctx: UseCaseContext,
  storage: FileStorage | null,
  id: string,
  input: UpdateInput,
  files: UploadedFile[] = [],
) {
  return writeTransaction(ctx, async (tx, audit) => {
    const { row, scope } = await loadFor(ctx, tx, id, "read");
    authorise(ctx, scope, actionsOfEntry(input, row.status));
    if (input.kind !== "progress") {
      if (!input.narrative && !files.length) throw invalid("Hãy ghi nội dung hoặc đính kèm tệp.");
      const authorOrgId = actingOrgAmong(ctx, [scope.lead.id, ...scope.supporters.map((s) => s.id)]);
      const entry = await addEntry(
        tx,
        ctx,
        storage,
        { assignmentId: id, kind: input.kind, narrative: input.narrative ?? null, authorOrgId },
        files,
      );
      await audit({
        action: `assignment.${input.kind}`,
        entity: "assignment",
        entityId: id,
        summary: { title: row.title, files: entry.files.map((f) => f.fileName) },
      });
      return { assignment: { id, version: row.version }, entry };
    }
    if (input.version === undefined) throw invalid("Thiếu số phiên bản của công việc.");
    if (!OPEN_FOR_REPORTS.includes(row.status))
      throw invalid(
        row.status === "done"
          ? "Công việc đã hoàn thành: chỉ có thể ghi ý kiến."
          : "Công việc đang chờ lãnh đạo duyệt hoàn thành: hãy đợi kết quả duyệt.",
      );
    if (input.status === undefined && input.percent === undefined && !input.narrative && !files.length)
      throw invalid("Hãy nhập tiến độ, trạng thái, nội dung hoặc đính kèm tệp.");
    const percent = input.percent ?? row.percent;
    // Reporting any progress on work not yet started means it has started.
    const status: AssignmentStatus =
      input.status ??
      (row.status === "not_started" && (percent > 0 || input.narrative || files.length)
        ? "in_progress"
        : row.status);
    const updated = await changeAssignment(tx, ctx, row, input.version, {
      status,
      percent,
      lastUpdateAt: ctx.now,
    });
    const entry = await addEntry(
      tx,
      ctx,
      storage,
      {
        assignmentId: id,
        kind: status !== row.status && !input.narrative && !files.length ? "status" : "progress",
        status,
        percent,
        narrative: input.narrative ?? null,
        authorOrgId: scope.lead.id,
      },
      files,
    );
    await audit({
      action: "assignment.progress",
      entity: "assignment",
      entityId: id,
      before: { status: row.status, percent: row.percent, version: row.version },
      after: { status, percent, version: updated.version },
      summary: { title: row.title, status, percent, files: entry.files.map((f) => f.fileName) },
    });
    return { assignment: { id, version: updated.version, status, percent }, entry };
  });
}

/** The lead reports the work done; its leader approves or rejects. */
export async function requestCompletion(
  ctx: UseCaseContext,
  storage: FileStorage | null,
  id: string,
  input: CompletionInput,
  files: UploadedFile[] = [],
) {
  return writeTransaction(ctx, async (tx, audit) => {
    const { row, scope } = await loadFor(ctx, tx, id, "report");
    if (!OPEN_FOR_REPORTS.includes(row.status))
      throw invalid(
        row.status === "done" ? "Công việc đã hoàn thành." : "Công việc đã được đề nghị duyệt hoàn thành.",
      );
    const today = vietnamDate(ctx.now);
    const completedOn = input.completedOn ?? today;
    if (completedOn > today) throw invalid("Ngày hoàn thành không thể sau hôm nay.");
    const updated = await changeAssignment(tx, ctx, row, input.version, {
      status: "awaiting_approval",
      percent: 100,
      completedOn,
      lastUpdateAt: ctx.now,
    });
    const entry = await addEntry(
      tx,
      ctx,
      storage,
      {
        assignmentId: id,
        kind: "completion_requested",
        status: "awaiting_approval",
        percent: 100,
        narrative: input.narrative,
        data: { completedOn, previousPercent: row.percent, previousStatus: row.status },
        authorOrgId: scope.lead.id,
      },
      files,
    );
    await audit({
      action: "assignment.completion_requested",
      entity: "assignment",
      entityId: id,
      before: { status: row.status, percent: row.percent },
      after: { status: "awaiting_approval", completedOn },
      summary: { title: row.title, completedOn },
    });
    await noticeOfCompletionRequest(tx, ctx, row, input.narrative);
    return { assignment: { id, version: updated.version, status: updated.status, percent: 100 }, entry };
  });
}

export async function decideCompletion(ctx: UseCaseContext, id: string, input: ApprovalInput) {
  return writeTransaction(ctx, async (tx, audit) => {
    const { row, scope } = await loadFor(ctx, tx, id, "approve");
    if (row.status !== "awaiting_approval") {
      if (input.version !== row.version) throw await conflictFor(tx, row.id);
      throw invalid("Công việc không ở trạng thái chờ duyệt hoàn thành.");
    }
    let set: Partial<typeof assignments.$inferInsert>;
    if (input.decision === "approve") {
      set = { status: "done", percent: 100, approvedBy: ctx.actor?.userId ?? null, approvedAt: ctx.now };
    } else {
      if (!input.note) throw invalid("Hãy ghi lý do chưa duyệt để đơn vị bổ sung.");
      const [request] = await tx
        .select({ data: assignmentUpdates.data })
        .from(assignmentUpdates)
        .where(
          and(eq(assignmentUpdates.assignmentId, id), eq(assignmentUpdates.kind, "completion_requested")),
        )
        .orderBy(sql`${assignmentUpdates.at} desc`)
        .limit(1);
      const previous = Number(request?.data?.previousPercent ?? 90);
      set = { status: "in_progress", percent: Math.min(previous, 99), completedOn: null };
    }
    const updated = await changeAssignment(tx, ctx, row, input.version, { ...set, lastUpdateAt: ctx.now });
    const entry = await addEntry(tx, ctx, null, {
      assignmentId: id,
      kind: input.decision === "approve" ? "approved" : "rejected",
      status: updated.status,
      percent: updated.percent,
      narrative: input.note ?? null,
      data: input.decision === "approve" ? { completedOn: updated.completedOn } : null,
      authorOrgId: actingOrgAmong(ctx, [scope.lead.id]),
    });
    await audit({
      action: input.decision === "approve" ? "assignment.approve" : "assignment.reject",
      entity: "assignment",
      entityId: id,
      before: { status: row.status },
      after: { status: updated.status },
      summary: { title: row.title, note: input.note ?? null },
    });
    if (input.decision === "reject") await noticeOfReturn(tx, ctx, row, input.note ?? "");
    return {
      assignment: { id, version: updated.version, status: updated.status, percent: updated.percent },
      entry,
    };
  });
}
