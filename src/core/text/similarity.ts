// Text similarity for Vietnamese administrative prose: which task group of a resolution does a plan's
// task carry out? Pure and deterministic. Vietnamese writes words as syllables ("pháp luật" is one
// word of two), so a text is represented by its folded syllables and the pairs of adjacent syllables
// (which catch most two-syllable words), without function words, weighted by TF-IDF over the texts
// being compared, and compared by cosine.
import { foldVietnamese } from "./fold.ts";

/**
 * Function words and fillers of directive prose, folded. Kept short on purpose: words that are merely
 * frequent in a corpus ("tăng cường", "nâng cao") are weighed down by IDF rather than listed here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "va voi cua cac nhung mot moi trong ngoai tren duoi de cho tu den ve vao ra la thi ma nen neu vi " +
    "do khi da se dang duoc bi co khong chua cung deu nay kia ay theo tai qua sau truoc nham bang nhu " +
    "hoac hay gi nao rat hon nua con lai can phai viec su cong tac thuc hien tiep tuc trien khai " +
    "dong thoi nhat la trong do bao gom cu the lien quan"
  ).split(" "),
);

/** The terms of a text: folded syllables without function words, and adjacent syllable pairs. */
export function terms(text: string): string[] {
  const syllables = foldVietnamese(text)
    .split(" ")
    .filter((s) => s.length > 1 && !/^\d+$/.test(s));
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i]!;
    if (STOP_WORDS.has(s)) continue;
    out.push(s);
    const next = syllables[i + 1];
    if (next && !STOP_WORDS.has(next)) out.push(`${s}_${next}`);
  }
  return out;
}

export type TermVector = Map<string, number>;

/**
 * Inverse document frequency of every term over `documents` (each a list of terms), smoothed so that a
 * term found in every document weighs almost nothing rather than exactly nothing.
 */
export function inverseDocumentFrequency(documents: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [t, count] of df) idf.set(t, Math.log((n + 1) / (count + 0.5)));
  return idf;
}

/** A unit-length TF-IDF vector (sublinear term frequency, so a repeated word does not dominate). */
export function vectorOf(doc: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const tf = new Map<string, number>();
  for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: TermVector = new Map();
  let norm = 0;
  for (const [t, count] of tf) {
    const w = (1 + Math.log(count)) * (idf.get(t) ?? 1);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine of two unit vectors, 0..1. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) dot += w * other;
  }
  return Math.min(1, Math.max(0, dot));
}

/**
 * Similarity of every query text to every target text, `result[q][t]` in 0..1, with IDF fitted on both
 * sets together so that words common to all of them count for little.
 */
export function similarityMatrix(queries: readonly string[], targets: readonly string[]): number[][] {
  const qTerms = queries.map(terms);
  const tTerms = targets.map(terms);
  const idf = inverseDocumentFrequency([...qTerms, ...tTerms]);
  const tVectors = tTerms.map((d) => vectorOf(d, idf));
  return qTerms.map((d) => {
    const q = vectorOf(d, idf);
    return tVectors.map((t) => cosine(q, t));
  });
}
