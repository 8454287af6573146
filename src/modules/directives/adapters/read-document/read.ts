// What a parse worker does with one document: extract its text, measure it, parse it. Runs inside
// the worker (worker.mjs), never on the server's event loop.
import { type ParseResult, parseDetailed } from "../../../../parser/index.ts";
import type { Diagnostic } from "../../../../parser/types.ts";
import { extractText } from "../extract/index.ts";
import { checkText, DocumentLimitError, limitText, MAX_TASKS, tooLargeDocument } from "../extract/limits.ts";

export interface ReadDocument {
  parse: ParseResult;
  normalised: string;
  extractDiagnostics: Diagnostic[];
}

/** What the worker answers: the read document, or why it was refused. */
export type WorkerAnswer =
  | { ok: true; value: ReadDocument }
  | { ok: false; kind: "too-large" | "unreadable" | "extract-failed"; message: string };

export async function readDocumentHere(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  const { text, diagnostics } = await extractText(bytes, fileName);
  checkText(text);
  const { result: parse, normalised } = parseDetailed(text, { fileName });
  const tasks = parse.taskGroups.reduce((n, g) => n + g.tasks.length, parse.responsibilities.length);
  if (tasks > MAX_TASKS)
    throw tooLargeDocument(`${limitText.fmt(tasks)} nhiệm vụ, quá giới hạn ${limitText.fmt(MAX_TASKS)}`);
  return { parse, normalised, extractDiagnostics: diagnostics };
}

export async function answer(bytes: Uint8Array, fileName: string): Promise<WorkerAnswer> {
  try {
    return { ok: true, value: await readDocumentHere(bytes, fileName) };
  } catch (e) {
    if (e instanceof DocumentLimitError) return { ok: false, kind: e.kind, message: e.message };
    return { ok: false, kind: "extract-failed", message: e instanceof Error ? e.message : String(e) };
  }
}
