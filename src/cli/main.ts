// The `thucthi` command: the program (src/cli/run.ts) on this process's arguments and streams.
// Each sub-command lives in its own file under ./commands and registers itself on the program.
import { processIo } from "./io.ts";
import { runCli } from "./run.ts";

process.exitCode = await runCli(process.argv.slice(2), processIo());
