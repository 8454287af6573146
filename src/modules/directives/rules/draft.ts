// A draft is the parse turned into rows an official reviews: task groups, tasks (numbered items of
// the task part) and responsibilities (items of TỔ CHỨC THỰC HIỆN), reporting duties, and the unit map.
// Pure: this file decides what the rows hold, what each task is called in messages, and what still
// stands between a draft and its confirmation.
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { ParseResult, Task } from "../../../parser/index.ts";
import { sentences } from "../../../parser/text.ts";
import type { TimeframeValue, UnitMapEntry } from "../contract.ts";
import { type UnitSuggestion, unitKey } from "./units.ts";

export interface DraftGroup {
  label: string;
  title: string;
  position: number;
  sourceLine: number | null;
}

export interface DraftTask {
  kind: "task" | "responsibility";
  /** Index into the groups; null for a responsibility. */
  group: number | null;
  path: string[];
  title: string;
  text: string;
  leadText: string[];
  supportText: string[];
  timeframe: TimeframeValue;
  product: string | null;
  position: number;
  sourceLine: number | null;
  sourceEndLine: number | null;
}

export interface DraftReporting {
  text: string;
  toText: string | null;
  viaText: string | null;
  due: string[];
  frequency: string | string[] | null;
  sourceLine: number | null;
}

const BULLET = /^[-–+•*]$/;
/** The first sentence of a text, whole however long: a title is stored uncut (core/text/shorten.ts shortens it for display). */
export const firstSentence = (text: string) => {
  const m = /^(.{12,}?[.;:])(?:\s|$)/su.exec(text.trim());
  return (m ? m[1]! : text.trim()).trim();
};

/**
 * A task's title, whole: the parser clips a long first sentence ("…" at a space); the row keeps all
 * of it, read again from the task's own text, which begins with the same words.
 */
export function wholeTitle(title: string, text: string): string {
  if (!title) return firstSentence(text);
  const stem = title.endsWith("…") ? title.slice(0, -1) : null;
  const body = text.trim();
  if (!stem || !body.startsWith(stem) || body.length === stem.length) return title;
  const first = sentences(body)[0]?.text ?? body;
  return first.length > stem.length ? first : title;
}

/** Turns the parse into the rows of a draft, in the document's order. */
export function draftRows(parse: ParseResult): {
  groups: DraftGroup[];
  tasks: DraftTask[];
  reporting: DraftReporting[];
} {
  const groups: DraftGroup[] = parse.taskGroups.map((g, i) => ({
    label: g.label,
    title: g.title,
    position: i,
    sourceLine: g.line || null,
  }));
  const tasks: DraftTask[] = [];
  parse.taskGroups.forEach((g, gi) => {
    for (const t of g.tasks) tasks.push(taskRow(t, gi, tasks.length));
  });
  for (const r of parse.responsibilities) {
    tasks.push({
      kind: "responsibility",
      group: null,
      path: [r.label],
      title: firstSentence(r.text),
      text: r.text,
      leadText: r.lead,
      supportText: r.support,
      timeframe: r.due
        ? { kind: "deadline", text: r.due, due: r.due }
        : { kind: "unspecified", text: "", due: null },
      product: null,
      position: tasks.length,
      sourceLine: r.line || null,
      sourceEndLine: r.line || null,
    });
  }
  const reporting = parse.reporting.map((r) => ({
    text: r.text,
    toText: r.to,
    viaText: r.via,
    due: r.due,
    frequency: r.frequency,
    sourceLine: r.line || null,
  }));
  return { groups, tasks, reporting };
}

function taskRow(t: Task, group: number, position: number): DraftTask {
  return {
    kind: "task",
    group,
    path: t.path,
    title: wholeTitle(t.title, t.text),
    text: t.text,
    leadText: t.lead,
    supportText: t.support,
    timeframe: { kind: t.timeframe.kind, text: t.timeframe.text, due: t.timeframe.due },
    product: t.product,
    position,
    sourceLine: t.line || null,
    sourceEndLine: t.endLine || t.line || null,
  };
}

/** The unit map of a new draft: one entry per distinct unit name, from the suggestions. */
export function unitMapOf(suggestions: readonly UnitSuggestion[]): UnitMapEntry[] {
  const byKey = new Map<string, UnitMapEntry>();
  for (const s of suggestions) {
    if (!s.key || byKey.has(s.key)) continue;
    byKey.set(s.key, {
      text: s.text,
      key: s.key,
      orgIds: s.orgIds,
      source: s.source,
      collective: s.collective,
    });
  }
  return [...byKey.values()];
}

export interface TaskUnits {
  leadText: readonly string[];
  supportText: readonly string[];
}

/** The bodies a task's unit names mean under the unit map: leads first, supporters without the leads. */
/** The names of a task's bodies that the reviewer recorded as outside the tree, leads first. */
export function outsideBodiesOf(task: TaskUnits, map: readonly UnitMapEntry[]): string[] {
  const outside = new Set(map.filter((e) => e.outside).map((e) => e.key));
  return [...new Set([...task.leadText, ...task.supportText].filter((n) => outside.has(unitKey(n))))];
}

