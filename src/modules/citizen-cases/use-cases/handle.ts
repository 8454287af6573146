// The back office's steps on a case: classify, accept (thụ lý), forward (chuyển đơn) with a notice
// to the sender, refuse with the law's ground, assign a handler of the holding body, note,
// conclude, answer, publish the masked answer. Each: the policy, the step's place in the case's
// life (rules/lifecycle.ts), the version the official saw, one transaction with its timeline entry
// and audit event (which never carry the sender).
import { and, eq } from "drizzle-orm";
import { type IsoDate, vietnamDate } from "../../../core/calendar/index.ts";
import { conflict, invalid } from "../../../core/errors.ts";
import type { SecretBox } from "../../auth/adapters/secret-box.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { orgs } from "../../orgs/schema.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { type EVENT_KINDS, type Field, type Kind, REFUSAL_GROUNDS, type RefusalGround } from "../contract.ts";
import { handlersOf, type LoadedCase } from "../queries.ts";
import { resolutionDue } from "../rules/deadline.ts";
import { requireStep, type Step } from "../rules/lifecycle.ts";
import { maskPersonalData } from "../rules/mask.ts";
import { type CitizenCaseRow, citizenCaseEvents, citizenCases } from "../schema.ts";
import { authorised } from "./load.ts";
import { openSender } from "./sender.ts";

interface Change {
  step: Step | null;
  version?: number;
  set: Partial<CitizenCaseRow>;
  event: { kind: (typeof EVENT_KINDS)[number]; text?: string | null; public?: boolean };
  summary?: Record<string, unknown>;
}

/** Applies one step to a loaded case: version check, update, timeline entry, audit. */
async function apply(ctx: UseCaseContext, { row }: LoadedCase, change: Change): Promise<{ version: number }> {
  if (change.step) requireStep(row, change.step);
  if (change.version !== undefined && change.version !== row.version)
    throw conflict("Đơn vừa được người khác cập nhật. Hãy tải lại trang rồi thực hiện lại.");
  return writeTransaction(ctx, async (tx, audit) => {
    let version = row.version;
    if (Object.keys(change.set).length) {
      const [updated] = await tx
        .update(citizenCases)
        .set({ ...change.set, version: row.version + 1, updatedAt: ctx.now })
        .where(and(eq(citizenCases.id, row.id), eq(citizenCases.version, row.version)))
        .returning({ version: citizenCases.version });
      if (!updated) throw conflict("Đơn vừa được người khác cập nhật. Hãy tải lại trang rồi thực hiện lại.");
      version = updated.version;
    }
    await tx.insert(citizenCaseEvents).values({
      caseId: row.id,
      kind: change.event.kind,
      at: ctx.now,
      authorId: ctx.actor?.userId ?? null,
      text: change.event.text ?? null,
      public: change.event.public ?? false,
    });
    await audit({
      action: `citizen_case.${change.event.kind}`,
      entity: "citizen_case",
      entityId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: change.set.status ?? row.status, version },
      summary: { code: row.code, ...change.summary },
    });
    return { version };
  });
}

export async function classify(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; kind: Kind; field: Field; competent: boolean },
) {
  const c = await authorised(ctx, id, ["handle"]);
  return apply(ctx, c, {
    step: "classify",
    version: input.version,
    set: { kind: input.kind, field: input.field, competent: input.competent, classified: true },
    event: { kind: "classified", text: input.competent ? "Thuộc thẩm quyền" : "Không thuộc thẩm quyền" },
    summary: { kind: input.kind, field: input.field, competent: input.competent },
  });
}

export async function accept(ctx: UseCaseContext, id: string, input: { version: number }) {
  const c = await authorised(ctx, id, ["handle"]);
  const acceptedOn = vietnamDate(ctx.now);
  const due = resolutionDue(c.row.kind, acceptedOn as IsoDate, await loadCalendar(ctx.db));
  return apply(ctx, c, {
    step: "accept",
    version: input.version,
    set: {
      status: "accepted",
      acceptedOn,
      // Where the law sets no resolution time (phản ánh, kiến nghị), the intake's due date stays.
      ...(due.dueDate && { dueDate: due.dueDate, dueBasis: due.dueBasis }),
    },
    event: { kind: "accepted", text: "Đơn đã được thụ lý.", public: true },
  });
}

