// Coverage: which task group of the implemented document each task of a plan carries out. Pure.
// Suggestions come from text similarity (core/text/similarity.ts); an official confirms or rejects
// them. Where the implemented document is only a stub (its text not imported), its reference groups
// are derived from the group titles that its implementing documents share — never invented.
import { similarityMatrix } from "../../../core/text/similarity.ts";

/** Below this similarity a task is left for the official to place. */
export const MIN_SCORE = 0.1;
/** A second group is also suggested when it scores at least this share of the best one. */
export const RUNNER_UP_SHARE = 0.8;

export interface Text {
  id: string;
  text: string;
}

export interface Suggestion {
  taskId: string;
  groupId: string;
  /** 0..1, rounded to 3 decimals. */
  score: number;
}

/** For each task: its best group, and a close second, when they are similar enough. */
export function suggestCoverage(tasks: readonly Text[], groups: readonly Text[]): Suggestion[] {
  if (!tasks.length || !groups.length) return [];
  const m = similarityMatrix(
    tasks.map((t) => t.text),
    groups.map((g) => g.text),
  );
  const out: Suggestion[] = [];
  tasks.forEach((t, i) => {
    const row = m[i]!;
    const ranked = row.map((score, j) => ({ j, score })).sort((a, b) => b.score - a.score);
    const best = ranked[0]!;
    if (best.score < MIN_SCORE) return;
    for (const r of ranked.slice(0, 2)) {
      if (r !== best && r.score < Math.max(MIN_SCORE, best.score * RUNNER_UP_SHARE)) break;
      out.push({ taskId: t.id, groupId: groups[r.j]!.id, score: Math.round(r.score * 1000) / 1000 });
    }
  });
  return out;
}

/** Titles of two groups are taken for one reference group at or above this similarity. */
export const SAME_GROUP = 0.35;

export interface ChildGroups {
  docId: string;
  groups: Array<{ title: string; text: string; position: number }>;
}

export interface DerivedGroup {
  title: string;
  /** Titles and texts of the members, for comparing tasks with it. */
  text: string;
  /** How many implementing documents have this group. */
  support: number;
}

/**
 * Reference groups for a stub: clusters of group titles that at least two implementing documents
 * share, each named by its most central title, in the order the documents give them. `existing`
 * titles are kept (decisions already made against them stay valid) and not derived again.
 */
export function deriveReferenceGroups(
  children: readonly ChildGroups[],
  existing: readonly string[] = [],
): DerivedGroup[] {
  const items = children.flatMap((c) =>
    c.groups.map((g) => ({
      doc: c.docId,
      title: g.title,
      text: g.text,
      rank: g.position / Math.max(1, c.groups.length),
    })),
  );
  if (items.length < 2) return [];
  const titles = items.map((i) => i.title);
  const m = similarityMatrix(titles, titles);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (items[i]!.doc !== items[j]!.doc && m[i]![j]! >= SAME_GROUP) pairs.push([i, j, m[i]![j]!]);
  pairs.sort((a, b) => b[2] - a[2]);
  const docsOf = (root: number) => new Set(items.filter((_, k) => find(k) === root).map((x) => x.doc));
  for (const [i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    // Never merge two groups of the same document into one reference group.
    const da = docsOf(a);
    if ([...docsOf(b)].some((d) => da.has(d))) continue;
    parent[b] = a;
  }
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]);
  const existingTerms = existing.length ? similarityMatrix(titles, existing) : null;
  const out: Array<DerivedGroup & { rank: number }> = [];
  for (const members of clusters.values()) {
    const docs = new Set(members.map((k) => items[k]!.doc));
    if (docs.size < 2) continue;
    if (existingTerms && members.some((k) => Math.max(...existingTerms[k]!) >= SAME_GROUP)) continue;
    const central = members
      .map((k) => ({ k, sum: members.reduce((s, o) => s + (o === k ? 0 : m[k]![o]!), 0) }))
      .sort((a, b) => b.sum - a.sum)[0]!.k;
    out.push({
      title: items[central]!.title,
      text: members.map((k) => `${items[k]!.title}\n${items[k]!.text}`).join("\n"),
      support: docs.size,
      rank: members.reduce((s, k) => s + items[k]!.rank, 0) / members.length,
    });
  }
  return out.sort((a, b) => a.rank - b.rank).map(({ rank: _, ...g }) => g);
}

/**
 * The text a derived reference group is compared with: for each implementing document, the group whose
 * title is most like the reference title (when it is like enough), title and tasks.
 */
export function derivedGroupTexts(titles: readonly string[], children: readonly ChildGroups[]): string[] {
  const items = children.flatMap((c) =>
    c.groups.map((g) => ({ doc: c.docId, title: g.title, text: g.text })),
  );
  if (!titles.length || !items.length) return titles.map(() => "");
  const m = similarityMatrix(
    titles,
    items.map((i) => i.title),
  );
  return titles.map((_, t) => {
    const bestPerDoc = new Map<string, { k: number; s: number }>();
    items.forEach((item, k) => {
      const s = m[t]![k]!;
      const prev = bestPerDoc.get(item.doc);
      if (s >= SAME_GROUP && (!prev || s > prev.s)) bestPerDoc.set(item.doc, { k, s });
    });
    return [...bestPerDoc.values()].map(({ k }) => `${items[k]!.title}\n${items[k]!.text}`).join("\n");
  });
}
