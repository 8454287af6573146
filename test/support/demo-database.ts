// The demo as the API and use-case tests see it (UNIT_DEMO of demo-seeds.ts), for tests that work on
// the demo's data without an application: the run's template copied when there is one, else seeded.
import type { Database } from "../../src/db/client.ts";
import { seedDemo } from "../../src/demo/seed.ts";
import { createSecretBox } from "../../src/modules/auth/adapters/secret-box.ts";
import { createDemoDatabase, createTestDatabase } from "./db.ts";
import { UNIT_DEMO } from "./demo-seeds.ts";

/** A database holding the whole demo (tree, accounts, documents and plans). */
export async function openDemoDatabase(): Promise<Database> {
  const copy = await createDemoDatabase();
  if (copy) return copy;
  const database = await createTestDatabase();
  const ctx = { db: database.db, actor: null, system: UNIT_DEMO.system, now: UNIT_DEMO.now };
  await seedDemo(ctx, createSecretBox(UNIT_DEMO.secretKey));
  return database;
}
