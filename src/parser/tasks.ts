// Extractor `tasks`: task groups and their finest items (contract: taskGroups). One task section
// → its children are the groups; several task sections → the sections are the groups; a group
// with no sub-items is its own single task. A unit or time block after several items applies to
// each of them that has none of its own.

import { readTables } from "./tables.ts";
import { fold, sentences } from "./text.ts";
import { readTimeframe, UNSPECIFIED } from "./timeframes.ts";
import { nodeText, pathOf } from "./tree.ts";
import type { MetaField, Task, TaskGroup, TreeNode } from "./types.ts";
import { isUnitHeading, readUnits, readUnitsValue, splitUnits, type Units } from "./units.ts";

type Meta = TreeNode["meta"];
const UNIT_FIELDS: MetaField[] = ["lead", "support", "units"];

function has(meta: Meta, fields: MetaField[]): boolean {
  return meta.some((m) => fields.includes(m.field));
}

function leavesOf(node: TreeNode): TreeNode[] {
  if (node.children.length === 0) return [node];
  return node.children.flatMap(leavesOf);
}

/**
 * The unit/time lines that apply to each leaf: its own, else those of the next sibling that has
 * some (the block closing a run of items), else those of its ancestors up to the group.
 */
function effectiveMeta(leaf: TreeNode, group: TreeNode): { units: Meta; time: Meta; product: Meta } {
  const pick = (fields: MetaField[]): Meta => {
    const own = leaf.meta.filter((m) => fields.includes(m.field));
    if (own.length) return own;
    for (let n: TreeNode = leaf; n !== group && n.parent; n = n.parent) {
      const siblings = n.parent.children;
      for (let k = siblings.indexOf(n) + 1; k < siblings.length; k++) {
        const s = siblings[k]!;
        const m = s.meta.filter((x) => fields.includes(x.field));
        if (m.length) return m;
        if (
          s.children.length &&
          has(
            leavesOf(s).flatMap((x) => x.meta),
            fields,
          )
        )
          break;
      }
      const up = n.parent.meta.filter((x) => fields.includes(x.field));
      if (up.length) return up;
      if (n.parent === group) break;
    }
    return [];
  };
  return { units: pick(UNIT_FIELDS), time: pick(["time"]), product: pick(["product"]) };
}

function unitsFromMeta(meta: Meta): Units {
  const lead: string[] = [];
  const support: string[] = [];
  for (const m of meta) {
    if (m.field === "lead") lead.push(...splitUnits(m.value));
    else if (m.field === "support") support.push(...splitUnits(m.value));
    else {
      const u = readUnitsValue(m.value);
      lead.push(...u.lead);
      support.push(...u.support);
    }
  }
  return { lead: [...new Set(lead)], support: [...new Set(support)] };
}

/** Units named by a heading above the leaf ("1. Sở Tư pháp:" over its tasks). */
function inheritedUnits(leaf: TreeNode, group: TreeNode): Units {
  for (let n: TreeNode | null = leaf.parent; n && n !== group.parent; n = n.parent) {
    if (n.style === "root") break;
    if (isUnitHeading(n.title)) return { lead: splitUnits(n.title), support: [] };
  }
  return { lead: [], support: [] };
}

/** The first sentence, whole: shortening for display is the screens' work (core/text/shorten.ts). */
export function taskTitle(content: string): string {
  return sentences(content)[0]?.text ?? content;
}

function toTask(leaf: TreeNode, group: TreeNode): Task {
  const meta = effectiveMeta(leaf, group);
  const text = nodeText(leaf);
  let units = unitsFromMeta(meta.units);
  if (!units.lead.length && !units.support.length) {
    // In a task's own words "phối hợp" counts only beside a named lead.
    const inline = readUnits(text, true);
    if (inline.lead.length) units = inline;
  }
  if (!units.lead.length) units = { lead: inheritedUnits(leaf, group).lead, support: units.support };
  const timeText = meta.time.map((m) => m.value).join("; ");
  return {
    path: leaf === group ? [group.label] : pathOf(leaf, group),
    title: taskTitle(leaf.title),
    text,
    lead: units.lead,
    support: units.support.filter((s) => !units.lead.includes(s)),
    timeframe: timeText ? readTimeframe(timeText, true) : text ? readTimeframe(text, false) : UNSPECIFIED,
    product: meta.product.map((m) => m.value).join("; ") || null,
    line: leaf.line,
    endLine: leaf.endLine,
  };
}

/** The group a node makes; a table of tasks under a heading with group rows makes those groups. */
function groupsOf(node: TreeNode, splitTables: boolean): TaskGroup[] {
  const rows = [node, ...walkAll(node)].flatMap((n) => n.rows);
  const tables = rows.length
    ? readTables(rows, { label: node.label, title: node.title, line: node.line })
    : [];
  if (tables.length && node.children.length === 0) {
    // A heading over a table is a group of the table's tasks (or the table's own groups).
    if (splitTables && tables.some((t) => t.label !== node.label)) return tables;
    return [{ label: node.label, title: node.title, line: node.line, tasks: tables.flatMap((t) => t.tasks) }];
  }
  const tasks = leavesOf(node)
    .filter((l) => l === node || l.title !== "" || l.body.length > 0)
    .map((l) => toTask(l, node));
  return [
    {
      label: node.label,
      title: node.title,
      line: node.line,
      tasks: [...tasks, ...tables.flatMap((t) => t.tasks)],
    },
  ];
}

function* walkAll(node: TreeNode): Generator<TreeNode> {
  for (const c of node.children) {
    yield c;
    yield* walkAll(c);
  }
}

/** "III. NHIỆM VỤ … (chi tiết Phụ lục đính kèm)" with nothing under it: its tasks are the appendix's. */
function pointsToAppendix(node: TreeNode): boolean {
  return (
    node.children.length === 0 &&
    node.body.length === 0 &&
    node.meta.length === 0 &&
    node.rows.length === 0 &&
    /phu luc/.test(fold(node.title))
  );
}

/** Task groups from the task sections (or, without sections, from the body's own items). */
export function readTaskGroups(sections: TreeNode[], root: TreeNode, hasSections: boolean): TaskGroup[] {
  const taskSections = sections.filter((s) => !pointsToAppendix(s));
  if (!hasSections) {
    if (root.children.length === 0) return [];
    const numbered = root.children.some((c) => c.style !== "dash" && c.style !== "plus" && c.style !== "dot");
    if (numbered) return root.children.flatMap((c) => groupsOf(c, false));
    return groupsOf(root, true).filter((g) => g.tasks.length > 0);
  }
  if (taskSections.length === 1) {
    const s = taskSections[0]!;
    const headed = s.children.filter((c) => c.style !== "dash" && c.style !== "plus" && c.style !== "dot");
    if (headed.length > 0) return s.children.flatMap((c) => groupsOf(c, false));
    return groupsOf(s, true);
  }
  return taskSections.flatMap((s) => groupsOf(s, false));
}
