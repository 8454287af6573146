// `thucthi backup [--out FILE] [--passphrase-file FILE]` and
// `thucthi restore FILE [--force] [--passphrase-file FILE]`. The passphrase (from the file, else from
// THUCTHI_BACKUP_PASSPHRASE) seals the instance key into the backup, so a restore into a new data
// folder can still read the TOTP seeds; without it the backup says how to carry the key by hand.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { createBackup, RestoreError, restoreBackup } from "../../db/backup.ts";
import { passphraseProblem } from "../../db/backup-key.ts";
import { installSecretKey } from "../../server/config.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";
import { progressBar, withDatabase } from "../with-database.ts";

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");

function passphraseOf(io: CliIo, file: string | undefined): string | undefined {
  if (file) {
    try {
      return readFileSync(resolve(file), "utf8").replace(/\r?\n$/, "");
    } catch (e) {
      throw new CliError(`Không đọc được tệp mật khẩu sao lưu "${file}": ${(e as Error).message}`, 2);
    }
  }
  return io.env.THUCTHI_BACKUP_PASSPHRASE || undefined;
}

export function register(program: Command, io: CliIo): void {
  program
    .command("backup")
    .description(
      "Sao lưu toàn bộ dữ liệu, tệp đính kèm và (với mật khẩu sao lưu) khóa bí mật vào một tệp .tar.gz",
    )
    .option("-o, --out <file>", "tệp đích (mặc định: thucthi-backup-<thời gian>.tar.gz)")
    .option("--passphrase-file <file>", "tệp chứa mật khẩu khóa khóa bí mật (hoặc THUCTHI_BACKUP_PASSPHRASE)")
    .action(async (opts: { out?: string; passphraseFile?: string }) => {
      const now = new Date();
      const out = resolve(opts.out ?? `thucthi-backup-${stamp(now)}.tar.gz`);
      const passphrase = passphraseOf(io, opts.passphraseFile);
      const weak = passphrase === undefined ? null : passphraseProblem(passphrase);
      if (weak) throw new CliError(weak, 2);
      await withDatabase(io, "backup", async ({ opened, config }) => {
        const bar = await progressBar(io, 1);
        const manifest = await createBackup(opened.database.db, {
          out,
          filesDir: join(config.dataDir, "files"),
          appVersion: config.version,
          now,
          key: config.secretKey,
          passphrase,
          progress: (done, total, label) => {
            bar.update(done / total, label);
          },
        });
        bar.stop();
        const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
        io.stdout.write(
          `Đã sao lưu ${manifest.tables.length} bảng (${rows} dòng), ${manifest.files} tệp vào ${out}\n`,
        );
        io.stdout.write(
          passphrase
            ? "Khóa bí mật đã được đưa vào bản sao lưu, khóa bằng mật khẩu sao lưu: hãy giữ mật khẩu đó ở nơi an toàn, tách khỏi bản sao lưu.\n"
            : `Lưu ý: bản sao lưu KHÔNG kèm khóa bí mật (dấu vân tay ${manifest.key?.fingerprint}). Để khôi phục sang máy khác, hãy giữ riêng tệp secret.key (hoặc THUCTHI_SECRET_KEY), hoặc sao lưu lại với --passphrase-file.\n`,
        );
      });
    });
  program
    .command("restore <file>")
    .description("Khôi phục từ một bản sao lưu (cơ sở dữ liệu đích phải trống, hoặc dùng --force)")
    .option("--force", "xóa toàn bộ dữ liệu hiện có trước khi khôi phục")
    .option("--passphrase-file <file>", "tệp chứa mật khẩu sao lưu (hoặc THUCTHI_BACKUP_PASSPHRASE)")
    .action(async (file: string, opts: { force?: boolean; passphraseFile?: string }) => {
      const passphrase = passphraseOf(io, opts.passphraseFile);
      await withDatabase(io, "restore", async ({ opened, config }) => {
        const bar = await progressBar(io, 1);
        try {
          const { manifest, keyToInstall } = await restoreBackup(opened.database.db, {
            file: resolve(file),
            filesDir: join(config.dataDir, "files"),
            force: opts.force ?? false,
            key: config.secretKey,
            passphrase,
            progress: (done, total, label) => bar.update(done / total, label),
          });
          bar.stop();
          io.stdout.write(
            `Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (${manifest.tables.length} bảng, ${manifest.files} tệp).\n`,
          );
          if (keyToInstall) installKey(io, config.dataDir, keyToInstall);
        } catch (e) {
          bar.stop();
          if (e instanceof RestoreError) throw new CliError(e.message, 1);
          throw e;
        }
      });
    });
}

/** The restored rows need the backup's key: it goes where the server looks for it. */
function installKey(io: CliIo, dataDir: string, key: Buffer) {
  if (io.env.THUCTHI_SECRET_KEY) {
    const path = installSecretKey(dataDir, key, new Date(), "secret.key.restored");
    io.stdout.write(
      `Khóa bí mật của bản sao lưu khác THUCTHI_SECRET_KEY đang đặt: khóa đó đã được ghi vào ${path}. ` +
        "Hãy đặt THUCTHI_SECRET_KEY bằng nội dung tệp này (rồi xóa tệp) trước khi chạy máy chủ.\n",
    );
    return;
  }
  const path = installSecretKey(dataDir, key, new Date());
  io.stdout.write(`Đã cài khóa bí mật của bản sao lưu vào ${path}.\n`);
}
