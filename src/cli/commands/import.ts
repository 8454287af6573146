// `thucthi import FILE [--owner ORG_CODE]`: imports a directive document (.txt, .md, .docx, .pdf) as a
// draft for review in the web app, exactly as an upload does. Refuses clearly when a running server holds
// the embedded database (the data-dir lock). Stdout: one line per fact of the draft; errors on stderr.
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { AppError } from "../../core/errors.ts";
import { directiveLink } from "../../modules/directives/rules/symbol-key.ts";
import { importDirective } from "../../modules/directives/use-cases/import.ts";
import { localDiskStorage } from "../../modules/files/adapters/storage.ts";
import { orgs } from "../../modules/orgs/schema.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";
import { withDatabase } from "../with-database.ts";

export function register(program: Command, io: CliIo): void {
  program
    .command("import")
    .description("Nhập văn bản chỉ đạo thành bản nháp chờ rà soát trên giao diện web")
    .argument("<file>", "tệp văn bản (.txt, .md, .docx, .pdf)")
    .option(
      "-o, --owner <code>",
      "mã cơ quan nhập và quản lý văn bản (mặc định: cơ quan ban hành, nếu tìm thấy)",
    )
    .action(async (file: string, opts: { owner?: string }) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (e) {
        throw new CliError(`Không đọc được tệp ${file}: ${(e as Error).message}`, 2);
      }
      await withDatabase(io, "import", async ({ opened, config }) => {
        const db = opened.database.db;
        let ownerOrgId: string | null = null;
        if (opts.owner) {
          const [owner] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, opts.owner));
          if (!owner) throw new CliError(`Không có cơ quan mã "${opts.owner}" trong cây tổ chức.`, 2);
          ownerOrgId = owner.id;
        }
        const started = performance.now();
        try {
          const r = await importDirective(
            { db, actor: null, system: "cli", now: new Date() },
            localDiskStorage(join(config.dataDir, "files")),
            { bytes, fileName: basename(file), mimeType: "application/octet-stream", ownerOrgId },
          );
          io.stdout.write(
            [
              `Đã nhập bản nháp: ${r.symbol ?? "(văn bản không ghi số, ký hiệu)"}`,
              `  ${r.groups} nhóm nhiệm vụ, ${r.tasks} nhiệm vụ, ${r.responsibilities} nhiệm vụ tổ chức thực hiện`,
              `  ${r.units - r.unmappedUnits}/${r.units} tên đơn vị đã xác định được cơ quan`,
              `  Rà soát và xác nhận tại: ${directiveLink(r.id)}`,
              `  (${Math.round(performance.now() - started)} ms)`,
              "",
            ].join("\n"),
          );
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const link = (e.details as { link?: string } | undefined)?.link;
          throw new CliError(
            link ? `${e.message}\n  Xem tại: ${link}` : e.message,
            e.code === "CONFLICT" ? 4 : 1,
          );
        }
      });
    });
}
