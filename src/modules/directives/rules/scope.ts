// Which issuer's register a document's number belongs to. Numbers and symbols are given per issuer:
// "12/KH-UBND" of one year exists in every district (UBND: any People's Committee), "7-KH/TU" in every
// province (TU: any provincial Party committee). Only the symbols of bodies that exist once (the
// Central Committee and its organs, …/TW; the Government, -CP; the Prime Minister, -TTg; the National
// Assembly; the ministries) are unique in the country. A document is therefore known by its key (symbol
// and year, symbol-key.ts) and its *scope*: the body whose register holds the number, or none for a
// central symbol, which is one document wherever it is cited. Pure: the tree is passed in.
import { foldVietnamese } from "../../../core/text/fold.ts";
import { findSymbols } from "../../../parser/symbols.ts";
import { type KeyedDirective, matchDirective } from "./symbol-key.ts";
import { nameForm, type OrgIndex, suggestUnit, type TreeOrg } from "./units.ts";

// Issuer codes (folded) of State bodies that exist once: Government, Prime Minister, National Assembly,
// President, supreme court and procuracy, audit, central bank, ministries and ministry-level bodies
// (as named before and after the 2025 reorganisation). Data about the kinds of issuers, not documents.
const CENTRAL_STATE_CODES: ReadonlySet<string> = new Set(
  (
    "CP TTg VPCP QH UBTVQH VPQH CTN VPCTN TANDTC VKSNDTC KTNN NHNN TTCP UBDT BNV BTP BTC BCA BQP BNG " +
    "BGDĐT BYT BTTTT BKHĐT BTNMT BXD BCT BNNPTNT BLĐTBXH BVHTTDL BGTVT BKHCN BDTTG BNNMT"
  )
    .split(" ")
    .map((c) => foldVietnamese(c)),
);
// The National Assembly and its Standing Committee sign with their term: "QH15", "UBTVQH15".
const CENTRAL_STATE_TERM = /^(?:qh|ubtvqh)\d+$/;
// Party organs of the centre end their code in TW (Trung ương): TW, VPTW, BTCTW, UBKTTW, BTCTƯ.
const CENTRAL_PARTY = /(?:TW|TƯ)$/iu;

/** The first part of the issuer code of a symbol as written: "UBND" of "12/UBND-VX", "TU" of "7-KH/TU". */
export function issuerCodeOf(symbol: string): string | null {
  const parts = findSymbols(symbol.trim())[0]?.parts;
  return parts?.issuerCode.split(/[-.]/)[0] || null;
}

/** A symbol of a body that exists once in the country: one document wherever it is cited. */
export function isCentralSymbol(symbol: string): boolean {
  const parts = findSymbols(symbol.trim())[0]?.parts;
  const code = parts?.issuerCode.split(/[-.]/)[0];
  if (!parts || !code) return false;
  if (parts.shape === "party") return CENTRAL_PARTY.test(code);
  const folded = foldVietnamese(code).replace(/\s+/g, "");
  return CENTRAL_STATE_CODES.has(folded) || CENTRAL_STATE_TERM.test(folded);
}

/** The code's letters are the initials of one of the body's names ("TU" ← "Tỉnh ủy Bình An"), or the name itself. */
function abbreviates(code: string, org: TreeOrg): boolean {
  return [org.name, org.shortName, ...org.aliases].some((n) => {
    if (!n) return false;
    const words = nameForm(n).split(" ").filter(Boolean);
    const initials = words.map((w) => (/^\d+$/.test(w) ? w : w[0])).join("");
    return initials.startsWith(code) || words.join("") === code;
  });
}

/**
 * The body whose register holds the number: the issuer itself, or its parent when the symbol carries
 * the parent's code — a Standing Board signs "…/TU" in its Party committee's register, a People's
 * Committee's office drafts "…/KH-UBND" for its committee. Otherwise the issuer as it is.
 */
export function registerBody(index: OrgIndex, orgId: string | null, symbol: string): string | null {
  if (!orgId) return null;
  const self = index.byId.get(orgId);
  const code = issuerCodeOf(symbol);
  if (!self || !code) return orgId;
  const folded = foldVietnamese(code).replace(/\s+/g, "");
  if (abbreviates(folded, self)) return self.id;
  const parent = self.parentId ? index.byId.get(self.parentId) : undefined;
  return parent && abbreviates(folded, parent) ? parent.id : self.id;
}

/**
 * The scope of an imported or confirmed document: none for a central symbol (or no symbol), else the
 * register of its issuer's body when the issuer is mapped, of the owner's body when it is not.
 */
export function documentScope(
  index: OrgIndex,
  symbol: string | null,
  issuerOrgId: string | null,
  ownerOrgId: string | null,
): string | null {
  if (!symbol || isCentralSymbol(symbol)) return null;
  return registerBody(index, issuerOrgId ?? ownerOrgId, symbol);
}

const lineageOf = (index: OrgIndex, id: string): readonly string[] => index.byId.get(id)?.lineage ?? [];

/** How many bodies, from the root down, two bodies' lineages share. */
export function sharedLineage(index: OrgIndex, a: string, b: string): number {
  const la = lineageOf(index, a);
  const lb = lineageOf(index, b);
  let n = 0;
  while (n < la.length && la[n] === lb[n]) n++;
  return n;
}

