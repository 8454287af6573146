// Runs the `thucthi` command in tests: in this process (runCli with captured streams, about a
// millisecond of start-up) for the commands' logic, or as a child process (`node bin/thucthi.js`,
// about a second: tsx compiles the sources) for one smoke test per command.
import { execFile } from "node:child_process";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CliIo, CliOutput } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/run.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to (or, when undefined, removed from) this process's environment. */
  env?: NodeJS.ProcessEnv;
  stdin?: string;
}

const BIN = fileURLToPath(new URL("../../bin/thucthi.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const environment = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env = { ...process.env, ...extra };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
};

function captured(): CliOutput & { text: string } {
  return {
    text: "",
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
    once: () => undefined,
  };
}

/** `thucthi ARGS...` in this process. */
export async function thucthi(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const stdout = captured();
  const stderr = captured();
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(options.stdin ?? "")]),
    env: environment(options.env),
    exitCode: 0,
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** `node bin/thucthi.js ARGS...` as a child process, from the repository's root. */
export function thucthiSpawned(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: environment(options.env), maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === "number" ? code : 1, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}
