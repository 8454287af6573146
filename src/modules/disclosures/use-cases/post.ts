// A commune's officials post a disclosure, correct it, take it down or attach its file: each write
// authorised by the policy (the commune's own officials, or a leader above; never sideways), checked
// beyond the contract's shapes (dates in order, broadcast days only with the loudspeaker), and
// audited in the same transaction. The law's minimums are warnings on the checker, never refusals:
// a commune may have to take information down early, and the checker says so.
import { and, eq } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { conflict, invalid } from "../../../core/errors.ts";
import { assessDisclosure } from "../../../core/grassroots-democracy/index.ts";
import type { UploadedFile } from "../../citizen-cases/contract.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { saveFile } from "../../files/use-cases/save.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { CorrectionInput, DisclosureInput, DisclosureOut, TakeDownInput } from "../contract.ts";
import { communeFor, disclosureRow, factsOf } from "../queries.ts";
import { type DisclosureRow, disclosures } from "../schema.ts";

export function toOut(r: DisclosureRow, fileName: string | null, today: string): DisclosureOut {
  const a = assessDisclosure(factsOf(r), today as never);
  return {
    id: r.id,
    orgId: r.orgId,
    clause: r.clause,
    title: r.title,
    content: r.content,
    file: r.fileId ? { id: r.fileId, fileName: fileName ?? "" } : null,
    channels: r.channels,
    broadcastDays: r.broadcastDays,
    postedOn: r.postedOn,
    plannedEnd: r.plannedEnd,
    takenDownOn: r.takenDownOn,
    takeDownReason: r.takeDownReason,
    version: r.version,
    standing: a.standing,
    minimumEnd: a.minimumEnd,
    problems: a.problems.map((p) => ({ ...p })),
  };
}

type Fields = Omit<DisclosureInput, "orgId">;

function checked(input: Fields) {
  const plannedEnd = input.plannedEnd ?? null;
  if (plannedEnd && plannedEnd < input.postedOn)
    throw invalid("Ngày dự kiến kết thúc phải từ ngày công khai trở đi.", [
      { field: "plannedEnd", message: "Phải từ ngày công khai trở đi" },
    ]);
  const broadcastDays = input.broadcastDays ?? null;
  if (broadcastDays !== null && !input.channels.includes("loudspeaker"))
    throw invalid("Chỉ ghi số ngày phát thanh khi có công khai trên hệ thống truyền thanh.", [
      { field: "broadcastDays", message: "Hãy chọn hệ thống truyền thanh hoặc bỏ số ngày" },
    ]);
  const content = input.content?.trim() ? input.content.trim() : null;
  return {
    clause: input.clause,
    title: input.title,
    content,
    channels: input.channels,
    broadcastDays,
    postedOn: input.postedOn,
    plannedEnd,
  };
}

const summaryOf = (r: DisclosureRow) => ({
  orgId: r.orgId,
  clause: r.clause,
  title: r.title,
  postedOn: r.postedOn,
  channels: r.channels,
});

export async function postDisclosure(ctx: UseCaseContext, input: DisclosureInput): Promise<DisclosureOut> {
  await communeFor(ctx, input.orgId, "post");
  const values = checked(input);
  return writeTransaction(ctx, async (tx, audit) => {
    const [row] = await tx
      .insert(disclosures)
      .values({
        orgId: input.orgId,
        ...values,
        createdBy: ctx.actor?.userId ?? null,
        updatedBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const r = row!;
    await audit({
      action: "disclosure.post",
      entity: "disclosure",
      entityId: r.id,
      after: summaryOf(r),
      summary: { orgId: r.orgId, clause: r.clause, title: r.title },
    });
    return toOut(r, null, vietnamDate(ctx.now));
  });
}

async function forWrite(ctx: UseCaseContext, id: string, version: number) {
  const row = await disclosureRow(ctx.db, id);
  await communeFor(ctx, row.orgId, "post");
  if (row.version !== version)
    throw conflict("Thông tin này vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.");
  return row;
}

async function update(ctx: UseCaseContext, row: DisclosureRow, set: Partial<DisclosureRow>) {
  const [saved] = await ctx.db
    .update(disclosures)
    .set({ ...set, version: row.version + 1, updatedBy: ctx.actor?.userId ?? null, updatedAt: ctx.now })
    .where(and(eq(disclosures.id, row.id), eq(disclosures.version, row.version)))
    .returning();
  if (!saved) throw conflict("Thông tin này vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.");
  return saved;
}

export async function correctDisclosure(
  ctx: UseCaseContext,
  id: string,
  input: CorrectionInput,
): Promise<DisclosureOut> {
  const row = await forWrite(ctx, id, input.version);
  if (row.takenDownOn)
    throw conflict("Thông tin đã gỡ, không sửa được; hãy công khai lại thành một mục mới.");
  const values = checked(input);
  return writeTransaction(ctx, async (tx, audit) => {
    const saved = await update({ ...ctx, db: tx }, row, values);
    await audit({
      action: "disclosure.correct",
      entity: "disclosure",
      entityId: row.id,
      before: summaryOf(row),
      after: summaryOf(saved),
      summary: { orgId: row.orgId, clause: saved.clause, title: saved.title },
    });
    return toOut(saved, null, vietnamDate(ctx.now));
  });
}

export async function takeDownDisclosure(
  ctx: UseCaseContext,
  id: string,
  input: TakeDownInput,
): Promise<DisclosureOut> {
  const row = await forWrite(ctx, id, input.version);
  if (row.takenDownOn) throw conflict("Thông tin này đã được gỡ.");
  if (input.takenDownOn < row.postedOn)
    throw invalid("Ngày gỡ phải từ ngày công khai trở đi.", [
      { field: "takenDownOn", message: "Phải từ ngày công khai trở đi" },
    ]);
  return writeTransaction(ctx, async (tx, audit) => {
    const saved = await update({ ...ctx, db: tx }, row, {
      takenDownOn: input.takenDownOn,
      takeDownReason: input.reason,
    });
    const a = assessDisclosure(factsOf(saved), vietnamDate(ctx.now));
    await audit({
      action: "disclosure.take_down",
      entity: "disclosure",
      entityId: row.id,
      summary: {
        orgId: row.orgId,
        clause: row.clause,
        title: row.title,
        takenDownOn: input.takenDownOn,
        early: a.problems.some((p) => p.code === "ends_early"),
      },
    });
    return toOut(saved, null, vietnamDate(ctx.now));
  });
}

/** The policy's check before a file's bytes are read (the route's guard). */
export async function guardAttach(ctx: UseCaseContext, id: string) {
  const row = await disclosureRow(ctx.db, id);
  await communeFor(ctx, row.orgId, "post");
  return row;
}

export async function attachFile(
  ctx: UseCaseContext,
  storage: FileStorage,
  id: string,
  file: UploadedFile,
): Promise<DisclosureOut> {
  const row = await guardAttach(ctx, id);
  if (row.takenDownOn) throw conflict("Thông tin đã gỡ, không đính kèm tệp được.");
  return writeTransaction(ctx, async (tx, audit) => {
    const stored = await saveFile(tx, storage, ctx, {
      bytes: file.bytes,
      fileName: file.fileName,
      mimeType: file.mimeType,
      orgId: row.orgId,
    });
    const saved = await update({ ...ctx, db: tx }, row, { fileId: stored.id });
    await audit({
      action: "disclosure.attach",
      entity: "disclosure",
      entityId: row.id,
      summary: { orgId: row.orgId, clause: row.clause, fileName: stored.fileName },
    });
    return toOut(saved, stored.fileName, vietnamDate(ctx.now));
  });
}
