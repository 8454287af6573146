// Two officials saving the same task at once, in two database sessions. On PostgreSQL
// (TEST_DATABASE_URL) the two use cases really overlap: the first holds the row, the second has
// already read the old version and waits; when the first commits, the second's guarded UPDATE finds
// a newer version and answers CONFLICT with the first one's change. On PGlite (one session) the
// same rule is shown with the second save arriving after the first.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/support/db.ts";
import {
  actorNamed,
  createTaskList,
  dueBy,
  seedTreeAndPeople,
} from "../../../../test/support/tasks-fixtures.ts";
import { type Database, openDatabase } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { assignments, assignmentUpdates } from "../schema.ts";
import { addUpdate } from "./report.ts";

const serverUrl = process.env.TEST_DATABASE_URL;
let first: Database;
let second: Database;
let cleanup: () => Promise<void>;
let dbUrl: string | null = null;
let assignmentId: string;

beforeAll(async () => {
  if (serverUrl) {
    const name = `thucthi_conc_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    dbUrl = url.toString();
    first = await openDatabase({ url: dbUrl, poolSize: 2 });
    await first.migrate();
    second = await openDatabase({ url: dbUrl, poolSize: 2 });
    cleanup = async () => {
      await first.close();
      await second.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
  } else {
    first = await createTestDatabase();
    second = first;
    cleanup = () => first.close();
  }
  await seedTreeAndPeople(first.db);
  const plan = await createTaskList(first.db, {
    symbol: "KH-dong-thoi",
    tasks: [dueBy("Báo cáo", ["gv.p1"], "31/12/2026", "2026-12-31")],
  });
  assignmentId = plan.assignmentIds[0]!;
});
afterAll(async () => {
  await cleanup();
});

/** A session of this test's database waiting for a lock (other databases on the server are ignored). */
const WAITING =
  "select 1 from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = current_database()";

async function waitUntil(client: pg.Client, what: string, sqlText: string) {
  for (let i = 0; i < 200; i++) {
    const { rows } = await client.query(sqlText);
    if (rows.length) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("two officials saving the same task at once", () => {
  it("never overwrites silently: the second gets CONFLICT with the first one's change", async () => {
    const specialist = await actorNamed(first.db, "chuyenvien.p1");
    const leader = await actorNamed(first.db, "lanhdao.p1");
    const ctxA: UseCaseContext = { db: first.db, actor: specialist, now: new Date("2026-11-23T03:00:00Z") };
    const ctxB: UseCaseContext = { db: second.db, actor: leader, now: new Date("2026-11-23T03:00:01Z") };
    const saveA = () =>
      addUpdate(ctxA, null, assignmentId, {
        kind: "progress",
        version: 1,
        percent: 80,
        narrative: "Đã gửi báo cáo 6 tháng",
      });
    const saveB = () => addUpdate(ctxB, null, assignmentId, { kind: "progress", version: 1, percent: 10 });

    let a: Awaited<ReturnType<typeof saveA>>;
    let bError: { code: string; message: string; details: { current: { version: number; percent: number } } };
    if (dbUrl) {
      // A third session holds the audit chain's lock, so A stops after its UPDATE, still uncommitted.
      const holder = new pg.Client({ connectionString: dbUrl });
      await holder.connect();
      await holder.query("begin");
      await holder.query("select pg_advisory_xact_lock(7246001)");
      const watcher = new pg.Client({ connectionString: dbUrl });
      await watcher.connect();
      const pendingA = saveA();
      await waitUntil(watcher, "A to wait behind the lock", `${WAITING} and l.locktype = 'advisory'`);
      // B reads version 1 (A has not committed) and waits on the row A updated.
      const pendingB = saveB().catch((e) => e);
      await waitUntil(watcher, "B to wait on A's row", `${WAITING} and l.locktype = 'transactionid'`);
      await holder.query("commit");
      a = await pendingA;
      bError = await pendingB;
      await holder.end();
      await watcher.end();
    } else {
      a = await saveA();
      bError = await saveB().catch((e) => e);
    }
    expect(a.assignment).toMatchObject({ version: 2, percent: 80 });
    expect(bError.code).toBe("CONFLICT");
    expect(bError.message).toContain("Đã gửi báo cáo 6 tháng");
    expect(bError.details.current).toMatchObject({ version: 2, percent: 80 });
    const [row] = await first.db.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(row).toMatchObject({ version: 2, percent: 80 });
    // B's entry was rolled back with its transaction: one progress entry, A's.
    const entries = await first.db
      .select()
      .from(assignmentUpdates)
      .where(eq(assignmentUpdates.assignmentId, assignmentId));
    expect(entries.filter((e) => e.kind === "progress").map((e) => e.percent)).toEqual([80]);
  });
});
