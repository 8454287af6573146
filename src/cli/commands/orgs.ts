// `thucthi orgs import FILE` and `thucthi orgs export`: the organisation tree as CSV or JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import type { Command } from "commander";
import { AppError } from "../../core/errors.ts";
import { exportOrgs, importOrgs } from "../../modules/orgs/use-cases/interchange.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";
import { withDatabase } from "../with-database.ts";

const formatOf = (file: string, explicit?: string): "csv" | "json" => {
  const f = explicit ?? (extname(file).toLowerCase() === ".csv" ? "csv" : "json");
  if (f !== "csv" && f !== "json")
    throw new CliError(`Định dạng "${f}" không hỗ trợ: dùng csv hoặc json.`, 2);
  return f;
};

export function register(program: Command, io: CliIo): void {
  const orgs = program.command("orgs").description("Cây tổ chức");
  orgs
    .command("import <file>")
    .description("Nhập cơ quan, đơn vị từ CSV hoặc JSON (cập nhật theo mã)")
    .option("-f, --format <format>", "csv hoặc json (mặc định theo đuôi tệp)")
    .action(async (file: string, opts: { format?: string }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        throw new CliError(`Không đọc được tệp ${file}: ${(e as Error).message}`, 2);
      }
      await withDatabase(io, "orgs import", async ({ opened }) => {
        try {
          const r = await importOrgs(
            { db: opened.database.db, actor: null, system: "cli", now: new Date() },
            formatOf(file, opts.format),
            text,
          );
          io.stdout.write(`Đã nhập: ${r.created} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi.\n`);
        } catch (e) {
          if (e instanceof AppError) {
            const problems = (e.details as { problems?: string[] } | undefined)?.problems ?? [];
            throw new CliError([e.message, ...problems.map((p) => `  - ${p}`)].join("\n"), 1);
          }
          throw e;
        }
      });
    });
  orgs
    .command("export")
    .description("Xuất cây tổ chức")
    .option("-f, --format <format>", "csv hoặc json", "json")
    .option("-o, --out <file>", "ghi ra tệp (mặc định: đầu ra chuẩn)")
    .action(async (opts: { format: string; out?: string }) => {
      await withDatabase(io, "orgs export", async ({ opened }) => {
        const text = await exportOrgs(opened.database.db, formatOf("", opts.format));
        if (opts.out) writeFileSync(opts.out, text);
        else io.stdout.write(text);
      });
    });
}
