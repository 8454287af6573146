// The cascade as a graph: documents are nodes, "implements" citations are edges from the implementing
// document to the implemented one. Pure rules for reading edges out of citation sentences, for drawing
// the tree (each document under its most specific parent), and for finding, across stubs, which
// document's task groups a plan's tasks should be compared with.
import { DOC_TYPE_NAME_PATTERN } from "../../../parser/doc-types.ts";
import { findSymbols } from "../../../parser/symbols.ts";
import { sentences } from "../../../parser/text.ts";

export interface InferredLink {
  /** Symbols as written. */
  from: string;
  to: string;
  sentence: string;
}

const TYPE = `(?:${DOC_TYPE_NAME_PATTERN})`;
// "... về việc triển khai thực hiện Nghị quyết số " right before the second symbol.
const IMPLEMENTS_BEFORE = new RegExp(
  `(?:^|\\s)(?:về|để|nhằm)?\\s*(?:việc\\s+)?(?:tiếp tục\\s+)?(?:lãnh đạo,?\\s+chỉ đạo\\s+)?(?:triển khai\\s+)?(?:thực hiện|triển khai|thi hành)\\s+(?:các\\s+)?${TYPE}\\s*(?:số\\s*)?:?\\s*$`,
  "iu",
);
// "..., Quy định số " continuing a list of implemented documents.
const LIST_CONTINUES = new RegExp(
  `^\\s*(?:ngày\\s[^,;]{4,40}?\\s*)?(?:của\\s[^,;]{2,80}?\\s*)?(?:,|và|;)\\s*${TYPE}\\s*(?:số\\s*)?:?\\s*$`,
  "iu",
);

/**
 * Links that a citation sentence states between two *other* documents: "Kế hoạch 123/KH-UBND ngày
 * 01/9/2023 của UBND tỉnh về việc triển khai thực hiện Nghị quyết số 45-NQ/TW" says 123/KH-UBND implements
 * 45-NQ/TW. A general rule of the wording, never a list of documents.
 */
export function inferImplements(text: string, ownSymbolKey: (symbol: string) => boolean): InferredLink[] {
  const out: InferredLink[] = [];
  for (const line of text.split("\n")) {
    for (const s of sentences(line)) {
      const found = findSymbols(s.text);
      let from: string | null = null;
      for (let i = 1; i < found.length; i++) {
        const a = found[i - 1]!;
        const b = found[i]!;
        const between = s.text.slice(a.index + a.length, b.index);
        if (IMPLEMENTS_BEFORE.test(between) && !/[.;]\s/.test(between)) from = a.parts.symbol;
        else if (!(from && LIST_CONTINUES.test(between))) from = null;
        if (from && !ownSymbolKey(from) && !ownSymbolKey(b.parts.symbol))
          out.push({
            from,
            to: b.parts.symbol,
            sentence: s.text.length > 400 ? `${s.text.slice(0, 400)}…` : s.text,
          });
      }
    }
  }
  return out;
}

export interface CascadeNode {
  id: string;
  status: "stub" | "draft" | "confirmed";
  /** True when the node has task groups of its own (not derived). */
  hasGroups: boolean;
}

export interface Edge {
  /** The implementing document. */
  fromId: string;
  /** The implemented document. */
  toId: string;
}

function adjacency(edges: readonly Edge[]) {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const e of edges) {
    if (e.fromId === e.toId) continue;
    up.set(e.fromId, [...(up.get(e.fromId) ?? []), e.toId]);
    down.set(e.toId, [...(down.get(e.toId) ?? []), e.fromId]);
  }
  return { up, down };
}

function ancestors(id: string, up: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(up.get(id) ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(up.get(n) ?? []));
  }
  return seen;
}

/**
 * Each document's parents in the tree: the documents it implements, without those it also reaches
 * through another parent (a bloc's plan that cites both a resolution and the provincial plan
 * implementing it belongs under the provincial plan).
 */
export function treeParents(edges: readonly Edge[]): Map<string, string[]> {
  const { up } = adjacency(edges);
  const out = new Map<string, string[]>();
  for (const [id, parents] of up) {
    const unique = [...new Set(parents)];
    const reachedThroughOthers = new Set(unique.flatMap((p) => [...ancestors(p, up)]));
    out.set(
      id,
      unique.filter((p) => !reachedThroughOthers.has(p)),
    );
  }
  return out;
}

