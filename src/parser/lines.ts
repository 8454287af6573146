// Stage `lines`: NormalisedText → Line[]. Numbers lines from 1 and splits Markdown pipe-table rows
// into cells (the text of a row is its cells joined by spaces, so text rules still read it).

import type { NormalisedText } from "./normalise.ts";
import type { Line } from "./types.ts";

export function toLines(text: NormalisedText): Line[] {
  const out: Line[] = [];
  const raw = text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (t.startsWith("|") && t.length > 1) {
      const raw = splitRow(t);
      const cellLines = raw.map((c) => c.split(/\s*<br\s*\/?>\s*/i).filter(Boolean));
      const cells = cellLines.map((c) => c.join("; "));
      out.push({ no: i + 1, text: cells.filter(Boolean).join(" "), cells, cellLines });
    } else out.push({ no: i + 1, text: t });
  }
  return out;
}

function splitRow(row: string): string[] {
  let body = row.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (body.endsWith("|")) body = body.slice(0, -1);
  return body.split("|").map((c) => c.trim());
}
