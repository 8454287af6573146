// `thucthi seed --demo`: loads the demo data into an empty database.
import { join } from "node:path";
import type { Command } from "commander";
import { seedDemo } from "../../demo/seed.ts";
import { localDiskStorage } from "../../modules/files/adapters/storage.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";
import { withDatabase } from "../with-database.ts";

export function register(program: Command, io: CliIo): void {
  program
    .command("seed")
    .description("Nạp dữ liệu")
    .option("--demo", "dữ liệu trình diễn (cơ quan, tài khoản, văn bản mẫu)")
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) throw new CliError("Hãy chọn loại dữ liệu: --demo.", 2);
      await withDatabase(io, "seed", async ({ opened, box, config }) => {
        const done = await seedDemo(
          { db: opened.database.db, actor: null, system: "seed", now: new Date() },
          box,
          (line) => io.stderr.write(`${line}\n`),
          undefined,
          localDiskStorage(join(config.dataDir, "files")),
        );
        io.stdout.write(
          done ? "Đã nạp dữ liệu trình diễn.\n" : "Cơ sở dữ liệu đã có dữ liệu: không nạp thêm.\n",
        );
      });
    });
}
