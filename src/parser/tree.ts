// Stage `tree`: ClassifiedLine[] of the body → TreeNode. Heading styles have a fixed rank (Phần >
// A. > I. > Điều > 1. > 1.1. > 1.1.1.); bullet styles (1), a), -, +, •) take the level where they
// first appear under their nearest heading, as in Markdown lists. Paragraphs belong to the item
// open above them; unit/time lines and table rows are attached to it.

import type { ClassifiedLine, MarkerStyle, TreeNode } from "./types.ts";

const FIXED_RANK: Partial<Record<MarkerStyle, number>> = {
  part: 0,
  alpha: 1,
  roman: 2,
  article: 3,
  num1: 4,
  num2: 5,
  num3: 6,
  num4: 7,
};

const BULLETS = new Set<MarkerStyle>(["dash", "plus", "dot"]);

export function newNode(style: TreeNode["style"], label: string, title: string, line: number): TreeNode {
  return {
    style,
    label,
    title,
    body: [],
    meta: [],
    children: [],
    rows: [],
    line,
    endLine: line,
    parent: null,
  };
}

const CLOSING =
  /^(?:Trên đây là|Trên đây|Nhận được|Yêu cầu (?:các|Thủ trưởng|Giám đốc|Chủ tịch)|Đề nghị các|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện))/u;

/** The trailing paragraphs that close the document ("Trên đây là Kế hoạch...") belong to no item. */
function closingStart(lines: ClassifiedLine[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.kind === "blank") continue;
    if (l.kind !== "text") break;
    if (CLOSING.test(l.content) || /\.\/\.\s*\S{0,12}$/.test(l.content)) start = i;
    else if (start === lines.length) break;
  }
  return start;
}

export function buildTree(lines: ClassifiedLine[]): TreeNode {
  const root = newNode("root", "", "", lines[0]?.no ?? 1);
  const stack: TreeNode[] = [root];
  const closing = closingStart(lines);
  const touch = (no: number) => {
    for (const n of stack) n.endLine = Math.max(n.endLine, no);
  };
  // A field line with no value ("- Thời gian thực hiện:", "- Nội dung:") takes the bullets of
  // another style under it as its value: "+ Bộ A gửi … trước ngày …" is not a task of its own.
  let open: {
    node: TreeNode;
    entry: TreeNode["meta"][number] | null;
    style: MarkerStyle | undefined;
  } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === "blank") continue;
    if (i >= closing) {
      root.body.push(l.content);
      root.endLine = l.no;
      continue;
    }
    const top = stack.at(-1)!;
    if (open && l.kind === "item" && BULLETS.has(l.style!) && l.style !== open.style) {
      if (open.entry) open.entry.value = open.entry.value ? `${open.entry.value}; ${l.content}` : l.content;
      else open.node.body.push(l.content);
      touch(l.no);
      continue;
    }
    if (l.kind === "item" || l.kind === "meta") open = null;
    if (l.kind === "item") {
      const style = l.style!;
      const rank = FIXED_RANK[style];
      if (rank !== undefined) {
        while (stack.length > 1) {
          const s = stack.at(-1)!.style as MarkerStyle;
          const r = FIXED_RANK[s];
          if (r === undefined || r >= rank) stack.pop();
          else break;
        }
      } else {
        // A bullet style already open since the nearest heading: the new item is its sibling.
        let at = -1;
        for (let k = stack.length - 1; k > 0; k--) {
          const s = stack[k]!.style as MarkerStyle;
          if (s === style) {
            at = k;
            break;
          }
          if (FIXED_RANK[s] !== undefined) break;
        }
        if (at > 0) stack.length = at;
      }
      const node = newNode(style, l.label!, l.content, l.no);
      const parent = stack.at(-1)!;
      node.parent = parent;
      parent.children.push(node);
      stack.push(node);
      touch(l.no);
    } else if (l.kind === "meta") {
      const { field, value } = l.meta!;
      if (field === "content") {
        // The task's own words: they belong to the item open above, as its paragraphs.
        if (value) top.body.push(value);
        if (!value) open = { node: top, entry: null, style: l.style };
      } else {
        const entry = { field, value, line: l.no };
        top.meta.push(entry);
        if (!value) open = { node: top, entry, style: l.style };
      }
      touch(l.no);
    } else if (l.kind === "table") {
      top.rows.push(l);
      touch(l.no);
    } else {
      top.body.push(l.content);
      touch(l.no);
    }
  }
  return root;
}

/** Every node below `node`, depth first. */
export function* walk(node: TreeNode): Generator<TreeNode> {
  for (const c of node.children) {
    yield c;
    yield* walk(c);
  }
}

/** Labels from `top` down to `node`, both included: ["1", "1.2"]. */
export function pathOf(node: TreeNode, top: TreeNode): string[] {
  const out: string[] = [];
  for (let n: TreeNode | null = node; n && n !== top.parent; n = n.parent) out.unshift(n.label);
  return out;
}

/** The item's own words: its title and its paragraphs. */
export function nodeText(node: TreeNode): string {
  return [node.title, ...node.body].join(" ").trim();
}