/**
 * Two bodies of one area: one is in the other's lineage, or they share an ancestor below the root. A
 * namesake in another province shares only the root, and is somebody else.
 */
export function sameArea(index: OrgIndex, a: string, b: string): boolean {
  const la = lineageOf(index, a);
  const lb = lineageOf(index, b);
  if (!la.length || !lb.length) return false;
  return sharedLineage(index, a, b) >= 2 || la.includes(b) || lb.includes(a);
}

/** The one body a name means, if the unit rules find exactly one (context: the body whose names they are). */
export function bodyNamed(index: OrgIndex, name: string | null, contextId: string | null): string | null {
  if (!name) return null;
  const s = suggestUnit(name, index, contextId, new Map());
  return s.orgIds.length === 1 && !s.collective ? s.orgIds[0]! : null;
}

/** What a citation tells of the cited document's scope. */
export type CitedScope =
  | { kind: "central" }
  | { kind: "body"; id: string }
  /** No issuer, or one not found near the citing document: the closest known candidate is meant. */
  | { kind: "unknown"; near: string | null };

/**
 * Reads a citation's issuer ("của Ủy ban nhân dân Thành phố", "của Ban Thường vụ Tỉnh ủy") against the
 * tree in the context of the citing document's issuer: relative names ("Tỉnh ủy", "UBND quận") are the
 * bodies of the citing document's lineage, by the unit rules. A body found only in another area is a
 * namesake and is not taken.
 */
export function citedScope(
  index: OrgIndex,
  symbol: string,
  issuerName: string | null,
  contextId: string | null,
): { scope: CitedScope; issuerOrgId: string | null } {
  const found = bodyNamed(index, issuerName, contextId);
  if (isCentralSymbol(symbol)) return { scope: { kind: "central" }, issuerOrgId: found };
  if (found && (!contextId || sameArea(index, contextId, found)))
    return { scope: { kind: "body", id: registerBody(index, found, symbol)! }, issuerOrgId: found };
  return { scope: { kind: "unknown", near: contextId }, issuerOrgId: null };
}

export interface ScopedDirective extends KeyedDirective {
  symbol: string | null;
  /** The register body (see registerBody); null for a central symbol or a stub whose issuer is unknown. */
  scope: string | null;
  /** For a stub without scope: the bodies of the documents citing it. */
  citers?: readonly string[];
}

/** A stub without scope may be taken for `scope` when every document citing it is of that area. */
function claimable<T extends ScopedDirective>(index: OrgIndex, scope: string, candidates: readonly T[]): T[] {
  return candidates.filter(
    (c) => !c.scope && c.status === "stub" && (c.citers ?? []).every((x) => sameArea(index, x, scope)),
  );
}

/**
 * Which known document a symbol (with its year) names in a scope. Central: the one document of that
 * symbol. A body: the document of that register, else a stub without scope whose citers are all of
 * that area. Unknown: the candidate of the closest body (longest shared lineage with the citing
 * document's body, in its area; a tie is no answer), else a stub without scope cited from this area.
 */
export function matchInScope<T extends ScopedDirective>(
  index: OrgIndex,
  symbol: string,
  year: string | null,
  scope: CitedScope,
  candidates: readonly T[],
): T | null {
  if (scope.kind === "central")
    return matchDirective(
      symbol,
      year,
      candidates.filter((c) => !c.scope || (c.symbol !== null && isCentralSymbol(c.symbol))),
    );
  if (scope.kind === "body")
    return (
      matchDirective(
        symbol,
        year,
        candidates.filter((c) => c.scope === scope.id),
      ) ?? matchDirective(symbol, year, claimable(index, scope.id, candidates))
    );
  const near = scope.near;
  if (!near)
    return matchDirective(
      symbol,
      year,
      candidates.filter((c) => !c.scope && c.status === "stub"),
    );
  const scopes = [...new Set(candidates.map((c) => c.scope))].filter(
    (s): s is string => s !== null && sameArea(index, near, s),
  );
  const found = scopes
    .map((s) => ({
      depth: sharedLineage(index, near, s),
      match: matchDirective(
        symbol,
        year,
        candidates.filter((c) => c.scope === s),
      ),
    }))
    .filter((f) => f.match)
    .sort((a, b) => b.depth - a.depth);
  if (found[0] && found[0].depth !== found[1]?.depth) return found[0].match;
  return matchDirective(symbol, year, claimable(index, near, candidates));
}

/**
 * The scope of a new stub. Known issuer: its register. Unknown: none, unless a stub without scope
 * already holds this key for another area — then the body the symbol's code names in the citing
 * document's lineage below the root ("TU" cited in a bloc's plan: its provincial committee), else the
 * citing body's register.
 */
export function newStubScope(
  index: OrgIndex,
  symbol: string,
  scope: CitedScope,
  scopelessTaken: boolean,
): string | null {
  if (scope.kind === "central") return null;
  if (scope.kind === "body") return scope.id;
  if (!scopelessTaken || !scope.near) return null;
  const code = issuerCodeOf(symbol);
  const folded = code ? foldVietnamese(code).replace(/\s+/g, "") : "";
  // Not the root: a root's symbols are central ones.
  const lineage = lineageOf(index, scope.near).slice(1).reverse();
  const named = folded ? lineage.find((id) => abbreviates(folded, index.byId.get(id)!)) : undefined;
  return named ?? registerBody(index, scope.near, symbol);
}
