// The read rule is written once (policy.ts, readableOrgs) and used twice: by taskPolicy.read for one
// assignment, and as SQL by the lists (visibleTo). These tests prove that both give the same answer
// for every demo account and a few made-up ones, on a plan with supporters and a follow-up body.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actorWith } from "../../../../test/support/context.ts";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createTaskList } from "../../../../test/support/tasks-fixtures.ts";
import { type Actor, canReadOrgRecords, lineageFromPath } from "../../../core/access.ts";
import { rowsOf } from "../../../db/client.ts";
import { followUpOrgOf } from "../../directives/rules/follow-up.ts";
import { directiveTasks } from "../../directives/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import { users } from "../../people/schema.ts";
import { readableOrgs, readsOrg, taskPolicy } from "../policy.ts";
import { assignmentRows } from "./rows.ts";
import { scopeOf } from "./scope.ts";
import { readableOrgIds } from "./visibility.ts";

const timeframe = { kind: "deadline" as const, text: "trước ngày 31/12/2026", due: "2026-12-31" };
const database = setupTreeAndPeople(async (db) => {
  await createTaskList(db, {
    symbol: "12/KH-UBND",
    title: "Kế hoạch của quận, Phòng Nội vụ theo dõi",
    owner: "gv.ubnd",
    issuedOn: "2026-10-05",
    tasks: [
      { title: "Rà soát", leads: ["gv.p1", "gv.p3"], supports: ["gv.ptp"], timeframe },
      { title: "Tổng hợp", leads: ["gv.vp"], timeframe },
    ],
    responsibilities: [
      {
        text: "Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan, đơn vị.",
        leads: ["gv.pnv"],
      },
    ],
  });
  await createTaskList(db, {
    symbol: "13/KH-PTP",
    title: "Kế hoạch của Phòng Tư pháp",
    owner: "gv.ptp",
    issuedOn: "2026-10-05",
    tasks: [{ title: "Phổ biến", leads: ["gv.p1"], timeframe }],
  });
});
const actors: Array<[string, Actor]> = [];

beforeAll(async () => {
  for (const u of await database.db.select({ username: users.username }).from(users))
    actors.push([u.username, database.actor(u.username)]);
  const [p1, pnv, ubnd] = database.orgIds("gv.p1", "gv.pnv", "gv.ubnd");
  actors.push(
    ["no memberships", actorWith([])],
    [
      "a ward specialist and a district office leader",
      actorWith([
        { orgId: p1, role: "specialist" },
        { orgId: pnv, role: "leader" },
      ]),
    ],
    ["a district specialist", actorWith([{ orgId: ubnd, role: "specialist" }])],
  );
});

describe("one read rule for the policy and the SQL", () => {
  it("reads the same bodies in SQL as readsOrg and core/access.ts", async () => {
    const all = await database.db.select({ id: orgs.id, path: orgs.path }).from(orgs);
    for (const [who, actor] of actors) {
      const subquery = readableOrgIds(actor);
      const inSql = subquery
        ? rowsOf<{ id: string }>(await database.db.execute(sql`${subquery}`)).map((r) => r.id)
        : all.map((o) => o.id);
      const refs = all.map((o) => ({ id: o.id, lineage: lineageFromPath(o.path) }));
      const byPolicy = refs.filter((o) => readsOrg(readableOrgs(actor), o)).map((o) => o.id);
      const byCore = refs.filter((o) => canReadOrgRecords(actor, o)).map((o) => o.id);
      expect(new Set(inSql), who).toEqual(new Set(byPolicy));
      expect(new Set(byCore), who).toEqual(new Set(byPolicy));
    }
  });

  it("lists exactly the assignments taskPolicy.read lets each official open", async () => {
    const rows = await assignmentRows(database.db, { actor: null });
    const scopes = await Promise.all(rows.map((r) => scopeOf(database.db, r)));
    let readers = 0;
    for (const [who, actor] of actors) {
      const listed = (await assignmentRows(database.db, { actor })).map((r) => r.id).sort();
      const readable = rows.filter((_, i) => taskPolicy.read(actor, scopes[i]!)).map((r) => r.id);
      expect(listed, who).toEqual(readable.sort());
      if (listed.length) readers++;
    }
    // Not a vacuous agreement: some read some work, others none.
    expect(readers).toBeGreaterThan(3);
    expect(readers).toBeLessThan(actors.length);
  });
});

describe("the follow-up body as data", () => {
  const duties = () =>
    database.db
      .select({
        id: directiveTasks.id,
        kind: directiveTasks.kind,
        leadOrgIds: directiveTasks.leadOrgIds,
        text: directiveTasks.text,
        followUpOrgId: directiveTasks.followUpOrgId,
      })
      .from(directiveTasks);

  it("is what the rule decides for every written duty, and follows an edit of its text", async () => {
    const rows = await duties();
    for (const r of rows) expect(r.followUpOrgId, r.text).toBe(followUpOrgOf(r));
    const [pnv] = database.orgIds("gv.pnv");
    const followed = rows.filter((r) => r.followUpOrgId);
    expect(followed.map((r) => r.followUpOrgId)).toEqual([pnv]);
    // A write of the row decides again: the column is never stale.
    await database.db
      .update(directiveTasks)
      .set({ text: "Phòng Nội vụ theo dõi, chịu trách nhiệm quản lý công tác tiếp công dân." })
      .where(eq(directiveTasks.id, followed[0]!.id));
    expect((await duties()).find((r) => r.id === followed[0]!.id)?.followUpOrgId).toBeNull();
    await database.db
      .update(directiveTasks)
      .set({ text: followed[0]!.text })
      .where(eq(directiveTasks.id, followed[0]!.id));
    expect((await duties()).find((r) => r.id === followed[0]!.id)?.followUpOrgId).toBe(pnv);
  });
});
