// Part of stage `assemble`: a document attached after the signature of the one that issues it
// ("QUYẾT ĐỊNH Ban hành Kế hoạch …", its articles and signer, then "KẾ HOẠCH" with its own
// sections). The header and the signer are the issuing document's; the task part is the
// attached one's.

import { typeNameOf } from "./doc-types.ts";
import { fold, isCaps } from "./text.ts";
import type { ClassifiedLine } from "./types.ts";

export interface Attached {
  /** Index of the attached document's type line ("KẾ HOẠCH"). */
  at: number;
  /** Index of its first body line, after its summary and "(Kèm theo Quyết định …)". */
  bodyStart: number;
}

/** The attached document after `from` (the issuing document's closing part), or null. */
export function findAttached(lines: ClassifiedLine[], from: number): Attached | null {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    if (l.kind !== "text" || !isCaps(t) || !typeNameOf(t)) continue;
    let j = i + 1;
    const skipBlank = () => {
      while (j < lines.length && lines[j]!.kind === "blank") j++;
    };
    skipBlank();
    // The summary: lines in capitals (or one mixed-case line) before the body.
    let summary = 0;
    while (j < lines.length && lines[j]!.kind === "text" && (isCaps(lines[j]!.text) || summary === 0)) {
      if (/^\(/u.test(lines[j]!.text.trim())) break;
      summary++;
      j++;
      skipBlank();
      if (!isCaps(lines[j - 1]?.text ?? "")) break;
    }
    skipBlank();
    // "(Ban hành kèm theo Quyết định số … )": where the attached document comes from, not its body.
    while (j < lines.length && /^\(/u.test(lines[j]!.text.trim()) && /kem theo/.test(fold(lines[j]!.text))) {
      j++;
      skipBlank();
    }
    return { at: i, bodyStart: j };
  }
  return null;
}