export interface TreeNode {
  id: string;
  children: TreeNode[];
}

/** The tree below `rootId` (a document reached twice appears under each parent; cycles are cut). */
export function treeFrom(rootId: string, edges: readonly Edge[]): TreeNode {
  const parents = treeParents(edges);
  const children = new Map<string, string[]>();
  for (const [child, ps] of parents) for (const p of ps) children.set(p, [...(children.get(p) ?? []), child]);
  const build = (id: string, path: Set<string>): TreeNode => ({
    id,
    children: (children.get(id) ?? [])
      .filter((c) => !path.has(c))
      .map((c) => build(c, new Set([...path, c]))),
  });
  return build(rootId, new Set([rootId]));
}

/** Documents that implement nothing known but are implemented by something: the roots of the cascade. */
export function cascadeRoots(edges: readonly Edge[]): string[] {
  const { up, down } = adjacency(edges);
  return [...down.keys()].filter((id) => !up.get(id)?.length);
}

/**
 * The documents whose task groups a document's tasks are compared with: up the tree (each document's
 * most specific parents), through stubs, to the nearest documents with groups of their own; a chain of stubs that ends without
 * one gives its topmost stub (whose reference groups are derived from its implementing documents).
 */
export function coverageParents(
  id: string,
  edges: readonly Edge[],
  nodes: ReadonlyMap<string, CascadeNode>,
): string[] {
  // Up the tree's edges: a plan under a provincial plan is compared with it, not with what it also cites above.
  const up = treeParents(edges);
  const out = new Set<string>();
  const seen = new Set<string>([id]);
  const walk = (n: string) => {
    for (const p of up.get(n) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const node = nodes.get(p);
      if (!node) continue;
      if (node.status === "confirmed" && node.hasGroups) out.add(p);
      else if (node.status === "stub") {
        if (up.get(p)?.length) walk(p);
        else out.add(p);
      }
    }
  };
  walk(id);
  return [...out];
}

/** The confirmed documents whose coverage parent `id` is: down the edges, through stubs only. */
export function coverageChildren(
  id: string,
  edges: readonly Edge[],
  nodes: ReadonlyMap<string, CascadeNode>,
): string[] {
  const { down } = adjacency(edges);
  const out = new Set<string>();
  const seen = new Set<string>([id]);
  const walk = (n: string) => {
    for (const c of down.get(n) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const node = nodes.get(c);
      if (node?.status === "confirmed") {
        if (coverageParents(c, edges, nodes).includes(id)) out.add(c);
      } else if (node?.status === "stub") walk(c);
    }
  };
  walk(id);
  return [...out];
}

/**
 * What a citation says a cited document is about, for a stub's title: the words after "về (việc)"
 * that follow the symbol in the citation sentence ("... 123/KH-UBND ngày 01/9/2023 của UBND tỉnh
 * về việc triển khai thực hiện Nghị quyết số 45-NQ/TW" → "triển khai thực hiện Nghị quyết số 45-NQ/TW").
 */
export function citedTitle(sentence: string, symbol: string): string | null {
  const found = findSymbols(sentence).find(
    (f) => f.parts.symbol === symbol || sentence.startsWith(symbol, f.index),
  );
  const after = found ? sentence.slice(found.index + found.length) : null;
  if (!after) return null;
  const m = /^[^.;]{0,160}?\svề\s+(?:việc\s+)?([^;]{6,300}?)(?:[.;]\s|[.;]?$)/u.exec(after);
  if (!m) return null;
  // Stop where the sentence moves on to another document of its own ("..., Công văn số ...").
  const next = findSymbols(m[1]!)[1];
  const title = (next ? m[1]!.slice(0, next.index) : m[1]!)
    // "(sau đây viết tắt là ...)" names the document; it is not what the document is about.
    .replace(/\s*\((?:sau đây|viết tắt|gọi tắt|gọi là)[^)]*\)?/giu, "")
    .replace(/[,\s(]+$/u, "")
    .trim();
  return title.length >= 6 ? title : null;
}

/** "party" for `45-NQ/TW`, "state" for `123/KH-UBND`, from the shape of the symbol. */
export function systemOfSymbol(symbol: string): "party" | "state" | null {
  return findSymbols(symbol)[0]?.parts.shape ?? null;
}
