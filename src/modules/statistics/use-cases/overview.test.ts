// The statistics' figures are the tasks' own classes: on the demo (with dated work added), on several days (a working day, a
// Sunday, the day after Tết, a year on), the totals, the overdue ages and every unit's counts equal
// what classifying each visible row one by one gives (tasks/use-cases/read.ts) — the fact groups
// lose nothing the rules read. The area is never sideways.
import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorIn, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupDemoDatabase } from "../../../../test/support/lifecycle.ts";
import { lineageFromPath } from "../../../core/access.ts";
import { addDays, type IsoDate } from "../../../core/calendar/index.ts";
import { orgs } from "../../orgs/schema.ts";
import { STATUS_CLASSES } from "../../tasks/contract.ts";
import { countClasses } from "../../tasks/rules/status.ts";
import { assignments } from "../../tasks/schema.ts";
import { classifiedAssignments } from "../../tasks/use-cases/read.ts";
import { AGE_BUCKETS } from "../contract.ts";
import { ageBucketOf } from "../rules/figures.ts";
import { statisticsOf } from "./overview.ts";

// The demo's work in Gò Vấp is undated (checked at reporting periods): dated copies of it are added,
// due on every weekday of 2026 and early 2027 (days off and the Tết break among them), in every
// status, completed before, on, just after (the Monday after a Saturday deadline) or long after.
const STATUSES = ["not_started", "in_progress", "awaiting_approval", "done", "paused"] as const;
const database = setupDemoDatabase(async (db) => {
  const [district] = await db.select().from(orgs).where(eq(orgs.code, "gv.ubnd"));
  const models = await db
    .select()
    .from(assignments)
    .innerJoin(orgs, eq(orgs.id, assignments.leadOrgId))
    .where(like(orgs.path, `%/${district!.id}/%`))
    .limit(40);
  const rows = Array.from({ length: 400 }, (_, i) => {
    const model = models[i % models.length]!.assignments;
    const due = addDays("2026-01-05" as IsoDate, i);
    const status = STATUSES[i % STATUSES.length]!;
    const shift = [-3, 0, 1, 2, 9, 40][i % 6]!;
    const completedOn =
      status === "done" || status === "awaiting_approval" ? addDays(due as IsoDate, shift) : null;
    return {
      directiveId: model.directiveId,
      directiveTaskId: model.directiveTaskId,
      leadOrgId: models[(i * 7) % models.length]!.assignments.leadOrgId,
      title: `Việc có hạn ${i}`,
      dueKind: "date" as const,
      dueDate: due,
      status,
      completedOn,
    };
  });
  await db.insert(assignments).values(rows);
});

async function orgByCode(code: string) {
  const [o] = await database.db.select().from(orgs).where(eq(orgs.code, code));
  return o!;
}

const DAYS = [
  new Date("2026-11-23T03:00:00Z"), // a Monday
  new Date("2026-11-29T03:00:00Z"), // a Sunday
  new Date("2027-02-12T03:00:00Z"), // after the Tết break of 2027
  new Date("2027-12-01T03:00:00Z"), // a year on: most of the demo's work past due
];

