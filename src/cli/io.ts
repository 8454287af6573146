// What a command reads and writes besides its files: the streams, the environment and the exit
// code. The `thucthi` process passes its own (processIo); tests pass captured ones and run the
// commands in their own process (src/cli/run.ts).

/** A stream a command writes to; `false` from write() means wait for "drain" (a full pipe). */
export interface CliOutput {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
  /** A terminal: progress bars are drawn only there. */
  isTTY?: boolean;
}

export interface CliInput extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: CliInput;
  env: NodeJS.ProcessEnv;
  /** Set by a command that reports a failure without an error (e.g. a broken audit chain). */
  exitCode: number;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  exitCode: 0,
});

/** Writes and waits for the stream to take more when it says it is full. */
export const writeAll = (out: CliOutput, chunk: string): Promise<void> =>
  new Promise((resolve) => {
    if (out.write(chunk)) resolve();
    else out.once("drain", resolve);
  });
