// The set-up most test files repeat: a database (or a whole application) made before the file's
// tests and closed after them. Each returns a handle that reads the current one, so tests write
// `database.db` or `t.client()` as before, without their own beforeAll/afterAll.
import { afterAll, beforeAll } from "vitest";
import type { Actor } from "../../src/core/access.ts";
import type { Database, Db } from "../../src/db/client.ts";
import { orgs } from "../../src/modules/orgs/schema.ts";
import { users } from "../../src/modules/people/schema.ts";
import type { UseCaseContext } from "../../src/modules/shared/context.ts";
import type { Config } from "../../src/server/config.ts";
import { createTestApp, type TestApp, type TestClient } from "./app.ts";
import { contextFor, systemContext } from "./context.ts";
import { createTestDatabase } from "./db.ts";
import { openDemoDatabase } from "./demo-database.ts";
import { UNIT_DEMO } from "./demo-seeds.ts";
import { actorNamed, seedTreeAndPeople } from "./tasks-fixtures.ts";

function lifecycle<T extends { close(): Promise<void> }>(open: () => Promise<T>): () => T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await open();
  });
  afterAll(async () => {
    await current?.close();
  });
  return () => {
    if (!current) throw new Error("Used outside a test: the set-up runs in beforeAll");
    return current;
  };
}

/** A fresh migrated database for this file's tests; `seed` runs once after it is made. */
export function setupTestDatabase(seed?: (db: Db) => Promise<unknown>): Pick<Database, "db" | "engine"> {
  return databaseHandle(createTestDatabase, seed);
}

/** A database holding the whole demo (openDemoDatabase) for this file's tests; then `arrange`. */
export function setupDemoDatabase(arrange?: (db: Db) => Promise<unknown>): Pick<Database, "db" | "engine"> {
  return databaseHandle(openDemoDatabase, arrange);
}

function databaseHandle(
  open: () => Promise<Database>,
  seed?: (db: Db) => Promise<unknown>,
): Pick<Database, "db" | "engine"> {
  const current = lifecycle(async () => {
    const database = await open();
    await seed?.(database.db);
    return database;
  });
  return {
    get db() {
      return current().db;
    },
    get engine() {
      return current().engine;
    },
  };
}

export interface TreeAndPeople extends Pick<Database, "db" | "engine"> {
  /** A demo account as the access rules see it, read once after the seed. */
  actor(username: string): Actor;
  /** The id of a body of the demo tree by its code (demo/orgs.json). */
  orgId(code: string): string;
  /** The ids of several bodies, in the order of their codes. */
  orgIds<const C extends string[]>(...codes: C): { [K in keyof C]: string };
  /** The system's context (no actor), at the demo's clock unless told. */
  system(now?: Date): UseCaseContext;
  /** A demo account's context, at the demo's clock unless told. */
  as(username: string, now?: Date): UseCaseContext;
}

/**
 * A database holding the demo tree and accounts but none of the demo's plans (so that a file's
 * counts are its own), then what `arrange` adds; every account's actor and every body's id are
 * read once, before `arrange`.
 */
export function setupTreeAndPeople(arrange?: (db: Db) => Promise<unknown>): TreeAndPeople {
  const actors = new Map<string, Actor>();
  const orgIds = new Map<string, string>();
  const database = setupTestDatabase(async (db) => {
    await seedTreeAndPeople(db);
    for (const u of await db.select({ username: users.username }).from(users))
      actors.set(u.username, await actorNamed(db, u.username));
    for (const o of await db.select({ id: orgs.id, code: orgs.code }).from(orgs))
      if (o.code) orgIds.set(o.code, o.id);
    await arrange?.(db);
  });
  const known = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`fixture: no ${key} in the demo`);
    return value;
  };
  return {
    get db() {
      return database.db;
    },
    get engine() {
      return database.engine;
    },
    actor: (username) => known(actors, username),
    orgId: (code) => known(orgIds, code),
    orgIds: <const C extends string[]>(...codes: C) =>
      codes.map((code) => known(orgIds, code)) as { [K in keyof C]: string },
    system: (now = UNIT_DEMO.now) => systemContext(database.db, now),
    as: (username, now = UNIT_DEMO.now) => contextFor(database.db, known(actors, username), now),
  };
}

export interface TestAppHandle extends Omit<TestApp, "close"> {
  /** A new client signed in as a demo account (with its TOTP code if it has one); throws if refused. */
  signedIn(username: string): Promise<TestClient>;
}

/** A demo-seeded application for this file's tests. */
export function setupTestApp(overrides: Partial<Config> = {}): TestAppHandle {
  const current = lifecycle(() => createTestApp(overrides));
  return {
    async signedIn(username) {
      const client = current().client();
      const res = await client.signIn(username);
      if (res.status !== 200) throw new Error(`${username} could not sign in: ${res.status}`);
      return client;
    },
    get app() {
      return current().app;
    },
    get deps() {
      return current().deps;
    },
    get clock() {
      return current().clock;
    },
    client: () => current().client(),
  };
}

/** An application with its own configuration for one test, closed after it whatever happens. */
export async function withTestApp<T>(
  overrides: Partial<Config>,
  use: (app: TestApp) => Promise<T>,
): Promise<T> {
  const app = await createTestApp(overrides);
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}
