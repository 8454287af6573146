// A fresh database for one test file: a copy of this run's migrated (or demo-seeded) template —
// in-memory PGlite loaded from a dumped data directory by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (created from a template database, dropped on
// close) — so that every test file and every worker has its own. Outside a Vitest run (benchmarks)
// there are no templates, and the database is built from the migrations.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { databaseUrl, type Templates, templateExists } from "./templates.ts";

async function runTemplates(): Promise<Templates | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import("vitest");
  const raw = inject("dbTemplates");
  if (!raw) return null;
  const templates = JSON.parse(raw) as Templates;
  const expected = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
  return templates.engine === expected && templateExists(templates) ? templates : null;
}

const pgliteFrom = (file: string): Promise<Database> =>
  openDatabase({ loadDataDir: new Blob([readFileSync(file)]) });

async function serverDatabase(serverUrl: string, template: string | null): Promise<Database> {
  const name = `thucthi_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ""}`);
  await admin.end();
  const database = await openDatabase({ url: databaseUrl(serverUrl, name), poolSize: 8 });
  if (!template) await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function copyOf(which: "migrated" | "demo" | null): Promise<Database> {
  const templates = which ? await runTemplates() : null;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) return serverDatabase(serverUrl, templates && which ? templates[which] : null);
  if (templates && which) return pgliteFrom(templates[which]);
  const database = await openDatabase();
  await database.migrate();
  return database;
}

/** An empty, migrated database. */
export const createTestDatabase = (): Promise<Database> => copyOf("migrated");

/**
 * A database holding the demo as this project's template seeded it (test/support/demo-seeds.ts),
 * or null when the run has no template (then the caller seeds it).
 */
export async function createDemoDatabase(): Promise<Database | null> {
  return (await runTemplates())?.demo ? copyOf("demo") : null;
}

export const usingPostgresServer = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
