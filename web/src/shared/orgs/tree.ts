// The flat list of bodies (parents first) as a tree, and the search that shows matches with their
// ancestors. Sorting reads numbers ("Phường 2" before "Phường 10").
import { collator, foldVietnamese, matchesWords, queryWords } from "../fold.ts";
import type { Org } from "./types.ts";

export interface OrgNode {
  org: Org;
  children: OrgNode[];
}

export function buildForest(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of orgs) nodes.set(org.id, { org, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    // A body whose parent is not in the list (filtered out as inactive) shows at the top.
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => collator.compare(a.org.name, b.org.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Ids of the ancestors of `id`, nearest first. */
export function ancestorIds(id: string, byId: ReadonlyMap<string, Org>): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId && byId.has(parentId) && !seen.has(parentId)) {
    out.push(parentId);
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return out;
}

const searchTextCache = new WeakMap<Org, string>();
/** Name, short name, aliases and code, folded: what a search matches against. */
export function searchTextOf(org: Org): string {
  let text = searchTextCache.get(org);
  if (text === undefined) {
    text = foldVietnamese([org.name, org.shortName ?? "", ...org.aliases, org.code ?? ""].join(" | "));
    searchTextCache.set(org, text);
  }
  return text;
}

export interface OrgSearch {
  /** Bodies that match every word of the query. */
  matches: Set<string>;
  /** Matches and their ancestors: what the filtered tree shows. */
  visible: Set<string>;
  /** Ancestors of matches: the nodes to expand. */
  expand: string[];
}

export function searchOrgs(orgs: readonly Org[], query: string): OrgSearch | null {
  const words = queryWords(query);
  if (!words.length) return null;
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const matches = new Set<string>();
  const expand = new Set<string>();
  for (const org of orgs) {
    if (!matchesWords(searchTextOf(org), words)) continue;
    matches.add(org.id);
    for (const a of ancestorIds(org.id, byId)) expand.add(a);
  }
  return { matches, visible: new Set([...matches, ...expand]), expand: [...expand] };
}

/** Keeps only the visible nodes of a forest. */
export function filterForest(forest: OrgNode[], visible: ReadonlySet<string>): OrgNode[] {
  return forest
    .filter((n) => visible.has(n.org.id))
    .map((n) => ({ org: n.org, children: filterForest(n.children, visible) }));
}
