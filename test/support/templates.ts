// Databases built once per test run and copied by every test file, instead of each file running
// every migration (and seeding the whole demo) again: a dumped data directory for PGlite, a template
// database on a PostgreSQL server. Built by test/support/global-setup.ts, removed when the run ends.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/client.ts";

/** The demo as each kind of test sees it: the secret key its config uses, and the seed's clock. */
export interface DemoSeed {
  secretKey: Buffer;
  now: Date;
  system: string;
}

export interface Templates {
  /** PGlite: files holding a dumped data directory. PostgreSQL: template database names. */
  engine: "pglite" | "postgres";
  migrated: string;
  demo: string;
}

const CACHE = resolve(fileURLToPath(new URL("../../node_modules/.cache/thucthi-tests", import.meta.url)));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A folder for this run's dumps; folders of runs that died without cleaning up are removed. */
function runFolder(name: string): string {
  mkdirSync(CACHE, { recursive: true });
  for (const entry of readdirSync(CACHE)) {
    const pid = Number(/^run-(\d+)-/.exec(entry)?.[1]);
    if (pid && pid !== process.pid && !alive(pid))
      rmSync(join(CACHE, entry), { recursive: true, force: true });
  }
  const dir = join(CACHE, `run-${process.pid}-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return dir;
}

/**
 * Seeds the demo; false (with a warning) when the application does not load or seed, so that the
 * tests still run, each file then seeding its own and failing with the real error where it matters.
 */
async function seed(database: Database, demo: DemoSeed): Promise<boolean> {
  try {
    // Imported here, not above: the empty template needs only the migrations.
    const { seedDemo } = await import("../../src/demo/seed.ts");
    const { createSecretBox } = await import("../../src/modules/auth/adapters/secret-box.ts");
    const ctx = { db: database.db, actor: null, system: demo.system, now: demo.now };
    await seedDemo(ctx, createSecretBox(demo.secretKey));
    return true;
  } catch (e) {
    console.warn(`Không tạo được mẫu dữ liệu trình diễn cho kiểm thử: ${(e as Error).message}`);
    return false;
  }
}

async function dumpTo(database: Database, file: string): Promise<void> {
  const blob = await database.pglite!.dumpDataDir("none");
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
}

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const databaseUrl = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Builds this run's templates; returns them and the function that removes them. */
export async function buildTemplates(
  name: string,
  demo: DemoSeed,
): Promise<{ templates: Templates; remove: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = runFolder(name);
    const templates: Templates = {
      engine: "pglite",
      migrated: join(dir, "migrated"),
      demo: join(dir, "demo"),
    };
    const database = await openDatabase();
    await database.migrate();
    await dumpTo(database, templates.migrated);
    if (await seed(database, demo)) await dumpTo(database, templates.demo);
    else templates.demo = "";
    await database.close();
    return { templates, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const prefix = `thucthi_tpl_${process.pid}_${name.replace(/\W/g, "")}`;
  const templates: Templates = { engine: "postgres", migrated: `${prefix}_migrated`, demo: `${prefix}_demo` };
  const drop = () =>
    onServer(serverUrl, async (c) => {
      for (const db of [templates.demo, templates.migrated]) {
        await c.query(`drop database if exists ${db} with (force)`);
      }
    });
  await drop();
  await onServer(serverUrl, (c) => c.query(`create database ${templates.migrated}`));
  let database = await openDatabase({ url: databaseUrl(serverUrl, templates.migrated), poolSize: 2 });
  await database.migrate();
  await database.close();
  await onServer(serverUrl, (c) =>
    c.query(`create database ${templates.demo} template ${templates.migrated}`),
  );
  database = await openDatabase({ url: databaseUrl(serverUrl, templates.demo), poolSize: 2 });
  if (!(await seed(database, demo))) templates.demo = "";
  await database.close();
  return { templates, remove: drop };
}

export const templateExists = (t: Templates): boolean => t.engine === "postgres" || existsSync(t.migrated);