export async function forward(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; toOrgId: string; notice: string },
) {
  const c = await authorised(ctx, id, ["handle"]);
  if (input.toOrgId === c.row.orgId) throw invalid("Hãy chọn một cơ quan khác cơ quan đang giữ đơn.");
  const [to] = await ctx.db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.id, input.toOrgId), eq(orgs.status, "active")));
  if (!to)
    throw invalid("Cơ quan nhận đơn không có trong cơ cấu tổ chức.", [
      { field: "toOrgId", message: "Hãy chọn cơ quan trong danh sách" },
    ]);
  // The case moves to the competent body, which classifies it again; nobody keeps it sideways.
  return apply(ctx, c, {
    step: "forward",
    version: input.version,
    set: { status: "received", orgId: to.id, handlerId: null, classified: false, competent: null },
    event: {
      kind: "forwarded",
      text: `Đã chuyển đơn đến ${to.name}. ${maskPersonalData(input.notice)}`,
      public: true,
    },
    summary: { from: c.row.orgId, to: to.id },
  });
}

export async function refuse(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; ground: RefusalGround; note?: string | undefined },
) {
  const c = await authorised(ctx, id, ["handle"]);
  return apply(ctx, c, {
    step: "refuse",
    version: input.version,
    set: { status: "refused", refusalGround: input.ground },
    event: { kind: "refused", text: `Không thụ lý: ${REFUSAL_GROUNDS[input.ground]}.`, public: true },
    summary: { ground: input.ground },
  });
}

export async function assign(ctx: UseCaseContext, id: string, input: { version: number; handlerId: string }) {
  const c = await authorised(ctx, id, ["assign"]);
  const handler = (await handlersOf(ctx.db, c.row.orgId)).find((h) => h.id === input.handlerId);
  if (!handler)
    throw invalid("Chỉ giao đơn cho cán bộ của chính cơ quan đang giữ đơn.", [
      { field: "handlerId", message: "Hãy chọn cán bộ trong danh sách" },
    ]);
  return apply(ctx, c, {
    step: "assign",
    version: input.version,
    set: { handlerId: handler.id },
    event: { kind: "assigned", text: `Giao ${handler.name} xử lý.` },
    summary: { handlerId: handler.id },
  });
}

export async function addNote(ctx: UseCaseContext, id: string, input: { text: string }) {
  const c = await authorised(ctx, id, ["handle"]);
  return apply(ctx, c, { step: null, set: {}, event: { kind: "note", text: input.text } });
}

export async function conclude(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; conclusion: string },
) {
  const c = await authorised(ctx, id, ["handle"]);
  return apply(ctx, c, {
    step: "conclude",
    version: input.version,
    set: { conclusion: input.conclusion },
    event: { kind: "concluded" },
  });
}

export async function answer(ctx: UseCaseContext, id: string, input: { version: number; answer: string }) {
  const c = await authorised(ctx, id, ["handle"]);
  return apply(ctx, c, {
    step: "answer",
    version: input.version,
    set: { status: "answered", answer: input.answer, answeredAt: ctx.now },
    event: { kind: "answered", text: "Cơ quan đã trả lời người gửi.", public: true },
  });
}

/** The answer with personal data masked (the sender's own values too), for the officer to review. */
export async function publicationPreview(ctx: UseCaseContext, box: SecretBox, id: string) {
  const c = await authorised(ctx, id, ["handle"]);
  requireStep(c.row, "publish");
  const sender = openSender(box, c.row.senderSealed);
  return { masked: maskPersonalData(c.row.answer ?? "", Object.values(sender)) };
}

/** Publishes the text the officer reviewed, masked once more: nothing they missed gets out. */
export async function publish(
  ctx: UseCaseContext,
  box: SecretBox,
  id: string,
  input: { version: number; text: string },
) {
  const c = await authorised(ctx, id, ["handle"]);
  const text = maskPersonalData(input.text, Object.values(openSender(box, c.row.senderSealed)));
  return apply(ctx, c, {
    step: "publish",
    version: input.version,
    set: { publishedText: text, publishedAt: ctx.now },
    event: { kind: "published", text: "Câu trả lời đã được công khai.", public: true },
  });
}