export function resolveUnits(task: TaskUnits, map: readonly UnitMapEntry[]) {
  const byKey = new Map(map.map((e) => [e.key, e]));
  const ids = (names: readonly string[]) => [
    ...new Set(names.flatMap((n) => byKey.get(unitKey(n))?.orgIds ?? [])),
  ];
  const leadOrgIds = ids(task.leadText);
  const supportOrgIds = ids(task.supportText).filter((id) => !leadOrgIds.includes(id));
  // Fan out by default where a lead is a collective ("Ủy ban nhân dân 16 phường"): each does it in its area.
  const fanOut = task.leadText.some((n) => byKey.get(unitKey(n))?.collective === true);
  return { leadOrgIds, supportOrgIds, fanOut };
}

export interface LabelledTask {
  id: string;
  kind: "task" | "responsibility";
  groupId: string | null;
  path: readonly string[];
  position: number;
}

/**
 * What a task is called in messages and on screen: its number where the document numbers it ("1.2"),
 * or its group and place among the group's bullets ("II, ý 3"); responsibilities are "Tổ chức thực
 * hiện, mục 2".
 */
export function taskLabels(
  tasks: readonly LabelledTask[],
  groupLabel: (groupId: string) => string,
): Map<string, string> {
  const out = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const t of [...tasks].sort((a, b) => a.position - b.position)) {
    const scope = t.kind === "task" ? `g:${t.groupId}` : `r:${t.path[0] ?? ""}`;
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    const last = t.path[t.path.length - 1] ?? "";
    if (t.kind === "responsibility") {
      // The parser's label holds the heading chain: "3 3.1", "2 a -", "1 -".
      const parts = (t.path[0] ?? "").split(/\s+/).filter(Boolean);
      const numbers = parts.filter((p) => !BULLET.test(p));
      const main = numbers.at(-1) ?? String(n);
      const where = /^\p{L}$/u.test(main) && numbers.length > 1 ? `${numbers.at(-2)}, điểm ${main}` : main;
      out.set(t.id, `Tổ chức thực hiện, mục ${where}${BULLET.test(parts.at(-1) ?? "") ? ` (ý ${n})` : ""}`);
      continue;
    }
    const group = t.groupId ? groupLabel(t.groupId) : "";
    if (last && !BULLET.test(last) && last !== group) out.set(t.id, last);
    else out.set(t.id, group ? `${group}, ý ${n}` : `ý ${n}`);
  }
  return out;
}

export interface ReviewTask extends LabelledTask {
  title: string;
  leadText: readonly string[];
  leadOrgIds: readonly string[];
  fanOut: boolean;
  assign: boolean;
  /** Bodies set by hand: the unit names no longer decide them. */
  unitsEdited: boolean;
}

export interface Problem {
  taskId: string | null;
  message: string;
  /** noLead: the task names no lead at all (the review shows these one line per group). */
  kind?: "noLead" | "unmapped" | "severalLeads";
}

/**
 * What must be settled before confirmation, in Vietnamese, one line per problem: every task to assign
 * has its lead bodies, and several leads either fan out or become one lead with supporters.
 */
export function confirmationProblems(
  tasks: readonly ReviewTask[],
  map: readonly UnitMapEntry[],
  labels: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(map.map((e) => [e.key, e]));
  for (const t of [...tasks].sort((a, b) => a.position - b.position)) {
    if (!t.assign) continue;
    const name = `${labels.get(t.id) ?? "Nhiệm vụ"} «${short(t.title)}»`;
    const outside = (n: string) => byKey.get(unitKey(n))?.outside === true;
    const unmapped = t.leadText.filter((n) => !outside(n) && !byKey.get(unitKey(n))?.orgIds.length);
    // Led only by bodies outside the tree: nothing to assign here (the task names them as such).
    if (t.leadOrgIds.length === 0 && t.leadText.length && !unmapped.length) continue;
    if (t.leadOrgIds.length === 0) {
      problems.push({
        taskId: t.id,
        kind: t.leadText.length ? "unmapped" : "noLead",
        message: t.leadText.length
          ? `${name}: chưa xác định cơ quan cho ${unmapped.map((n) => `"${n}"`).join(", ")}.`
          : `${name}: chưa có cơ quan chủ trì (chọn cơ quan, hoặc đánh dấu "không giao việc").`,
      });
      continue;
    }
    if (unmapped.length && !t.unitsEdited)
      problems.push({
        taskId: t.id,
        kind: "unmapped",
        message: `${name}: chưa xác định cơ quan cho ${unmapped.map((n) => `"${n}"`).join(", ")}.`,
      });
    if (t.leadOrgIds.length > 1 && !t.fanOut)
      problems.push({
        taskId: t.id,
        kind: "severalLeads",
        message: `${name}: có ${t.leadOrgIds.length} cơ quan chủ trì — chọn "giao từng cơ quan" hoặc giữ một cơ quan chủ trì, các cơ quan khác phối hợp.`,
      });
  }
  return problems;
}

const short = (s: string) => shortenAtWord(s, 70);
