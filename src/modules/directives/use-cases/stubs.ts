// The documents a symbol may name, with their scopes (rules/scope.ts), and the stubs that stand for cited
// documents not imported yet. A stub belongs to the issuer the citation names; where the citation names
// none it joins the closest known document of that symbol, else it waits without scope for the document
// itself (confirm.ts) or a later citation that knows more.
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { citingBodies, rowsWithSymbol } from "../queries.ts";
import { citedTitle, systemOfSymbol } from "../rules/cascade.ts";
import {
  type CitedScope,
  citedScope,
  documentScope,
  isCentralSymbol,
  matchInScope,
  newStubScope,
  registerBody,
  type ScopedDirective,
  sameArea,
} from "../rules/scope.ts";
import { baseOfKey, directiveKey, yearOfKey } from "../rules/symbol-key.ts";
import type { OrgIndex } from "../rules/units.ts";
import { type DirectiveRow, directiveLinks, directives } from "../schema.ts";

type SymbolRow = Awaited<ReturnType<typeof rowsWithSymbol>>[number];
export type Candidate = SymbolRow & ScopedDirective;

/** The scope a row stands in: a draft's from its issuer or owner (it holds none yet), else the stored one. */
export function scopeOfRow(index: OrgIndex, r: SymbolRow): string | null {
  if (!r.symbol || isCentralSymbol(r.symbol)) return null;
  if (r.status === "draft") return documentScope(index, r.symbol, r.issuerOrgId, r.ownerOrgId);
  // Rows stored before scopes were lifted to the register (a Standing Board's) compare by their register.
  return registerBody(index, r.scopeOrgId, r.symbol);
}

/** Stubs and confirmed documents with this symbol, each with its scope; stubs without one, with their citers. */
export async function scopedCandidates(
  db: Db,
  index: OrgIndex,
  symbol: string,
  excludeId: string | null = null,
): Promise<Candidate[]> {
  const rows = (await rowsWithSymbol(db, symbol, excludeId)).filter((r) => r.symbolKey);
  const out = rows.map((r) => ({ ...r, scope: scopeOfRow(index, r) }));
  const loose = out.filter((r) => !r.scope && r.status === "stub").map((r) => r.id);
  const citers = await citingBodies(db, loose);
  return out.map((r) => (citers.has(r.id) ? { ...r, citers: citers.get(r.id)! } : r));
}

/** The row holding this key and stored scope, if any (the identity the unique index guards). */
async function holder(tx: Db, key: string, scopeOrgId: string | null, exceptId: string | null = null) {
  const [row] = await tx
    .select({ id: directives.id, status: directives.status })
    .from(directives)
    .where(
      and(
        eq(directives.symbolKey, key),
        scopeOrgId ? eq(directives.scopeOrgId, scopeOrgId) : sql`${directives.scopeOrgId} is null`,
        exceptId ? ne(directives.id, exceptId) : undefined,
      ),
    );
  return row ?? null;
}

export interface StubMeta {
  date: string | null;
  typeName?: string | null;
  issuerName?: string | null;
  sentence?: string | null;
}

/**
 * The known document a cited symbol names, or a new stub for it. `contextId` is the citing document's
 * body (its issuer's, else its owner's): relative issuer names and citations without one are read there.
 */
export async function findOrCreateStub(
  tx: Db,
  index: OrgIndex,
  contextId: string | null,
  symbol: string,
  meta: StubMeta,
  counts: { stubsCreated: number },
): Promise<{ id: string; status: DirectiveRow["status"] }> {
  const year = meta.date?.slice(0, 4) ?? null;
  const issuedOn = meta.date && !meta.date.startsWith("--") ? meta.date : null;
  const { scope, issuerOrgId } = citedScope(index, symbol, meta.issuerName ?? null, contextId);
  const rows = await scopedCandidates(tx, index, symbol);
  const match = matchInScope(index, symbol, year, scope, rows);
  if (match) {
    if (match.status === "stub") await learn(tx, match, symbol, scope, issuerOrgId, meta);
    return { id: match.id, status: match.status };
  }
  const key = directiveKey(symbol, meta.date);
  const scopeless = rows.some((r) => r.symbolKey === key && !r.scopeOrgId);
  const scopeOrgId = newStubScope(index, symbol, scope, scopeless);
  // A guessed scope may already be held (another year's reading of one citation): that row it is.
  const held = await holder(tx, key, scopeOrgId);
  if (held) return held;
  const [created] = await tx
    .insert(directives)
    .values({
      status: "stub",
      symbol,
      symbolKey: key,
      scopeOrgId,
      typeName: meta.typeName ?? null,
      title: meta.sentence ? citedTitle(meta.sentence, symbol) : null,
      system: systemOfSymbol(symbol),
      issuerName: meta.issuerName ?? null,
      issuerOrgId,
      issuedOn,
    })
    .returning({ id: directives.id, status: directives.status });
  counts.stubsCreated++;
  return created!;
}

/** A later citation may know what an earlier one did not: the date, the issuer (and so the scope), the subject. */
async function learn(
  tx: Db,
  match: Candidate,
  symbol: string,
  scope: CitedScope,
  issuerOrgId: string | null,
  meta: StubMeta,
) {
  const [row] = await tx.select().from(directives).where(eq(directives.id, match.id));
  const year = meta.date?.slice(0, 4) ?? null;
  const key = year && !yearOfKey(match.symbolKey!) ? directiveKey(symbol, meta.date) : match.symbolKey!;
  const scopeOrgId = row!.scopeOrgId ?? (scope.kind === "body" ? scope.id : null);
  const changed = key !== row!.symbolKey || scopeOrgId !== row!.scopeOrgId;
  const clash = changed && (await holder(tx, key, scopeOrgId, match.id));
  await tx
    .update(directives)
    .set({
      symbolKey: clash ? row!.symbolKey : key,
      scopeOrgId: clash ? row!.scopeOrgId : scopeOrgId,
      issuedOn: row!.issuedOn ?? (meta.date && !meta.date.startsWith("--") ? meta.date : null),
      typeName: row!.typeName ?? meta.typeName ?? null,
      issuerName: row!.issuerName ?? meta.issuerName ?? null,
      issuerOrgId: row!.issuerOrgId ?? issuerOrgId,
      title: row!.title ?? (meta.sentence ? citedTitle(meta.sentence, symbol) : null),
    })
    .where(eq(directives.id, match.id));
}

/**
 * Stubs of the same symbol cited without a year are this document too — those of its scope, and those
 * without scope cited only from its area: their incoming links move here.
 */
export async function absorbYearlessStubs(
  tx: Db,
  index: OrgIndex,
  id: string,
  symbol: string,
  key: string,
  scope: string | null,
) {
  if (!yearOfKey(key)) return;
  const yearless = `${baseOfKey(key)}@`;
  const twins = (await scopedCandidates(tx, index, symbol, id)).filter(
    (r) =>
      r.status === "stub" &&
      r.symbolKey === yearless &&
      (r.scope === scope ||
        (scope !== null && !r.scope && (r.citers ?? []).every((x) => sameArea(index, x, scope)))),
  );
  for (const twin of twins) {
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
}
