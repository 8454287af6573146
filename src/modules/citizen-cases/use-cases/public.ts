// The portal's reads and the sender's own steps. By code, anyone sees the public status: kind,
// field, place, the public steps and the published answer — never the sender, the content or an
// internal note. With the follow-up secret, the sender sees their own case, adds information,
// withdraws it, or rates the answer. The system acts (no account), each write audited by code.
import { and, asc, eq } from "drizzle-orm";
import { forbidden } from "../../../core/errors.ts";
import type { SecretBox } from "../../auth/adapters/secret-box.ts";
import { orgLabels } from "../../orgs/queries.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { secretMatches } from "../adapters/tokens.ts";
import type { OwnCase, PublicCase } from "../contract.ts";
import { activeWards, caseByCode } from "../queries.ts";
import { requireStep, stepRefusal } from "../rules/lifecycle.ts";
import { maskPersonalData } from "../rules/mask.ts";
import { type CitizenCaseRow, citizenCaseEvents, citizenCases } from "../schema.ts";
import { openSender } from "./sender.ts";

/** The wards by name as people count them (Phường 2 before Phường 10). */
export const listWards = async (ctx: UseCaseContext) =>
  (await activeWards(ctx.db)).sort((a, b) => a.name.localeCompare(b.name, "vi", { numeric: true }));

async function publicView(ctx: UseCaseContext, row: CitizenCaseRow): Promise<PublicCase> {
  const labels = await orgLabels(ctx.db, [row.orgId, ...(row.wardId ? [row.wardId] : [])]);
  const events = await ctx.db
    .select()
    .from(citizenCaseEvents)
    .where(and(eq(citizenCaseEvents.caseId, row.id), eq(citizenCaseEvents.public, true)))
    .orderBy(asc(citizenCaseEvents.at));
  return {
    code: row.code,
    kind: row.kind,
    field: row.field,
    wardName: row.wardId ? (labels.get(row.wardId)?.name ?? null) : null,
    orgName: labels.get(row.orgId)?.name ?? "",
    status: row.status,
    receivedOn: row.receivedOn,
    dueDate: row.dueDate,
    dueBasis: row.dueBasis,
    events: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), text: e.text })),
    published:
      row.publishedText && row.publishedAt
        ? { text: row.publishedText, at: row.publishedAt.toISOString() }
        : null,
    rating:
      // A citizen's comment may name someone: the public sees it masked.
      row.publishedAt && row.ratingScore !== null
        ? { score: row.ratingScore, comment: row.ratingComment && maskPersonalData(row.ratingComment) }
        : null,
  };
}

export async function lookUp(ctx: UseCaseContext, code: string): Promise<PublicCase> {
  return publicView(ctx, await caseByCode(ctx.db, code));
}

/** The case, once the secret proves the caller sent it (the same answer for a wrong secret as for a wrong code's). */
async function ownedCase(ctx: UseCaseContext, code: string, secret: string): Promise<CitizenCaseRow> {
  const row = await caseByCode(ctx.db, code);
  if (!secretMatches(secret, row.secretHash)) throw forbidden("Mã bí mật không đúng với mã tra cứu này.");
  return row;
}

export async function ownView(
  ctx: UseCaseContext,
  box: SecretBox,
  code: string,
  secret: string,
): Promise<OwnCase> {
  const row = await ownedCase(ctx, code, secret);
  const added = await ctx.db
    .select()
    .from(citizenCaseEvents)
    .where(and(eq(citizenCaseEvents.caseId, row.id), eq(citizenCaseEvents.kind, "citizen_info")))
    .orderBy(asc(citizenCaseEvents.at));
  return {
    ...(await publicView(ctx, row)),
    rating: row.ratingScore === null ? null : { score: row.ratingScore, comment: row.ratingComment },
    title: row.title,
    content: row.content,
    subject: row.subject,
    request: row.request,
    sender: openSender(box, row.senderSealed),
    answer: row.status === "answered" ? row.answer : null,
    added: added.map((e) => ({ at: e.at.toISOString(), text: e.text ?? "" })),
    canRate: stepRefusal(row, "rate") === null,
    canWithdraw: stepRefusal(row, "withdraw") === null,
  };
}

async function citizenStep(
  ctx: UseCaseContext,
  row: CitizenCaseRow,
  event: { kind: "citizen_info" | "withdrawn" | "rated"; text: string | null; public: boolean },
  set: Partial<CitizenCaseRow>,
) {
  await writeTransaction(ctx, async (tx, audit) => {
    await tx
      .update(citizenCases)
      .set({ ...set, version: row.version + 1, updatedAt: ctx.now })
      .where(eq(citizenCases.id, row.id));
    await tx.insert(citizenCaseEvents).values({ caseId: row.id, at: ctx.now, ...event });
    await audit({
      action: `citizen_case.${event.kind}`,
      entity: "citizen_case",
      entityId: row.id,
      summary: { code: row.code },
    });
  });
  return { ok: true as const };
}

export async function addInformation(
  ctx: UseCaseContext,
  input: { code: string; secret: string; text: string },
) {
  const row = await ownedCase(ctx, input.code, input.secret);
  requireStep(row, "citizen_info");
  return citizenStep(ctx, row, { kind: "citizen_info", text: input.text, public: false }, {});
}

export async function withdraw(
  ctx: UseCaseContext,
  input: { code: string; secret: string; reason?: string | undefined },
) {
  const row = await ownedCase(ctx, input.code, input.secret);
  requireStep(row, "withdraw");
  await citizenStep(
    ctx,
    row,
    { kind: "withdrawn", text: "Người gửi đã rút đơn.", public: true },
    { status: "withdrawn" },
  );
  if (input.reason)
    await citizenStep(
      ctx,
      { ...row, version: row.version + 1 },
      { kind: "citizen_info", text: `Lý do rút đơn: ${input.reason}`, public: false },
      {},
    );
  return { ok: true as const };
}

export async function rate(
  ctx: UseCaseContext,
  input: { code: string; secret: string; score: number; comment?: string | undefined },
) {
  const row = await ownedCase(ctx, input.code, input.secret);
  requireStep(row, "rate");
  return citizenStep(
    ctx,
    row,
    { kind: "rated", text: `Mức hài lòng: ${input.score}/5`, public: true },
    { ratingScore: input.score, ratingComment: input.comment?.trim() || null },
  );
}
