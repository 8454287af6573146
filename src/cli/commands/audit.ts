// `thucthi audit verify`: walks the audit hash chain and names the first broken link.
import type { Command } from "commander";
import { verifyChain } from "../../modules/audit/use-cases/verify.ts";
import type { CliIo } from "../io.ts";
import { withDatabase } from "../with-database.ts";

export function register(program: Command, io: CliIo): void {
  const audit = program.command("audit").description("Nhật ký thay đổi");
  audit
    .command("verify")
    .description("Kiểm tra chuỗi nhật ký chưa bị sửa, xóa")
    .action(async () => {
      await withDatabase(io, "audit verify", async ({ opened }) => {
        const result = await verifyChain(opened.database.db);
        if (result.ok) {
          io.stdout.write(`Chuỗi nhật ký toàn vẹn: ${result.count} sự kiện.\n`);
          return;
        }
        io.stdout.write(
          `Chuỗi nhật ký bị phá vỡ tại sự kiện số ${result.firstBreak!.seq}: ${result.firstBreak!.reason}. ` +
            `${result.count} sự kiện trước đó còn nguyên vẹn.\n`,
        );
        io.exitCode = 1;
      });
    });
}
