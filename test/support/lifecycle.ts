// The set-up most test files repeat: a database (or a whole application) made before the file's
// tests and closed after them. Each returns a handle that reads the current one, so tests write
// `database.db` or `t.client()` as before, without their own beforeAll/afterAll.
import { afterAll, beforeAll } from "vitest";
import type { Database, Db } from "../../src/db/client.ts";
import type { Config } from "../../src/server/config.ts";
import { createTestApp, type TestApp } from "./app.ts";
import { createTestDatabase } from "./db.ts";

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
  const current = lifecycle(async () => {
    const database = await createTestDatabase();
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

/** A demo-seeded application for this file's tests. */
export function setupTestApp(overrides: Partial<Config> = {}): Omit<TestApp, "close"> {
  const current = lifecycle(() => createTestApp(overrides));
  return {
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
