// `thucthi parse FILE... [--format json|text]`: reads directive documents (.txt, .md, .docx, .pdf or
// "-" for stdin) and prints what the parser reads in them. Stdout carries only the output (one
// JSON object, or JSON Lines with `file` for several files, in the given order); progress and
// errors go to stderr. Exits non-zero only when a file cannot be read. Needs no database.

import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { extractText } from "../../modules/directives/adapters/extract/index.ts";
import { formatText } from "../../parser/format-text.ts";
import { type ParseResult, parse } from "../../parser/index.ts";
import { CliError } from "../cli-error.ts";
import { type CliIo, writeAll } from "../io.ts";

interface Options {
  format: string;
  compact?: boolean;
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

type Loaded = { ok: true; result: ParseResult } | { ok: false; reason: string };

/** Reads and parses one file; never rejects, so files read ahead cannot fail unobserved. */
async function load(io: CliIo, file: string): Promise<Loaded> {
  try {
    const bytes = file === "-" ? await readStdin(io) : await readFile(file);
    const { text, diagnostics } = await extractText(bytes, file === "-" ? "stdin.txt" : file);
    const result = parse(text, { fileName: file });
    result.diagnostics.unshift(...diagnostics);
    return { ok: true, result };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

async function progressBar(io: CliIo, total: number) {
  if (total < 20 || !io.stderr.isTTY) return null;
  const { default: progress } = await import("cli-progress");
  const bar = new progress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: "Đang phân tích {bar} {value}/{total} tệp",
      hideCursor: true,
    },
    progress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

const DONE: Promise<Loaded> = Promise.resolve({ ok: false, reason: "" });

export async function runParse(io: CliIo, files: string[], options: Options): Promise<void> {
  const format = options.format;
  if (format !== "json" && format !== "text")
    throw new CliError(`Định dạng "${format}" không hợp lệ: chọn json hoặc text`, 2);
  const many = files.length > 1;
  const bar = await progressBar(io, files.length);
  const failed: string[] = [];
  // Read ahead a few files while the parser works, and print in the given order.
  const window = 16;
  const pending = files.slice(0, window).map((f) => load(io, f));
  let buffer = "";
  for (let i = 0; i < files.length; i++) {
    if (i + window < files.length) pending.push(load(io, files[i + window]!));
    const file = files[i]!;
    const loaded = await pending[i]!;
    if (loaded.ok) {
      const result = loaded.result;
      if (format === "text") buffer += `${formatText(result)}\n`;
      else if (many || options.compact) buffer += `${JSON.stringify(result)}\n`;
      else buffer += `${JSON.stringify(result, null, 2)}\n`;
    } else {
      failed.push(file);
      io.stderr.write(`Không đọc được tệp ${file}: ${loaded.reason}\n`);
    }
    // Let the result be collected: 1,000 parsed documents need not stay in memory.
    pending[i] = DONE;
    bar?.increment();
    if (buffer.length > 1 << 16) {
      await writeAll(io.stdout, buffer);
      buffer = "";
    }
  }
  if (buffer) await writeAll(io.stdout, buffer);
  bar?.stop();
  if (failed.length) throw new CliError(`${failed.length}/${files.length} tệp không đọc được`, 1);
}

export function register(program: Command, io: CliIo): void {
  program
    .command("parse")
    .description("Đọc văn bản chỉ đạo (.txt, .md, .docx, .pdf hoặc - cho stdin) và in cấu trúc dạng JSON")
    .argument("<files...>", "tệp cần phân tích")
    .option("-f, --format <format>", "json hoặc text (dàn ý tiếng Việt cho người đọc)", "json")
    .option("--compact", "JSON trên một dòng")
    .action((files: string[], options: Options) => runParse(io, files, options));
}
