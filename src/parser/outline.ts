// Extractor `outline`: the heading tree with each top section's kind (purpose, tasks,
// organization, other), and the choice of which nodes are sections at all.

import { fold } from "./text.ts";
import type { OutlineKind, OutlineNode, TreeNode } from "./types.ts";

const SECTION_STYLES = new Set(["part", "alpha", "roman", "article"]);
const BULLETS = new Set(["dash", "plus", "dot"]);

export function kindOf(title: string, hasChildren: boolean, style?: string): OutlineKind {
  const t = fold(title);
  if (style === "article" && /^(?:pham vi|doi tuong|giai thich|hieu luc|dieu khoan chuyen tiep)/.test(t))
    return "other";
  if (style === "article") {
    // Điều of a quyết định: the article that names who carries it out is the organization part.
    if (
      /chiu trach nhiem (?:thi hanh|thuc hien|to chuc)|to chuc thuc hien|trien khai thuc hien|thi hanh quyet dinh/.test(
        t,
      )
    )
      return "organization";
    return hasChildren ? "tasks" : "other";
  }
  if (/^(?:muc dich|yeu cau|muc tieu|quan diem|chi tieu|muc dich, yeu cau|y nghia)/.test(t)) return "purpose";
  if (
    /to chuc thuc hien|to chuc theo doi|phan cong (?:nhiem vu|thuc hien|trach nhiem)|trach nhiem (?:thuc hien|cua)|chiu trach nhiem thi hanh|dieu khoan thi hanh|to chuc trien khai/.test(
      t,
    )
  )
    return "organization";
  if (
    /^(?:kinh phi|nguon kinh phi|che do bao cao|hieu luc|khen thuong|tinh hinh|ket qua|danh gia|can cu|dac diem|thuc trang|bo cuc|pham vi|doi tuong|giai thich)/.test(
      t,
    )
  )
    return "other";
  if (/nhiem vu|giai phap|noi dung|^ve |hoat dong|chuong trinh|cong viec|trong tam|ke hoach/.test(t))
    return "tasks";
  return hasChildren ? "tasks" : "other";
}

/** Top-level sections: Phần/A./I./Điều under the root, else numbered headings in capitals. */
export function sectionsOf(root: TreeNode): TreeNode[] {
  const heads = root.children.filter((c) => SECTION_STYLES.has(c.style));
  if (heads.length > 0) {
    // A part or letter heading over Roman sections: the Roman sections are what count.
    if (heads.every((h) => h.style === "part" || h.style === "alpha")) {
      const inner = heads.flatMap((h) => h.children.filter((c) => c.style === "roman"));
      if (inner.length > 1) return inner;
    }
    return heads;
  }
  const numbered = root.children.filter((c) => c.style === "num1");
  const capsHeads = numbered.filter(
    (c) => c.title === c.title.toLocaleUpperCase("vi") && c.title.length < 120,
  );
  return capsHeads.length >= 2 && capsHeads.length === numbered.length ? numbered : [];
}

function toOutline(node: TreeNode, kind: OutlineKind): OutlineNode {
  return {
    label: node.label,
    title: node.title,
    kind,
    line: node.line,
    children: node.children.filter((c) => !BULLETS.has(c.style)).map((c) => toOutline(c, kind)),
  };
}

export function readOutline(sections: TreeNode[]): OutlineNode[] {
  return sections.map((s) =>
    toOutline(s, kindOf(s.title, s.children.length > 0 || s.rows.length > 0, s.style)),
  );
}
