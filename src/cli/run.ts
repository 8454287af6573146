// Runs the `thucthi` program on arguments with the given streams and returns its exit code, never
// calling process.exit: bin/thucthi.js runs it on the process's own, tests in their own process.
import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error.ts";
import { registerCommands } from "./commands/index.ts";
import type { CliIo } from "./io.ts";

/** `argv` without node and the script: e.g. ["audit", "verify"]. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // A new program per run: commander keeps the parsed options on it.
  const program = new Command("thucthi")
    .description("Thực Thi — theo dõi, đôn đốc thực hiện văn bản chỉ đạo")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  registerCommands(program, io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return io.exitCode;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`Lỗi: ${err.message}\n`);
      return err.exitCode;
    }
    // Commander has already written its message (unknown option, missing argument, --help).
    if (err instanceof CommanderError) return err.exitCode;
    throw err;
  }
}
