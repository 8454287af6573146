// The request caches (docs/decisions/request-caches.md) never answer with stale permissions: a role
// or membership change, a sign-out and a change of the tree are seen by the very next request — on
// PostgreSQL by a second app instance (its own pool) on the same database, as two nodes would be.
import { eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, TestClient } from "../../test/support/app.ts";
import { type Database, openDatabase, rowsOf } from "../db/client.ts";
import { loadCalendar } from "../modules/holiday-schedules/queries.ts";
import { holidaySchedules } from "../modules/holiday-schedules/schema.ts";
import { orgs } from "../modules/orgs/schema.ts";
import { memberships, users } from "../modules/people/schema.ts";
import { assignments } from "../modules/tasks/schema.ts";
import { buildApp } from "./app.ts";

let t: TestApp;
/** The second node: the same database through its own connections (PostgreSQL), or the same app. */
let other: { app: FastifyInstance; database: Database | null };

beforeAll(async () => {
  t = await createTestApp();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    other = { app: t.app, database: null };
    return;
  }
  const [{ name }] = rowsOf<{ name: string }>(
    await t.deps.database.db.execute(sql`select current_database() as name`),
  ) as [{ name: string }];
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 2 });
  const app = await buildApp({ ...t.deps, database }, { serveWeb: false });
  await app.ready();
  other = { app, database };
});
afterAll(async () => {
  if (other.database) {
    await other.app.close();
    await other.database.close();
  }
  await t.close();
});

/** A client of the second node carrying the first one's cookies (the same browser). */
function onOtherNode(c: TestClient): TestClient {
  const copy = new TestClient(other.app, t.clock);
  copy.cookies = { ...c.cookies };
  return copy;
}

const db = () => t.deps.database.db;
async function userId(username: string) {
  const [u] = await db().select({ id: users.id }).from(users).where(eq(users.username, username));
  return u!.id;
}
const roles = async (c: TestClient) =>
  ((await c.get("/api/auth/me")).body as { memberships: Array<{ role: string }> }).memberships.map(
    (m) => m.role,
  );

