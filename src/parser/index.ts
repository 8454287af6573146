// The directive parser: text of a Vietnamese directive document → ParseResult. Pure (no I/O, no
// clock). Stages and their intermediate forms are described in README.md beside this file.

import { assemble } from "./assemble.ts";
import { classify } from "./classify.ts";
import { toLines } from "./lines.ts";
import { normalise } from "./normalise.ts";
import type { ClassifiedLine, ParseResult } from "./types.ts";

export { normalise } from "./normalise.ts";
export { readTimeframe } from "./timeframes.ts";
export type * from "./types.ts";
export { splitUnits } from "./units.ts";

/** Texts longer than this are cut (with a diagnostic): no directive is this long. */
export const MAX_CHARS = 3_000_000;

export interface ParseOptions {
  /** Shown in the result as `file`. */
  fileName?: string;
}

export interface ParseDetail {
  result: ParseResult;
  /** The normalised text the result's line numbers refer to (1-based). */
  normalised: string;
  lines: ClassifiedLine[];
}

/** Parses and also returns the normalised text and classified lines, for a side-by-side review. */
export function parseDetailed(text: string, options: ParseOptions = {}): ParseDetail {
  const input = typeof text === "string" ? text : String(text ?? "");
  const cut = input.length > MAX_CHARS;
  let normalised = "";
  let lines: ClassifiedLine[] = [];
  let result: ParseResult;
  try {
    normalised = normalise(cut ? input.slice(0, MAX_CHARS) : input);
    lines = classify(toLines(normalised));
    result = assemble(lines, normalised);
  } catch (err) {
    result = emptyResult();
    result.diagnostics.push({
      line: 0,
      severity: "error",
      message: `Lỗi nội bộ của bộ phân tích: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  if (cut)
    result.diagnostics.push({
      line: 0,
      severity: "warning",
      message: `Văn bản quá dài: chỉ đọc ${MAX_CHARS} ký tự đầu`,
    });
  if (options.fileName !== undefined) result = { file: options.fileName, ...result };
  return { result, normalised, lines };
}

/** Parses the text of a directive document. Never throws: problems become diagnostics. */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  return parseDetailed(text, options).result;
}

export function emptyResult(): ParseResult {
  return {
    system: null,
    issuer: null,
    parentIssuer: null,
    type: null,
    symbol: null,
    date: null,
    place: null,
    title: null,
    citations: [],
    outline: [],
    taskGroups: [],
    responsibilities: [],
    reporting: [],
    signer: null,
    recipients: [],
    diagnostics: [],
  };
}
