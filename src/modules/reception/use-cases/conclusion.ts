// A leader's reception session ends with its conclusion notice (thông báo kết luận, issue 16 item 1):
// recording the conclusion (a write of the calendar: policy "record", the version the official saw,
// audited) and the notice as the official document for the .docx download (a read: policy "read",
// as the calendar and the register are read; those reads are not audited, nor is this one). The
// document is built by rules/conclusion.ts, written by the shared writer (shared/document/docx.ts).
import { and, asc, eq, inArray } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { conflict, invalid, notFound } from "../../../core/errors.ts";
import { citizenCases } from "../../citizen-cases/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { writeTransaction } from "../../shared/context.ts";
import { bodyCode, placeOf, STANDS_ALONE } from "../../shared/document/issuer.ts";
import type { OfficialDocument } from "../../shared/document/model.ts";
import type { ConclusionInput, SessionOut } from "../contract.ts";
import { bodyFor } from "../queries.ts";
import { conclusionNotice } from "../rules/conclusion.ts";
import { receptionSessions, receptionVisits } from "../schema.ts";
import { toOut } from "./calendar.ts";

async function sessionById(ctx: UseCaseContext, id: string) {
  const [row] = await ctx.db.select().from(receptionSessions).where(eq(receptionSessions.id, id));
  if (!row) throw notFound("buổi tiếp công dân");
  return row;
}

export async function concludeSession(
  ctx: UseCaseContext,
  id: string,
  input: ConclusionInput,
): Promise<SessionOut> {
  const row = await sessionById(ctx, id);
  await bodyFor(ctx, row.orgId, "record");
  const today = vietnamDate(ctx.now);
  if (row.date > today)
    throw invalid("Buổi tiếp chưa diễn ra: chỉ ghi kết luận từ ngày tiếp.", [
      { field: "conclusion", message: "Buổi tiếp chưa diễn ra" },
    ]);
  if (input.version !== row.version)
    throw conflict("Buổi tiếp vừa được người khác cập nhật. Hãy tải lại trang rồi thực hiện lại.");
  return writeTransaction(ctx, async (tx, audit) => {
    const [updated] = await tx
      .update(receptionSessions)
      .set({
        conclusion: input.conclusion.trim(),
        signerTitle: input.signerTitle.trim(),
        concludedOn: row.concludedOn ?? today,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(receptionSessions.id, id), eq(receptionSessions.version, row.version)))
      .returning();
    if (!updated)
      throw conflict("Buổi tiếp vừa được người khác cập nhật. Hãy tải lại trang rồi thực hiện lại.");
    // Names the session and its body; the conclusion's words stay in the session's row.
    await audit({
      action: "reception_session.conclude",
      entity: "reception_session",
      entityId: id,
      before: { version: row.version, concluded: row.conclusion !== null },
      after: { version: updated.version, concludedOn: updated.concludedOn },
      summary: { orgId: row.orgId, date: row.date },
    });
    return toOut(updated);
  });
}

/** The notice of a concluded session, and the file name of its download. */
export async function conclusionDocument(
  ctx: UseCaseContext,
  id: string,
): Promise<{ doc: OfficialDocument; fileName: string }> {
  const row = await sessionById(ctx, id);
  const body = await bodyFor(ctx, row.orgId, "read");
  if (!row.conclusion || !row.signerTitle || !row.concludedOn)
    throw conflict("Buổi tiếp chưa có kết luận: hãy ghi kết luận trước khi tải thông báo.");
  const lineage = await ctx.db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(inArray(orgs.id, [...body.ref.lineage]));
  const byId = new Map(lineage.map((o) => [o.id, o.name]));
  const parentId = body.ref.lineage.at(-2);
  const parentName = parentId ? byId.get(parentId) : undefined;
  const visits = await ctx.db
    .select({
      outcome: receptionVisits.outcome,
      visitorCount: receptionVisits.visitorCount,
      direction: receptionVisits.direction,
      caseCode: citizenCases.code,
      caseKind: citizenCases.kind,
    })
    .from(receptionVisits)
    .leftJoin(citizenCases, eq(citizenCases.id, receptionVisits.caseId))
    .where(eq(receptionVisits.sessionId, id))
    .orderBy(asc(receptionVisits.createdAt));
  const alone = STANDS_ALONE.test(body.name);
  const doc = conclusionNotice({
    issuer: {
      name: body.name,
      ...(parentName && !alone ? { parent: parentName } : {}),
      code: bodyCode(body.name),
    },
    onBehalfOf: alone ? "Ủy ban nhân dân" : null,
    place: placeOf(body.ref.lineage.map((x) => byId.get(x) ?? "")),
    session: {
      date: row.date,
      startTime: row.startTime,
      kind: row.kind,
      mode: row.mode,
      place: row.place,
      leaderName: row.leaderName,
    },
    signerTitle: row.signerTitle,
    concludedOn: row.concludedOn,
    conclusion: row.conclusion,
    visits,
  });
  return { doc, fileName: `Thong-bao-ket-luan-tiep-cong-dan-${row.date}` };
}
