// Use case: confirm a draft. Everything is checked (each item to assign has its lead bodies and obeys
// "one lead per assignment"), then in one transaction: the document joins the cascade (resolving the
// stub that stood for it, linking what it cites, creating stubs for unknown documents and the links
// their citation sentences state), its tasks become assignments, the unit mappings are remembered, and
// coverage suggestions are computed against the document it implements.
import { and, eq, ne } from "drizzle-orm";
import { conflict, forbidden, invalid } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import type { ParseResult } from "../../parser/index.ts";
import { type UseCaseContext, writeTransaction } from "../shared/context.ts";
import { createAssignments } from "../tasks/assign.ts";
import {
  citedTitle,
  coverageChildren,
  coverageParents,
  inferImplements,
  systemOfSymbol,
} from "./cascade-rules.ts";
import { refreshCoverage } from "./coverage.ts";
import { confirmationProblems } from "./draft.ts";
import { bodyNamed } from "./import.ts";
import { directivePolicy } from "./policy.ts";
import { unitContextOf } from "./review.ts";
import {
  type DirectiveRow,
  directiveGroups,
  directiveLinks,
  directiveReporting,
  directives,
  directiveTasks,
  unitMappings,
} from "./schema.ts";
import {
  bumpVersion,
  cascadeGraph,
  editableDraft,
  groupsOf,
  loadOrgIndex,
  policyView,
  rowsWithSymbol,
  tasksOf,
} from "./store.ts";
import { baseOfKey, directiveKey, matchDirective, symbolBase, yearOfKey } from "./symbol-key.ts";
import type { OrgIndex } from "./units.ts";
import { labelsOf } from "./views.ts";

export interface ConfirmResult {
  id: string;
  assignments: number;
  links: number;
  stubsCreated: number;
  /** The stub that stood for this document and now is it. */
  resolvedStub: boolean;
  coverage: number;
}

export async function confirmDirective(ctx: UseCaseContext, draftId: string, input: { version: number }) {
  return writeTransaction(ctx, async (tx, audit): Promise<ConfirmResult> => {
    const draft = await editableDraft(ctx, tx, draftId);
    if (ctx.actor && !directivePolicy.confirm(ctx.actor, await policyView(tx, draft)))
      throw forbidden("Chỉ lãnh đạo hoặc cán bộ đầu mối của cơ quan (hoặc cấp trên) được xác nhận văn bản.");
    await bumpVersion(tx, ctx, draftId, input.version);
    const [groups, tasks] = await Promise.all([groupsOf(tx, draftId), tasksOf(tx, draftId)]);
    const problems = confirmationProblems(tasks, draft.unitMap, labelsOf(tasks, groups));
    if (problems.length)
      throw invalid(`Chưa thể xác nhận: còn ${problems.length} việc cần xử lý.`, {
        problems: problems.map((p) => p.message),
        items: problems,
      });

    const index = await loadOrgIndex(tx);
    const { id, resolvedStub } = await takeItsPlace(tx, ctx, draft);
    const counts = { links: 0, stubsCreated: 0 };
    const parse = (draft.parse ?? { citations: [] }) as unknown as ParseResult;
    const dateOf = new Map(parse.citations.map((c) => [symbolBase(c.symbol), c.date]));
    const context = unitContextOf(draft);
    const stubFor = (symbol: string, meta: Partial<StubMeta> = {}) =>
      findOrCreateStub(
        tx,
        index,
        context,
        symbol,
        { date: dateOf.get(symbolBase(symbol)) ?? null, ...meta },
        counts,
      );

    // What the document itself cites.
    for (const c of parse.citations) {
      if (draft.symbol && symbolBase(c.symbol) === symbolBase(draft.symbol)) continue;
      const target = await stubFor(c.symbol, { typeName: c.type, issuerName: c.issuer, sentence: c.text });
      if (target.id === id) continue;
      const done = await tx
        .insert(directiveLinks)
        .values({ fromId: id, toId: target.id, relation: c.relation, citationText: c.text })
        .onConflictDoNothing()
        .returning({ id: directiveLinks.id });
      counts.links += done.length;
    }
    // What its citation sentences say about other documents: stub → stub "implements".
    const own = (s: string) => Boolean(draft.symbol) && symbolBase(s) === symbolBase(draft.symbol!);
    for (const link of inferImplements(draft.text ?? "", own)) {
      const from = await stubFor(link.from);
      const to = await stubFor(link.to);
      if (from.status !== "stub" || from.id === to.id) continue;
      const done = await tx
        .insert(directiveLinks)
        .values({
          fromId: from.id,
          toId: to.id,
          relation: "implements",
          citationText: link.sentence,
          inferred: true,
        })
        .onConflictDoNothing()
        .returning({ id: directiveLinks.id });
      counts.links += done.length;
    }

    const confirmedTasks = await tasksOf(tx, id);
    const assignmentIds = await createAssignments(
      tx,
      confirmedTasks
        .filter((t) => t.assign)
        .map((t) => ({
          directiveId: id,
          directiveTaskId: t.id,
          title: t.title,
          leadOrgIds: t.leadOrgIds,
          supportOrgIds: t.supportOrgIds,
          fanOut: t.fanOut,
          timeframe: t.timeframe,
        })),
      { userId: ctx.actor?.userId ?? null, orgId: ctx.actor?.actingOrgId ?? draft.ownerOrgId },
    );
    await remember(tx, ctx, context, draft);

    const { edges, nodes } = await cascadeGraph(tx);
    let coverage = 0;
    for (const p of coverageParents(id, edges, nodes)) coverage += (await refreshCoverage(tx, p)).suggestions;
    if (coverageChildren(id, edges, nodes).length) coverage += (await refreshCoverage(tx, id)).suggestions;

    const result = { id, assignments: assignmentIds.length, ...counts, resolvedStub, coverage };
    await audit({
      action: "directive.confirm",
      entity: "directive",
      entityId: id,
      after: { symbol: draft.symbol, textHash: draft.textHash, draftId },
      summary: { what: "xác nhận văn bản", ...result },
    });
    return result;
  });
}

