// The back office's reads: the cases of the bodies an official reads (the tasks module's rule as
// SQL), and one case with its timeline and what the official may do. Neither carries the sender.
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { forbidden } from "../../../core/errors.ts";
import { isOverdue } from "../../../core/legal-limits/index.ts";
import type { Db } from "../../../db/client.ts";
import { storedFiles } from "../../files/schema.ts";
import { orgLabels } from "../../orgs/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { CaseDetail, CaseRow, Kind, Status } from "../contract.ts";
import { casePolicy } from "../policy.ts";
import { handlersOf, namesOf, readableCases } from "../queries.ts";
import { stepRefusal } from "../rules/lifecycle.ts";
import { type CitizenCaseRow, citizenCaseEvents, citizenCaseFiles, citizenCases } from "../schema.ts";
import { authorised } from "./load.ts";

const OPEN: readonly Status[] = ["received", "accepted"];

async function toRows(db: Db, rows: CitizenCaseRow[], today: IsoDate): Promise<CaseRow[]> {
  const labels = await orgLabels(
    db,
    rows.flatMap((r) => [r.orgId, r.wardId ?? r.orgId]),
  );
  const names = await namesOf(
    db,
    rows.map((r) => r.handlerId),
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    field: r.field,
    channel: r.channel,
    status: r.status,
    title: r.title,
    orgId: r.orgId,
    orgName: labels.get(r.orgId)?.name ?? "",
    wardName: r.wardId ? (labels.get(r.wardId)?.name ?? null) : null,
    handlerName: r.handlerId ? (names.get(r.handlerId) ?? null) : null,
    receivedOn: r.receivedOn,
    dueDate: r.dueDate,
    overdue: Boolean(r.dueDate && OPEN.includes(r.status) && isOverdue(r.dueDate as IsoDate, today)),
    classified: r.classified,
    publishedAt: r.publishedAt?.toISOString() ?? null,
  }));
}

export async function listCases(
  ctx: UseCaseContext,
  query: { status?: Status | undefined; kind?: Kind | undefined },
) {
  if (!ctx.actor) throw forbidden();
  const conds: SQL[] = [];
  const visible = readableCases(ctx.actor);
  if (visible) conds.push(visible);
  if (query.status) conds.push(eq(citizenCases.status, query.status));
  if (query.kind) conds.push(eq(citizenCases.kind, query.kind));
  const rows = await ctx.db
    .select()
    .from(citizenCases)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(citizenCases.dueDate), desc(citizenCases.createdAt))
    .limit(500);
  return toRows(ctx.db, rows, vietnamDate(ctx.now));
}

export async function caseDetail(ctx: UseCaseContext, id: string): Promise<CaseDetail> {
  const { row, scope } = await authorised(ctx, id, []);
  const actor = ctx.actor!;
  const [base] = await toRows(ctx.db, [row], vietnamDate(ctx.now));
  const events = await ctx.db
    .select()
    .from(citizenCaseEvents)
    .where(eq(citizenCaseEvents.caseId, row.id))
    .orderBy(asc(citizenCaseEvents.at));
  const authors = await namesOf(
    ctx.db,
    events.map((e) => e.authorId),
  );
  const fileIds = (
    await ctx.db.select().from(citizenCaseFiles).where(eq(citizenCaseFiles.caseId, row.id))
  ).map((f) => f.fileId);
  const files = fileIds.length
    ? await ctx.db
        .select({ id: storedFiles.id, fileName: storedFiles.fileName })
        .from(storedFiles)
        .where(inArray(storedFiles.id, fileIds))
    : [];
  const canAssign = casePolicy.assign(actor, scope);
  return {
    ...base!,
    version: row.version,
    content: row.content,
    subject: row.subject,
    request: row.request,
    location: row.location,
    competent: row.competent,
    refusalGround: row.refusalGround,
    conclusion: row.conclusion,
    answer: row.answer,
    publishedText: row.publishedText,
    dueBasis: row.dueBasis,
    rating: row.ratingScore === null ? null : { score: row.ratingScore, comment: row.ratingComment },
    files,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      text: e.text,
      authorName: e.authorId ? (authors.get(e.authorId) ?? null) : null,
      public: e.public,
    })),
    handlers: canAssign ? await handlersOf(ctx.db, row.orgId) : [],
    can: {
      handle: casePolicy.handle(actor, scope),
      assign: canAssign,
      readSender: casePolicy.sender(actor, scope),
      publish: casePolicy.handle(actor, scope) && stepRefusal(row, "publish") === null,
    },
  };
}
