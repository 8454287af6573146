// The scoring of ../shared/tools/score-parse.mjs (the contract's scorer), ported so that a test can
// score the parser in-process on the development set (testdata/corpus + corpus-gold). Same fields,
// same matching rules: keep it in step with the scorer when that changes.
import type { ParseResult } from "../types.ts";

export interface UnitsGold {
  lead: string[];
  support: string[];
}

export interface Gold {
  file: string;
  system: string | null;
  issuer: string | null;
  type: string | null;
  symbol: string | null;
  date: string | null;
  place: string | null;
  title: string | null;
  implements: string[];
  citations: string[];
  citation_dates?: Record<string, string>;
  task_groups: string[];
  leaf_tasks: { min: number; max: number };
  task_units?: (UnitsGold & { task_contains: string })[];
  task_timeframes?: { task_contains: string; kind: string }[];
  responsibility_units?: (UnitsGold & { text_contains: string })[];
  responsibilities_min?: number;
  dues?: string[];
  reporting: { to: string; due: string[] }[];
  signer: { authority: string | null; position: string; name: string };
  recipients_count: number;
}

const fold = (s: unknown) =>
  String(s ?? "")
    .normalize("NFC")
    .replace(/[ƣƢ]/g, "ư")
    .replace(/[Ðð]/g, "đ")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/[“”"'*_()]/g, " ")
    .replace(/[.,;:!?–—]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const sym = (s: unknown) => fold(s).toUpperCase().replace(/\s+/g, "");
const tokens = (s: unknown) => new Set(fold(s).split(" ").filter(Boolean));
function jaccard(a: unknown, b: unknown): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size && !B.size) return 1;
  let n = 0;
  for (const t of A) if (B.has(t)) n++;
  return n / (A.size + B.size - n);
}
const contains = (hay: unknown, needle: unknown) => fold(hay).includes(fold(needle));
function f1<G, O>(gold: G[], got: O[], eq: (g: G, o: O) => boolean): number {
  if (!gold.length && !got.length) return 1;
  if (!gold.length || !got.length) return 0;
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = got.findIndex((x, k) => !used.has(k) && eq(g, x));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  const p = tp / got.length;
  const r = tp / gold.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null || v === "" ? [] : [v]);
const authority = (s: string | null | undefined) => (s == null ? null : fold(s).replace(/[\s./]/g, ""));
const monthDay = (d: unknown) =>
  String(d ?? "")
    .replace(/^(\d{4})?-?-?/, "")
    .slice(-5);

/** Per-field scores in [0, 1] of one document, as score-parse.mjs computes them. */
export function scoreDoc(gold: Gold, out: ParseResult): Record<string, number> {
  const s: Record<string, number> = {};
  const eqOrNull = <T>(g: T | null, v: unknown, eq: (a: T, b: unknown) => boolean) =>
    g == null ? (v == null || v === "" ? 1 : 0) : v == null ? 0 : eq(g, v) ? 1 : 0;
  s.symbol = eqOrNull(gold.symbol, out.symbol, (a, b) => sym(a) === sym(b));
  s.type = eqOrNull(gold.type, out.type?.code ?? out.type, (a, b) => sym(a) === sym(b));
  s.date = eqOrNull(gold.date, out.date, (a, b) => a === b);
  s.system = eqOrNull(gold.system, out.system, (a, b) => a === b);
  s.place = eqOrNull(
    gold.place,
    out.place,
    (a, b) => contains(b, a) || (fold(b).length > 2 && contains(a, b)),
  );
  s.issuer = eqOrNull(gold.issuer, out.issuer, (a, b) => contains(b, a));
  s.title = gold.title == null ? (out.title ? 0 : 1) : Math.min(1, jaccard(gold.title, out.title) / 0.9);

  const cits = out.citations;
  const citSyms = [
    ...new Set(
      cits
        .map((c) => c.symbol)
        .filter(Boolean)
        .map(sym),
    ),
  ];
  s.citations = f1(gold.citations.map(sym), citSyms, (a, b) => a === b);
  s.implements = mean(
    gold.implements.map((g) =>
      cits.some((c) => sym(c.symbol) === sym(g) && c.relation === "implements") ? 1 : 0,
    ),
  );
  s.citationDates = mean(
    Object.entries(gold.citation_dates ?? {}).map(([g, d]) =>
      cits.some((c) => sym(c.symbol) === sym(g) && c.date === d) ? 1 : 0,
    ),
  );

  const groups = out.taskGroups;
  s.taskGroups = f1(
    gold.task_groups,
    groups.map((g) => g.title),
    (a, b) => jaccard(a, b) >= 0.8,
  );
  const leaves = groups.flatMap((g) => g.tasks);
  const n = leaves.length;
  const { min: lo, max: hi } = gold.leaf_tasks;
  s.leafTasks = n >= lo && n <= hi ? 1 : Math.max(0, 1 - (n < lo ? lo - n : n - hi) / hi);

  const unitCheck = (entry: UnitsGold, item: { lead: string[]; support: string[] } | undefined) => {
    if (!item) return 0;
    const lead = list(item.lead).join(" | ");
    const support = list(item.support).join(" | ");
    return mean([
      ...entry.lead.map((u) => (contains(lead, u) && !contains(support, u) ? 1 : 0)),
      ...entry.support.map((u) => (contains(support, u) ? 1 : 0)),
    ]);
  };
  const findTask = (snippet: string) => leaves.find((t) => contains(`${t.title} ${t.text}`, snippet));
  if (gold.task_units?.length)
    s.taskUnits = mean(gold.task_units.map((e) => unitCheck(e, findTask(e.task_contains))));
  if (gold.task_timeframes?.length)
    s.taskTimeframes = mean(
      gold.task_timeframes.map((e) => (findTask(e.task_contains)?.timeframe.kind === e.kind ? 1 : 0)),
    );

  const resp = out.responsibilities;
  if (gold.responsibility_units?.length)
    s.responsibilityUnits = mean(
      gold.responsibility_units.map((e) =>
        unitCheck(
          e,
          resp.find((r) => contains(r.text, e.text_contains)),
        ),
      ),
    );
  const rmin = gold.responsibilities_min ?? 0;
  s.responsibilities = resp.length >= rmin ? 1 : resp.length / rmin;

  const reporting = out.reporting;
  const allDues = [
    ...leaves.flatMap((t) => list(t.timeframe.due)),
    ...resp.flatMap((r) => list(r.due)),
    ...reporting.flatMap((r) => list(r.due)),
  ].filter((d): d is string => typeof d === "string");
  if (gold.dues?.length) s.dues = mean(gold.dues.map((d) => (allDues.includes(d) ? 1 : 0)));
  s.reporting = mean(
    gold.reporting.map((g) => {
      const r = reporting.find((x) => x.to && (contains(x.to, g.to) || contains(g.to, x.to)));
      if (!r) return 0;
      const dues = list(r.due).map(monthDay);
      return mean([1, ...g.due.map((d) => (dues.includes(monthDay(d)) ? 1 : 0))]);
    }),
  );

  const sg = gold.signer;
  const so = out.signer;
  s.signer = mean([
    authority(sg.authority) === authority(so?.authority) ||
    (sg.authority === "T/M" && authority(so?.authority) === "tm")
      ? 1
      : 0,
    fold(sg.position) === fold(so?.position) ? 1 : 0,
    fold(sg.name) === fold(so?.name) ? 1 : 0,
  ]);
  const rc = out.recipients.length;
  s.recipients = rc === gold.recipients_count ? 1 : Math.abs(rc - gold.recipients_count) === 1 ? 0.5 : 0;
  return s;
}