/**
 * The confirmed document's row: the stub that stood for it when one exists (filled in, keeping the
 * links that point at it; the links it only inferred make way for the document's own citations), else
 * the draft's own row. Refuses a symbol already confirmed.
 */
async function takeItsPlace(tx: Db, ctx: UseCaseContext, draft: DirectiveRow) {
  const key = draft.symbol ? directiveKey(draft.symbol, draft.issuedOn) : null;
  const confirmed = {
    status: "confirmed" as const,
    symbolKey: key,
    confirmedBy: ctx.actor?.userId ?? null,
    confirmedAt: ctx.now,
    updatedAt: ctx.now,
  };
  if (!draft.symbol) {
    await tx.update(directives).set(confirmed).where(eq(directives.id, draft.id));
    return { id: draft.id, resolvedStub: false };
  }
  const rows = (await rowsWithSymbol(tx, draft.symbol, draft.id)).filter((r) => r.symbolKey);
  const match = matchDirective(
    draft.symbol,
    draft.issuedOn?.slice(0, 4) ?? null,
    rows as Array<(typeof rows)[number] & { symbolKey: string }>,
  );
  if (match && match.status !== "stub")
    throw conflict(`Văn bản số ${draft.symbol} đã được xác nhận trước đó.`, { existingId: match.id });
  if (!match) {
    await tx.update(directives).set(confirmed).where(eq(directives.id, draft.id));
    return { id: draft.id, resolvedStub: false };
  }
  const stubId = match.id;
  await tx.delete(directiveLinks).where(eq(directiveLinks.fromId, stubId));
  await tx
    .delete(directiveGroups)
    .where(and(eq(directiveGroups.directiveId, stubId), eq(directiveGroups.derived, true)));
  for (const table of [directiveGroups, directiveTasks, directiveReporting])
    await tx.update(table).set({ directiveId: stubId }).where(eq(table.directiveId, draft.id));
  await tx.delete(directives).where(eq(directives.id, draft.id));
  const { id: _id, status: _s, symbolKey: _k, version: _v, createdAt: _c, ...fields } = draft;
  await tx
    .update(directives)
    .set({ ...fields, ...confirmed, version: 1 })
    .where(eq(directives.id, stubId));
  await absorbYearlessStubs(tx, stubId, key!);
  return { id: stubId, resolvedStub: true };
}

