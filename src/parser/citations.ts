// Extractor `citations`: every document the text cites by number and symbol, once per document.
// OCR variants of one symbol ("39-CTrHD/TU", "39-CTrHĐ/TU") are one document; the better
// spelling is kept. Relation: "implements" for the document a "Thực hiện ..."/"Triển khai ..."
// clause of the summary or preamble names first, "basis" for "Căn cứ ...", else "mentions".

import { dateAfterNgay } from "./dates.ts";
import { DOC_TYPE_NAME_PATTERN, typeFromCode } from "./doc-types.ts";
import { betterSpelling, findSymbols, symbolKey } from "./symbols.ts";
import { sentences, trimItem, upperFirst } from "./text.ts";
import type { Citation, CitationRelation, System } from "./types.ts";

export interface CitationSource {
  text: string;
  line: number;
  /** The summary line or the preamble: where "Thực hiện ..." names what the document implements. */
  preamble: boolean;
}

const TYPE_BEFORE = new RegExp(`(${DOC_TYPE_NAME_PATTERN})\\s*(?:số\\s*)?:?\\s*$`, "iu");
const ALIAS = /\(\s*(?:sau đây\s+)?(?:viết tắt|gọi tắt|gọi)(?:\s+là)?\s*:?\s*([^)]{2,100})\)/giu;
const OF_ISSUER =
  /^\s*,?\s*(?:ngày\s+[\d\s/.\-thángnăm]{6,30}\s+)?của\s+(\p{Lu}[^,;()]{2,120}?)(?=\s+(?:về|ngày|thực hiện|triển khai|quy định|ban hành|hướng dẫn|đối với|tại|trong|năm)\s|[,;()]|\.(?:\s|$)|$)/u;
const RANK: Record<CitationRelation, number> = { implements: 3, basis: 2, mentions: 1 };

function clauseStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const m = [...before.matchAll(/[.;](?=\s)|^/gu)].at(-1);
  return m ? m.index + (m[0] ? 1 : 0) : 0;
}

function relationAt(src: CitationSource, index: number, symbolIndexes: number[]): CitationRelation {
  const start = clauseStart(src.text, index);
  const clause = src.text.slice(start, index).trimStart();
  if (/^căn cứ/iu.test(clause)) return "basis";
  if (src.preamble && /^(?:thực hiện|triển khai|thi hành|tiếp tục thực hiện)/iu.test(clause)) {
    // Only the first document the clause names: the others are what that document implements.
    const earlier = symbolIndexes.some((i) => i >= start && i < index);
    return earlier ? "mentions" : "implements";
  }
  return "mentions";
}

function sentenceAround(text: string, index: number): string {
  const s = sentences(text).findLast((x) => x.start <= index)?.text ?? text;
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

export function readCitations(
  sources: CitationSource[],
  ownSymbol: string | null,
  system: System | null,
): Citation[] {
  const byKey = new Map<string, Citation>();
  const ownKey = ownSymbol ? symbolKey(ownSymbol) : null;
  for (const src of sources) {
    const found = findSymbols(src.text);
    const indexes = found.map((f) => f.index);
    for (const f of found) {
      const key = symbolKey(f.parts.symbol);
      if (key === ownKey) continue;
      const before = src.text.slice(Math.max(0, f.index - 60), f.index);
      const after = src.text.slice(f.index + f.length, f.index + f.length + 200);
      const typeWritten = TYPE_BEFORE.exec(before)?.[1];
      const type = typeWritten
        ? upperFirst(typeWritten.toLocaleLowerCase("vi"))
        : f.parts.code
          ? (typeFromCode(f.parts.code, f.parts.shape ?? system)?.name ?? null)
          : null;
      let date = dateAfterNgay(after)?.value ?? null;
      const of = OF_ISSUER.exec(after);
      if (!date && of) date = dateAfterNgay(after.slice(of.index + of[0].length))?.value ?? null;
      if (date?.startsWith("--")) date = null;
      const relation = relationAt(src, f.index, indexes);
      const existing = byKey.get(key);
      if (existing) {
        existing.symbol = betterSpelling(existing.symbol, f.parts.symbol);
        existing.date ??= date;
        existing.issuer ??= of ? trimItem(of[1]!) : null;
        existing.type ??= type;
        if (RANK[relation] > RANK[existing.relation]) existing.relation = relation;
        if (!existing.lines.includes(src.line)) existing.lines.push(src.line);
        continue;
      }
      byKey.set(key, {
        symbol: f.parts.symbol,
        type,
        date,
        issuer: of ? trimItem(of[1]!) : null,
        relation,
        text: sentenceAround(src.text, f.index),
        aliases: [],
        lines: [src.line],
      });
    }
    readAliases(src.text, found, byKey);
  }
  return [...byKey.values()];
}

/** "(sau đây viết tắt là Nghị quyết số 27-NQ/TW)" names the document cited just before it. */
function readAliases(
  text: string,
  found: ReturnType<typeof findSymbols>,
  byKey: Map<string, Citation>,
): void {
  if (!text.includes("(")) return;
  for (const m of text.matchAll(ALIAS)) {
    const cited = found.filter((f) => f.index < m.index).at(-1);
    if (!cited) continue;
    const c = byKey.get(symbolKey(cited.parts.symbol));
    const alias = trimItem(m[1]!);
    if (c && !c.aliases.includes(alias)) c.aliases.push(alias);
  }
}
