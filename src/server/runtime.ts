// Opening the application's database the way every entry point needs it: embedded PGlite under
// DATA_DIR (guarded by the data-dir lock) or PostgreSQL at DATABASE_URL; migrated before use.
import { type Database, openDatabase } from "../db/client.ts";
import type { Config } from "./config.ts";
import { acquireDataDirLock } from "./data-dir-lock.ts";

export interface OpenedDatabase {
  database: Database;
  close(): Promise<void>;
}

export async function openAppDatabase(
  config: Config,
  purpose: string,
  port: number | null = null,
): Promise<OpenedDatabase> {
  const embedded = !config.databaseUrl;
  const release = embedded ? acquireDataDirLock(config.dataDir, purpose, port) : () => {};
  try {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    await database.migrate();
    return {
      database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