/** Stubs of the same symbol cited without a year are this document too: their incoming links move here. */
async function absorbYearlessStubs(tx: Db, id: string, key: string) {
  if (!yearOfKey(key)) return;
  const [twin] = await tx
    .select({ id: directives.id })
    .from(directives)
    .where(
      and(
        eq(directives.symbolKey, `${baseOfKey(key)}@`),
        eq(directives.status, "stub"),
        ne(directives.id, id),
      ),
    );
  if (!twin) return;
  const incoming = await tx.select().from(directiveLinks).where(eq(directiveLinks.toId, twin.id));
  for (const l of incoming)
    await tx
      .insert(directiveLinks)
      .values({
        fromId: l.fromId,
        toId: id,
        relation: l.relation,
        citationText: l.citationText,
        inferred: l.inferred,
      })
      .onConflictDoNothing();
  await tx.delete(directiveLinks).where(eq(directiveLinks.toId, twin.id));
  await tx.delete(directives).where(eq(directives.id, twin.id));
}

interface StubMeta {
  date: string | null;
  typeName: string | null;
  issuerName: string | null;
  sentence: string | null;
}

/** The known document a cited symbol names, or a new stub for it. */
async function findOrCreateStub(
  tx: Db,
  index: OrgIndex,
  context: string | null,
  symbol: string,
  meta: Partial<StubMeta> & { date: string | null },
  counts: { stubsCreated: number },
): Promise<{ id: string; status: DirectiveRow["status"] }> {
  const year = meta.date?.slice(0, 4) ?? null;
  const rows = (await rowsWithSymbol(tx, symbol)).filter((r) => r.symbolKey);
  const match = matchDirective(symbol, year, rows as Array<(typeof rows)[number] & { symbolKey: string }>);
  if (match) {
    if (match.status === "stub") {
      // A later citation may know what an earlier one did not (the date, the issuer, the subject).
      const [row] = await tx.select().from(directives).where(eq(directives.id, match.id));
      const key = year && !yearOfKey(match.symbolKey) ? directiveKey(symbol, meta.date) : match.symbolKey;
      const clash =
        key !== match.symbolKey &&
        (await tx.select({ id: directives.id }).from(directives).where(eq(directives.symbolKey, key))).length;
      await tx
        .update(directives)
        .set({
          symbolKey: clash ? match.symbolKey : key,
          issuedOn: row!.issuedOn ?? (meta.date && !meta.date.startsWith("--") ? meta.date : null),
          typeName: row!.typeName ?? meta.typeName ?? null,
          issuerName: row!.issuerName ?? meta.issuerName ?? null,
          issuerOrgId: row!.issuerOrgId ?? bodyNamed(index, meta.issuerName ?? null, context),
          title: row!.title ?? (meta.sentence ? citedTitle(meta.sentence, symbol) : null),
        })
        .where(eq(directives.id, match.id));
    }
    return { id: match.id, status: match.status };
  }
  const [created] = await tx
    .insert(directives)
    .values({
      status: "stub",
      symbol,
      symbolKey: directiveKey(symbol, meta.date),
      typeName: meta.typeName ?? null,
      title: meta.sentence ? citedTitle(meta.sentence, symbol) : null,
      system: systemOfSymbol(symbol),
      issuerName: meta.issuerName ?? null,
      issuerOrgId: bodyNamed(index, meta.issuerName ?? null, context),
      issuedOn: meta.date && !meta.date.startsWith("--") ? meta.date : null,
    })
    .returning({ id: directives.id, status: directives.status });
  counts.stubsCreated++;
  return created!;
}

/**
 * Remembers what the official confirmed each unit name means under the context body, so the next import
 * maps it by itself. Rule-made mappings ("16 phường") are not frozen: the rule follows the tree.
 */
async function remember(tx: Db, ctx: UseCaseContext, contextOrgId: string | null, draft: DirectiveRow) {
  if (!contextOrgId) return;
  for (const e of draft.unitMap) {
    if (!e.orgIds.length || e.source === "rule" || e.source === "none") continue;
    await tx
      .insert(unitMappings)
      .values({
        contextOrgId,
        textKey: e.key,
        orgIds: e.orgIds,
        updatedBy: ctx.actor?.userId ?? null,
        updatedAt: ctx.now,
      })
      .onConflictDoUpdate({
        target: [unitMappings.contextOrgId, unitMappings.textKey],
        set: { orgIds: e.orgIds, updatedBy: ctx.actor?.userId ?? null, updatedAt: ctx.now },
      });
  }
}
