// A unit merged into another hands over the reports it still owes (as assignments do); the
// schedule lists the successor from then on.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { orgs } from "../../orgs/schema.ts";
import { mergeOrgs } from "../../orgs/use-cases/reorganise.ts";
import { reportObligations, reportSchedules } from "../schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

it("merging Phường 17 into another body moves its open reports to it", async () => {
  const db = t.deps.database.db;
  const code = async (c: string) => (await db.select().from(orgs).where(eq(orgs.code, c)))[0]!;
  const [p17, ptp] = [await code("gv.p17"), await code("gv.ptp")];
  const owed = await db.select().from(reportObligations).where(eq(reportObligations.orgId, p17.id));
  expect(owed.length).toBeGreaterThanOrEqual(2);
  const ctx = { db, actor: null, system: "test", now: t.clock.now };
  await mergeOrgs(ctx, {
    sourceIds: [p17.id],
    successorId: ptp.id,
    people: [],
    effectiveDate: vietnamDate(t.clock.now),
  });
  const moved = await db.select().from(reportObligations).where(eq(reportObligations.orgId, ptp.id));
  expect(moved).toHaveLength(owed.length);
  expect(moved.every((o) => o.movedFromOrgId === p17.id)).toBe(true);
  const [s] = await db.select().from(reportSchedules);
  expect(s!.unitOrgIds).toContain(ptp.id);
  expect(s!.unitOrgIds).not.toContain(p17.id);
});
