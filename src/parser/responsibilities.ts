// Extractor `responsibilities`: the items of TỔ CHỨC THỰC HIỆN. Each finest item is one
// responsibility; a heading that names a body ("b) Phòng Nội vụ", "1. Ban Thường vụ Thành ủy")
// leads the items under it unless an item names its own lead.

import { trimItem } from "./text.ts";
import { readTimeframe } from "./timeframes.ts";
import { nodeText, pathOf } from "./tree.ts";
import type { Responsibility, TreeNode } from "./types.ts";
import { isUnitHeading, readUnits, splitUnits, type Units } from "./units.ts";

function leaves(node: TreeNode): TreeNode[] {
  return node.children.length === 0 ? [node] : node.children.flatMap(leaves);
}

/** "Ban Cán sự đảng ..., Cục Thi hành án dân sự: Xây dựng kế hoạch ..." → the bodies before ":". */
function headingUnits(heading: string): string[] | null {
  // "4. Đề nghị Ủy ban Mặt trận Tổ quốc …", "2. Giao Sở Tài chính": the body after the request.
  const title = heading.replace(/^(?:Đề nghị|Giao)\s+(?=\p{Lu})/u, "");
  if (isUnitHeading(title)) return splitUnits(title);
  const colon = /^([^:]{3,250}):\s+\S/u.exec(title);
  if (colon && isUnitHeading(colon[1]!)) return splitUnits(colon[1]!);
  return null;
}

function unitsFor(leaf: TreeNode, section: TreeNode): Units {
  const own = headingUnits(leaf.title);
  if (own) {
    const rest = readUnits(leaf.body.join(" "), false);
    return { lead: rest.lead.length ? rest.lead : own, support: rest.support };
  }
  const u = readUnits(nodeText(leaf), true);
  if (u.lead.length) return u;
  for (let n = leaf.parent; n && n !== section.parent; n = n.parent) {
    const h = headingUnits(n.title);
    if (h) return { lead: h, support: u.support };
    const parentUnits = readUnits(n.title, true);
    if (parentUnits.lead.length) return { lead: parentUnits.lead, support: u.support };
  }
  return u;
}

export function readResponsibilities(sections: TreeNode[]): Responsibility[] {
  const out: Responsibility[] = [];
  for (const section of sections) {
    const items = section.children.length ? leaves(section) : [section];
    for (const leaf of items) {
      // A Roman heading's words are its name ("TỔ CHỨC THỰC HIỆN"); an article's are its content.
      const text = leaf === section && section.style !== "article" ? section.body.join(" ") : nodeText(leaf);
      if (!trimItem(text)) continue;
      const units = leaf === section ? readUnits(text, true) : unitsFor(leaf, section);
      const tf = readTimeframe(text, false);
      out.push({
        label: pathOf(leaf, section).slice(1).join(" ") || leaf.label,
        text,
        lead: units.lead,
        support: units.support.filter((s) => !units.lead.includes(s)),
        due: tf.due && !tf.due.startsWith("--") ? tf.due : null,
        line: leaf.line,
      });
    }
  }
  return out;
}
