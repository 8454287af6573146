// Use case: confirm a draft. Everything is checked (each item to assign has its lead bodies and obeys
// "one lead per assignment"), then in one transaction: the document joins the cascade (resolving the
// stub that stood for it, linking what it cites, creating stubs for unknown documents and the links
// their citation sentences state), its tasks become assignments (or assignment requests, for bodies
// outside the owner's authority), the unit mappings are remembered, and
// coverage suggestions are computed against the document it implements.

import { and, eq } from "drizzle-orm";
import { conflict, forbidden, invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { ParseResult } from "../../../parser/index.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { planOfTask } from "../../tasks/rules/assign.ts";
import { assignOrRequest } from "../../tasks/use-cases/assign.ts";
import type { ConfirmOut, VersionInput } from "../contract.ts";
import { directivePolicy } from "../policy.ts";
import {
  bumpVersion,
  cascadeGraph,
  editableDraft,
  groupsOf,
  loadOrgIndex,
  policyView,
  tasksOf,
} from "../queries.ts";
import { coverageChildren, coverageParents, inferImplements } from "../rules/cascade.ts";
import { confirmationProblems } from "../rules/draft.ts";
import { type CitedScope, documentScope, isCentralSymbol, matchInScope } from "../rules/scope.ts";
import { directiveKey, symbolBase } from "../rules/symbol-key.ts";
import type { OrgIndex } from "../rules/units.ts";
import { labelsOf, unitContextOf } from "../rules/views.ts";
import {
  type DirectiveRow,
  directiveGroups,
  directiveLinks,
  directiveReporting,
  directives,
  directiveTasks,
  unitMappings,
} from "../schema.ts";
import { refreshCoverage } from "./coverage-suggest.ts";
import { absorbYearlessStubs, findOrCreateStub, scopedCandidates } from "./stubs.ts";

export async function confirmDirective(ctx: UseCaseContext, draftId: string, input: VersionInput) {
  return writeTransaction(ctx, async (tx, audit): Promise<ConfirmOut> => {
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
    const { id, resolvedStub } = await takeItsPlace(tx, ctx, index, draft);
    const counts = { links: 0, stubsCreated: 0 };
    const parse = (draft.parse ?? { citations: [] }) as unknown as ParseResult;
    const citationOf = new Map(parse.citations.map((c) => [symbolBase(c.symbol), c]));
    const context = unitContextOf(draft);
    // One answer per cited symbol: a citation sentence's inferred link names the document the citation found.
    const found = new Map<string, Promise<{ id: string; status: DirectiveRow["status"] }>>();
    const stubFor = (symbol: string) => {
      const base = symbolBase(symbol);
      const c = citationOf.get(base);
      if (!found.has(base))
        found.set(
          base,
          findOrCreateStub(
            tx,
            index,
            context,
            symbol,
            { date: c?.date ?? null, typeName: c?.type, issuerName: c?.issuer, sentence: c?.text },
            counts,
          ),
        );
      return found.get(base)!;
    };

    // What the document itself cites.
    for (const c of parse.citations) {
      if (draft.symbol && symbolBase(c.symbol) === symbolBase(draft.symbol)) continue;
      const target = await stubFor(c.symbol);
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
    // Work for bodies outside the owner's authority is asked for, not given (tasks/rules/authority.ts).
    const { assignmentIds, requestIds } = await assignOrRequest(
      tx,
      // A task led only by bodies outside the tree makes no assignment (the checks above let it through).
      confirmedTasks.filter((t) => t.assign && t.leadOrgIds.length).map((t) => planOfTask(id, t)),
      {
        userId: ctx.actor?.userId ?? null,
        orgId: ctx.actor?.actingOrgId ?? draft.ownerOrgId,
        ownerOrgId: draft.ownerOrgId,
      },
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
      summary: { what: "xác nhận văn bản", ...result, requests: requestIds.length },
    });
    return result;
  });
}

/**
 * The confirmed document's row: the stub that stood for it when one exists — of its scope, or without
 * scope and cited only from its area — filled in, keeping the links that point at it (the links it only
 * inferred make way for the document's own citations); else the draft's own row. Refuses a symbol
 * already confirmed in the same scope: another issuer's document of the same symbol is another document.
 */
async function takeItsPlace(tx: Db, ctx: UseCaseContext, index: OrgIndex, draft: DirectiveRow) {
  const key = draft.symbol ? directiveKey(draft.symbol, draft.issuedOn) : null;
  const scopeOrgId = documentScope(index, draft.symbol, draft.issuerOrgId, draft.ownerOrgId);
  const confirmed = {
    status: "confirmed" as const,
    symbolKey: key,
    scopeOrgId,
    confirmedBy: ctx.actor?.userId ?? null,
    confirmedAt: ctx.now,
    updatedAt: ctx.now,
  };
  if (!draft.symbol) {
    await tx.update(directives).set(confirmed).where(eq(directives.id, draft.id));
    return { id: draft.id, resolvedStub: false };
  }
  const scope: CitedScope = isCentralSymbol(draft.symbol)
    ? { kind: "central" }
    : scopeOrgId
      ? { kind: "body", id: scopeOrgId }
      : { kind: "unknown", near: null };
  const rows = await scopedCandidates(tx, index, draft.symbol, draft.id);
  const match = matchInScope(index, draft.symbol, draft.issuedOn?.slice(0, 4) ?? null, scope, rows);
  if (match && match.status !== "stub")
    throw conflict(`Văn bản số ${draft.symbol} của cơ quan này đã được xác nhận trước đó.`, {
      existingId: match.id,
    });
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
  const { id: _id, status: _s, symbolKey: _k, scopeOrgId: _o, version: _v, createdAt: _c, ...fields } = draft;
  await tx
    .update(directives)
    .set({ ...fields, ...confirmed, version: 1 })
    .where(eq(directives.id, stubId));
  await absorbYearlessStubs(tx, index, stubId, draft.symbol, key!, scopeOrgId);
  return { id: stubId, resolvedStub: true };
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
