// The shapes the API returns for groups, tasks and unit decisions, built from rows (no queries here).

import type { DirectiveGroupRow, DirectiveTaskRow, TimeframeValue, UnitMapEntry } from "../schema.ts";
import { taskLabels } from "./draft.ts";
import { type OrgIndex, suggestUnit, unitKey } from "./units.ts";

export interface GroupOut {
  id: string;
  label: string;
  title: string;
  position: number;
  sourceLine: number | null;
  derived: boolean;
}

export interface TaskOut {
  id: string;
  kind: "task" | "responsibility";
  groupId: string | null;
  label: string;
  path: string[];
  title: string;
  text: string;
  leadText: string[];
  supportText: string[];
  leadOrgIds: string[];
  supportOrgIds: string[];
  fanOut: boolean;
  assign: boolean;
  unitsEdited: boolean;
  timeframe: TimeframeValue;
  product: string | null;
  position: number;
  sourceLine: number | null;
  sourceEndLine: number | null;
}

export const groupOut = (g: DirectiveGroupRow): GroupOut => ({
  id: g.id,
  label: g.label,
  title: g.title,
  position: g.position,
  sourceLine: g.sourceLine,
  derived: g.derived,
});

export function labelsOf(tasks: readonly DirectiveTaskRow[], groups: readonly DirectiveGroupRow[]) {
  const groupLabel = new Map(groups.map((g) => [g.id, g.label]));
  return taskLabels(tasks, (id) => groupLabel.get(id) ?? "");
}

export function tasksOut(
  tasks: readonly DirectiveTaskRow[],
  groups: readonly DirectiveGroupRow[],
): TaskOut[] {
  const labels = labelsOf(tasks, groups);
  return tasks.map((t) => ({
    id: t.id,
    kind: t.kind,
    groupId: t.groupId,
    label: labels.get(t.id) ?? "",
    path: t.path,
    title: t.title,
    text: t.text,
    leadText: t.leadText,
    supportText: t.supportText,
    leadOrgIds: t.leadOrgIds,
    supportOrgIds: t.supportOrgIds,
    fanOut: t.fanOut,
    assign: t.assign,
    unitsEdited: t.unitsEdited,
    timeframe: t.timeframe,
    product: t.product,
    position: t.position,
    sourceLine: t.sourceLine,
    sourceEndLine: t.sourceEndLine,
  }));
}

export interface UnitOut extends UnitMapEntry {
  /** Bodies to offer first in the picker. */
  candidates: string[];
  note: string | null;
  /** How many tasks name this unit. */
  uses: number;
}

/** The unit map with, for each name, the candidates and notes the rules give today. */
export function unitsOut(
  map: readonly UnitMapEntry[],
  tasks: readonly DirectiveTaskRow[],
  index: OrgIndex,
  contextId: string | null,
): UnitOut[] {
  return map.map((e) => {
    const s = suggestUnit(e.text, index, contextId, new Map());
    const uses = tasks.filter((t) =>
      [...t.leadText, ...t.supportText].some((n) => unitKey(n) === e.key),
    ).length;
    return { ...e, candidates: [...new Set([...e.orgIds, ...s.candidates])], note: s.note, uses };
  });
}