describe("statistics over the demo", () => {
  it.each(DAYS)("equals classifying each row one by one on %s", async (now) => {
    const district = await orgByCode("gv.ubnd");
    const ctx = contextFor(database.db, actorIn(district.id, "leader"), now);
    const stats = await statisticsOf(ctx, {});
    expect(stats.focus.id).toBe(district.id);
    const list = await classifiedAssignments(ctx, { classes: [] });
    const paths = new Map(
      (await database.db.select({ id: orgs.id, path: orgs.path }).from(orgs)).map((o) => [o.id, o.path]),
    );
    const inArea = list.items.filter((i) => lineageFromPath(paths.get(i.lead.id)!).includes(district.id));
    expect(inArea.length).toBeGreaterThan(50);
    const { total, ...counts } = countClasses(inArea.map((i) => i.cls));
    expect(stats.totals.counts).toEqual({ ...counts, total });
    const overdue = inArea.filter((i) => i.cls === "overdue");
    const ages = AGE_BUCKETS.map(
      (b) => overdue.filter((i) => !i.checkpoint && ageBucketOf(i.workingDaysOverdue) === b).length,
    );
    expect(stats.overdueByAge.map((a) => a.n)).toEqual([...ages, overdue.filter((i) => i.checkpoint).length]);
    // Work overdue at every age (a year on, all of it over 30 working days), some of it recurring;
    // done on time and late.
    if (now === DAYS.at(-1)) expect(ages.at(-1)).toBeGreaterThan(0);
    else expect(ages.every((n) => n > 0)).toBe(true);
    expect(stats.overdueByAge.at(-1)!.n).toBeGreaterThan(0);
    expect(stats.totals.counts.done_on_time * stats.totals.counts.done_late).toBeGreaterThan(0);
    for (const u of stats.units) {
      const mine = inArea.filter((i) => i.lead.id === u.orgId);
      expect(u.counts, u.name).toEqual(countClasses(mine.map((i) => i.cls)));
    }
    // Quarters hold the dated rows by their due date.
    const dated = inArea.filter((i) => i.dueDate);
    expect(stats.trend.reduce((n, q) => n + q.counts.total, 0)).toBeLessThanOrEqual(dated.length);
    for (const q of stats.trend) {
      const [y, n] = q.key.split("-Q").map(Number);
      const rows = dated.filter(
        (i) => Number(i.dueDate!.slice(0, 4)) === y && Math.ceil(Number(i.dueDate!.slice(5, 7)) / 3) === n,
      );
      expect(q.counts, q.key).toEqual(countClasses(rows.map((i) => i.cls)));
    }
  });

  it("shows a district leader the 16 wards ranked, each with the task list's filter", async () => {
    const district = await orgByCode("gv.ubnd");
    const stats = await statisticsOf(contextFor(database.db, actorIn(district.id, "leader")), {});
    const wardIds = new Set(
      (await database.db.select().from(orgs).where(eq(orgs.kind, "ward")))
        .filter((o) => o.parentId === district.id)
        .map((o) => o.id),
    );
    const wards = stats.units.filter((u) => wardIds.has(u.orgId));
    expect(wardIds.size).toBe(16);
    expect(wards).toHaveLength(16);
    expect(stats.units.filter((u) => !u.own).map((u) => u.rank)).toEqual(
      stats.units.filter((u) => !u.own).map((_, i) => i + 1),
    );
    for (const w of wards) expect(w.filter).toMatchObject({ orgId: w.orgId, involvement: "lead" });
  });

  it("shows a ward official only their ward, and refuses the district and another ward", async () => {
    const p1 = await orgByCode("gv.p1");
    const p3 = await orgByCode("gv.p3");
    const district = await orgByCode("gv.ubnd");
    const ctx = contextFor(database.db, actorIn(p1.id, "specialist"));
    const stats = await statisticsOf(ctx, {});
    expect(stats.focus.id).toBe(p1.id);
    expect(stats.units.map((u) => u.orgId)).toEqual(stats.units.length ? [p1.id] : []);
    expect(stats.up).toBeNull();
    for (const r of stats.reports.periods) for (const b of r.behind) expect(b.orgId).toBe(p1.id);
    await expect(statisticsOf(ctx, { orgId: district.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(statisticsOf(ctx, { orgId: p3.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives the whole tree to the system, Gò Vấp's classes among it", async () => {
    const stats = await statisticsOf(systemContext(database.db), {});
    expect(stats.totals.counts.total).toBeGreaterThan(0);
    expect(STATUS_CLASSES.reduce((n, c) => n + stats.totals.counts[c], 0)).toBe(stats.totals.counts.total);
  });
});
