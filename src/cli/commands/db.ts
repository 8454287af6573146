// `thucthi db migrate`: applies the committed migrations (the server also does it at start).
import type { Command } from "commander";
import type { CliIo } from "../io.ts";
import { withDatabase } from "../with-database.ts";

export function register(program: Command, io: CliIo): void {
  const db = program.command("db").description("Cơ sở dữ liệu");
  db.command("migrate")
    .description("Áp dụng các bản chuyển đổi cấu trúc dữ liệu (migration)")
    .action(async () => {
      await withDatabase(io, "db migrate", async ({ opened }) => {
        io.stdout.write(`Cấu trúc dữ liệu đã cập nhật (${opened.database.engine}).\n`);
      });
    });
}
