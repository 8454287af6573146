// Runs a CLI command against the configured database (PGlite under DATA_DIR, or DATABASE_URL),
// migrated, and closes it after. Refuses clearly when a running server holds the embedded database.
import { createSecretBox, type SecretBox } from "../modules/auth/adapters/secret-box.ts";
import { type Config, loadConfig } from "../server/config.ts";
import { DataDirBusyError } from "../server/data-dir-lock.ts";
import { type OpenedDatabase, openAppDatabase } from "../server/runtime.ts";
import { CliError } from "./cli-error.ts";
import type { CliIo } from "./io.ts";

export interface CommandEnv {
  config: Config;
  opened: OpenedDatabase;
  box: SecretBox;
}

export async function withDatabase<T>(
  io: CliIo,
  purpose: string,
  fn: (env: CommandEnv) => Promise<T>,
  overrides: Partial<Config> = {},
): Promise<T> {
  const config = loadConfig(io.env, overrides);
  let opened: OpenedDatabase;
  try {
    opened = await openAppDatabase(config, purpose);
  } catch (e) {
    if (e instanceof DataDirBusyError) throw new CliError(e.message, 3);
    throw new CliError(`Không mở được cơ sở dữ liệu: ${(e as Error).message}`, 2);
  }
  try {
    return await fn({ config, opened, box: createSecretBox(config.secretKey) });
  } finally {
    await opened.close();
  }
}

/** A progress bar on stderr when it is a terminal; silent otherwise (stdout stays clean). */
export async function progressBar(io: CliIo, total: number) {
  if (!io.stderr.isTTY) return { update: (_n: number, _label?: string) => {}, stop: () => {} };
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = new SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: "{bar} {percentage}% | {value}/{total} | {label}",
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { label: "" });
  return { update: (n: number, label = "") => bar.update(n, { label }), stop: () => bar.stop() };
}
