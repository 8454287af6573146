// Opens the database: embedded PGlite under DATA_DIR by default (so `npm start` needs no server),
// or a real PostgreSQL server when a postgres:// URL is given. Same schema, same migrations.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";

/** A database or a transaction: every query function takes this, so it runs inside either. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Engine = "pglite" | "postgres";

export interface Database {
  db: Db;
  engine: Engine;
  /** Applies the committed migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when there is one (used by backup and tests). */
  pglite?: PGlite;
}

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

export interface OpenOptions {
  /** postgres://... selects a server; anything else (or nothing) selects PGlite. */
  url?: string | undefined;
  /** Folder for PGlite's files; omitted = in memory (tests). */
  dataDir?: string | undefined;
  /** Connections in the pool on a server. */
  poolSize?: number;
  /** An in-memory PGlite starts from this dumped data directory (tests copy a migrated one). */
  loadDataDir?: Blob | undefined;
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection that the server closes (restart, failover) must not crash the process:
    // the pool drops it and opens a new one on the next query.
    pool.on("error", (err) => {
      if ((err as { code?: string }).code !== "57P01")
        console.error("PostgreSQL: kết nối nhàn rỗi bị lỗi:", err.message);
    });
    // Fail now, with the server's message, rather than on the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzleNodePg(pool) as unknown as Db;
    return {
      db,
      engine: "postgres",
      migrate: () => migrateNodePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  let pglite: PGlite;
  if (options.dataDir) {
    const dir = join(resolve(options.dataDir), "pglite");
    mkdirSync(dirname(dir), { recursive: true });
    pglite = new PGlite(dir);
  } else {
    pglite = new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  await pglite.waitReady;
  const db = drizzlePglite(pglite) as unknown as Db;
  return {
    db,
    engine: "pglite",
    pglite,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => pglite.close(),
  };
}

/** Rows of a raw `db.execute(sql)` result, on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
