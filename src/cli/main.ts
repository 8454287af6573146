// The `thucthi` command. Each sub-command lives in its own file under ./commands and registers
// itself on the program; this file only assembles them.
import { Command } from "commander";
import { CliError } from "./cli-error.ts";
import { registerCommands } from "./commands/index.ts";

const program = new Command("thucthi")
  .description("Thực Thi — theo dõi, đôn đốc thực hiện văn bản chỉ đạo")
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CliError) {
    process.stderr.write(`Lỗi: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  throw err;
}
