// Extractor `recipients`: the lines of "Nơi nhận:" (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 9),
// one item per dash line as written, including "Lưu: VT". Lines of the signature column that
// PDF extraction interleaved with them are left to the signer extractor.

import { fold, isCaps, startsLower } from "./text.ts";
import type { ClassifiedLine } from "./types.ts";

export const RECIPIENTS_HEAD = /^(?:nơi nhận|noi nhan|nơi nhân|nơi nhân)\s*:?\s*/iu;

export function isRecipientsHead(text: string): boolean {
  return /^noi nh[aâ]n\b/.test(fold(text.trim()));
}

function isLuu(text: string): boolean {
  return /^luu\b/.test(fold(text.trim()));
}

export interface RecipientLine {
  text: string;
  line: number;
}

/** Reads the recipient items from the tail lines (from "Nơi nhận:" on). */
export function readRecipients(tail: ClassifiedLine[]): RecipientLine[] {
  const out: RecipientLine[] = [];
  let inList = false;
  for (const l of tail) {
    const text = l.text.trim();
    if (!text) continue;
    if (isRecipientsHead(text)) {
      inList = true;
      const rest = text.replace(/^\S+\s+\S+\s*:?\s*/u, "").trim();
      if (rest && !isCaps(rest)) out.push({ text: clean(rest.replace(/^[-–+•]\s*/u, "")), line: l.no });
      continue;
    }
    if (!inList) continue;
    if (/^[-–+•]\s*\S/u.test(text)) {
      const item = clean(text.replace(/^[-–+•]\s*/u, ""));
      if (item) out.push({ text: item, line: l.no });
      continue;
    }
    if (isLuu(text)) {
      out.push({ text: clean(text), line: l.no });
      continue;
    }
    // A wrapped recipient line continues in lower case.
    const prev = out.at(-1);
    if (prev && startsLower(text) && !/[.;]$/.test(prev.text)) prev.text = `${prev.text} ${clean(text)}`;
  }
  return out;
}

function clean(s: string): string {
  return s.replace(/[;,]\s*$/u, "").trim();
}
