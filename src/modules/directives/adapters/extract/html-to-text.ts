// The HTML that mammoth makes from a .docx → text the parser reads. Paragraphs become lines;
// tables of data (three or more columns, or a header naming tasks) become Markdown pipe rows so
// the parser's table rules apply; layout tables (the two-column header and signature blocks)
// become their cells' lines, left column first, as a reader would read them.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

interface Cell {
  paragraphs: string[];
}

const BLOCK = /<(\/?)(p|h[1-6]|li|table|tr|td|th|br)\b[^>]*>/gi;

/** Converts mammoth's HTML (flat, well formed) to lines. Nested tables are read as cells' text. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let text = "";
  let tableDepth = 0;
  let rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let last = 0;
  const flush = () => {
    const t = decodeEntities(text.replace(/<[^>]+>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    text = "";
    if (!t) return;
    if (cell) cell.paragraphs.push(t);
    else out.push(t);
  };
  for (const m of html.matchAll(BLOCK)) {
    text += html.slice(last, m.index);
    last = m.index + m[0].length;
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    if (tag === "table") {
      flush();
      if (!closing && ++tableDepth === 1) rows = [];
      if (closing && --tableDepth === 0) {
        // A loop, not push(...rows): a table of 100,000 rows overflows the call stack.
        for (const l of renderTable(rows)) out.push(l);
        out.push("");
      }
    } else if (tableDepth > 1) {
      if (tag === "p" || tag === "br" || tag === "td") text += " ";
    } else if (tag === "tr") {
      flush();
      row = closing ? null : [];
      if (row) rows.push(row);
    } else if (tag === "td" || tag === "th") {
      flush();
      cell = !closing && row ? { paragraphs: [] } : null;
      if (cell) row?.push(cell);
    } else if (tag === "br") text += "\n";
    else if (closing || tag === "p" || tag === "li") {
      flush();
      if (closing && tag !== "li" && !cell) out.push("");
      if (!closing && tag === "li") text = "- ";
    }
  }
  text += html.slice(last);
  flush();
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function widthOf(rows: Cell[][]): number {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  return width;
}

function isDataTable(rows: Cell[][]): boolean {
  const width = widthOf(rows);
  const head = (rows[0] ?? []).map((c) => c.paragraphs.join(" ").toLowerCase()).join(" ");
  return width >= 3 || /nhiệm vụ|chủ trì|phối hợp|thời gian|nội dung|stt/.test(head);
}

function renderTable(rows: Cell[][]): string[] {
  if (!isDataTable(rows)) {
    // Layout table: each column top to bottom, left to right.
    const width = widthOf(rows);
    const lines: string[] = [];
    for (let c = 0; c < width; c++)
      for (const r of rows) for (const p of r[c]?.paragraphs ?? []) lines.push(p);
    return lines;
  }
  const esc = (s: string) => s.replace(/\|/g, "/");
  return rows.map((r) => `| ${r.map((c) => esc(c.paragraphs.join("; "))).join(" | ")} |`);
}