describe("request caches on several nodes", () => {
  it("sees a role change and a lost membership on the next request", async () => {
    const a = t.client();
    await a.signIn("chuyenvien.p1");
    const b = onOtherNode(a);
    // Both nodes have the session cached.
    for (let i = 0; i < 2; i++) {
      expect(await roles(a)).toEqual(["specialist"]);
      expect(await roles(b)).toEqual(["specialist"]);
    }
    const id = await userId("chuyenvien.p1");
    await db().update(memberships).set({ role: "leader" }).where(eq(memberships.userId, id));
    expect(await roles(b)).toEqual(["leader"]);
    expect(await roles(a)).toEqual(["leader"]);
    await db().delete(memberships).where(eq(memberships.userId, id));
    expect(await roles(b)).toEqual([]);
  });

  it("refuses a signed-out session on every node at once", async () => {
    const a = t.client();
    await a.signIn("chuyenvien.p3");
    const b = onOtherNode(a);
    expect((await b.get("/api/orgs")).status).toBe(200);
    expect((await b.get("/api/orgs")).status).toBe(200);
    const token = { ...a.cookies };
    expect((await a.post("/api/auth/logout")).status).toBeLessThan(300);
    b.cookies = token;
    const after = await b.get("/api/orgs");
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("shows a renamed body in the tree on the next request", async () => {
    const a = t.client();
    await a.signIn("lanhdao.p1");
    const b = onOtherNode(a);
    const tree = async (c: TestClient) =>
      (await c.get("/api/orgs")).body as Array<{ id: string; name: string }>;
    const first = (await tree(b))[1]!;
    await tree(b);
    await tree(a);
    await db().update(orgs).set({ name: "Tên mới sau sáp nhập" }).where(eq(orgs.id, first.id));
    expect((await tree(b)).find((o) => o.id === first.id)?.name).toBe("Tên mới sau sáp nhập");
    expect((await tree(a)).find((o) => o.id === first.id)?.name).toBe("Tên mới sau sáp nhập");
  });

  it("uses a holiday schedule written on another node in the next calendar it loads", async () => {
    const node = other.database?.db ?? db();
    const before = await loadCalendar(node);
    expect(await loadCalendar(node)).toBe(before);
    await db()
      .insert(holidaySchedules)
      .values({ year: 2031, daysOff: [], makeUpWorkingDays: [], sources: [] })
      .onConflictDoNothing();
    expect(await loadCalendar(node)).not.toBe(before);
  });

  it("shows written work in a unit's list and in the plan view on the next request", async () => {
    const ward = t.client();
    await ward.signIn("lanhdao.p1");
    const coordinator = t.client();
    await coordinator.signIn("noivu.govap");
    const orgId = ((await ward.get("/api/auth/me")).body as { actingOrgId: string }).actingOrgId;
    type List = { items: Array<{ id: string; percent: number; directive: { id: string } }> };
    const list = async (c: TestClient) => (await c.get(`/api/assignments?orgId=${orgId}`)).body as List;
    const [plan] = (await coordinator.get("/api/plans")).body as Array<{ id: string }>;
    type Plan = {
      groups: Array<{ tasks: Array<{ assignments: Array<{ id: string; percent: number; cls: string }> }> }>;
    };
    const percentInPlan = async (c: TestClient, id: string) =>
      ((await c.get(`/api/plans/${plan!.id}`)).body as Plan).groups
        .flatMap((g) => g.tasks.flatMap((k) => k.assignments))
        .find((x) => x.id === id)?.percent;
    const [b, bCoordinator] = [onOtherNode(ward), onOtherNode(coordinator)];
    const inPlan = (await coordinator.get(`/api/plans/${plan!.id}`)).body as Plan;
    // Open work: done work shows 100 whatever its last percentage.
    const target = inPlan.groups
      .flatMap((g) => g.tasks.flatMap((k) => k.assignments))
      .find((x) => !x.cls.startsWith("done"))!;
    const mine = (await list(b)).items[0]!;
    // Cached on both nodes.
    for (const c of [ward, b]) await list(c);
    for (const c of [coordinator, bCoordinator]) await percentInPlan(c, target.id);
    const next = (p: number) => (p === 40 ? 60 : 40);
    await db()
      .update(assignments)
      .set({ percent: next(mine.percent) })
      .where(eq(assignments.id, mine.id));
    await db()
      .update(assignments)
      .set({ percent: next(target.percent) })
      .where(eq(assignments.id, target.id));
    for (const c of [b, ward])
      expect((await list(c)).items.find((i) => i.id === mine.id)?.percent).toBe(next(mine.percent));
    for (const c of [bCoordinator, coordinator])
      expect(await percentInPlan(c, target.id)).toBe(next(target.percent));
  });

  it("would list stale work without the work counter's trigger (the rows are really cached)", async () => {
    const a = t.client();
    await a.signIn("lanhdao.p1");
    const orgId = ((await a.get("/api/auth/me")).body as { actingOrgId: string }).actingOrgId;
    const list = async () =>
      (
        (await a.get(`/api/assignments?orgId=${orgId}`)).body as {
          items: Array<{ id: string; percent: number }>;
        }
      ).items;
    const [first] = await list();
    await list();
    await db().execute(sql`drop trigger assignments_bump_work on assignments`);
    try {
      await db()
        .update(assignments)
        .set({ percent: first!.percent === 15 ? 25 : 15 })
        .where(eq(assignments.id, first!.id));
      expect((await list()).find((i) => i.id === first!.id)?.percent).toBe(first!.percent);
    } finally {
      await db().execute(sql`create trigger assignments_bump_work after insert or update or delete or truncate
        on assignments for each statement execute function bump_data_versions('work')`);
    }
  });

  it("would answer stale without the counter's trigger (the cache is really used)", async () => {
    const a = t.client();
    await a.signIn("tuphap.govap");
    expect(await roles(a)).toEqual(["coordinator"]);
    await db().execute(sql`drop trigger memberships_bump_access on memberships`);
    try {
      const id = await userId("tuphap.govap");
      await db().update(memberships).set({ role: "specialist" }).where(eq(memberships.userId, id));
      expect(await roles(a)).toEqual(["coordinator"]);
    } finally {
      await db().execute(sql`create trigger memberships_bump_access after insert or update or delete or truncate
        on memberships for each statement execute function bump_data_versions('access')`);
    }
  });
});
