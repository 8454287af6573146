// `thucthi backup [--out FILE]` and `thucthi restore FILE [--force]`.
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { createBackup, RestoreError, restoreBackup } from "../../db/backup.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";
import { progressBar, withDatabase } from "../with-database.ts";

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");

export function register(program: Command, io: CliIo): void {
  program
    .command("backup")
    .description("Sao lưu toàn bộ dữ liệu và tệp đính kèm vào một tệp .tar.gz")
    .option("-o, --out <file>", "tệp đích (mặc định: thucthi-backup-<thời gian>.tar.gz)")
    .action(async (opts: { out?: string }) => {
      const now = new Date();
      const out = resolve(opts.out ?? `thucthi-backup-${stamp(now)}.tar.gz`);
      await withDatabase(io, "backup", async ({ opened, config }) => {
        const bar = await progressBar(io, 1);
        const manifest = await createBackup(opened.database.db, {
          out,
          filesDir: join(config.dataDir, "files"),
          appVersion: config.version,
          now,
          progress: (done, total, label) => {
            bar.update(done / total, label);
          },
        });
        bar.stop();
        const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
        io.stdout.write(
          `Đã sao lưu ${manifest.tables.length} bảng (${rows} dòng), ${manifest.files} tệp vào ${out}\n`,
        );
      });
    });
  program
    .command("restore <file>")
    .description("Khôi phục từ một bản sao lưu (cơ sở dữ liệu đích phải trống, hoặc dùng --force)")
    .option("--force", "xóa toàn bộ dữ liệu hiện có trước khi khôi phục")
    .action(async (file: string, opts: { force?: boolean }) => {
      await withDatabase(io, "restore", async ({ opened, config }) => {
        const bar = await progressBar(io, 1);
        try {
          const manifest = await restoreBackup(opened.database.db, {
            file: resolve(file),
            filesDir: join(config.dataDir, "files"),
            force: opts.force ?? false,
            progress: (done, total, label) => bar.update(done / total, label),
          });
          bar.stop();
          io.stdout.write(
            `Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (${manifest.tables.length} bảng, ${manifest.files} tệp).\n`,
          );
        } catch (e) {
          bar.stop();
          if (e instanceof RestoreError) throw new CliError(e.message, 1);
          throw e;
        }
      });
    });
}
