import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { systemContext } from "../../../test/support/context.ts";
import { setupTreeAndPeople } from "../../../test/support/lifecycle.ts";
import { createPlan, DEMO_WARDS, PLAN_4998 } from "../../../test/support/tasks-fixtures.ts";
import type { Db } from "../../db/client.ts";
import { createSecretBox } from "../auth/adapters/secret-box.ts";
import { orgs } from "../orgs/schema.ts";
import { users } from "../people/schema.ts";
import { DEMO_DIR } from "../shared/demo-step.ts";
import { taskDemoStep } from "./demo.ts";
import { assignments, assignmentUpdates } from "./schema.ts";
import { planProgress } from "./use-cases/plans.ts";

const NOW = new Date("2026-11-23T03:00:00Z");
const PLAN = {
  ...PLAN_4998,
  issuedOn: "2023-10-05",
  groups: [
    {
      label: "1",
      title: "Nhiệm vụ",
      tasks: [
        {
          title: "Quán triệt",
          leads: DEMO_WARDS,
          timeframe: { kind: "deadline" as const, text: "Quý IV/2023", due: "2023-12-31" },
        },
        {
          title: "Rà soát",
          leads: DEMO_WARDS,
          timeframe: { kind: "period" as const, text: "Năm 2024", due: "2024-12-31" },
        },
        {
          title: "Tuyên truyền",
          leads: DEMO_WARDS,
          timeframe: { kind: "ongoing" as const, text: "Thường xuyên", due: null },
        },
        {
          title: "Sơ kết",
          leads: DEMO_WARDS,
          timeframe: { kind: "period" as const, text: "Năm 2027", due: "2027-12-31" },
        },
      ],
    },
  ],
};

/** On the tree and accounts: a plan, then the demo's progress on it (each database the same way). */
async function arrange(db: Db) {
  await createPlan(db, PLAN);
  await taskDemoStep.run(systemContext(db, NOW), {
    box: createSecretBox(Buffer.alloc(32, 1)),
    dir: DEMO_DIR,
    log: () => {},
  });
}

const outcome = async (db: Db) =>
  (
    await db
      .select({
        title: assignments.title,
        code: orgs.code,
        status: assignments.status,
        percent: assignments.percent,
        completedOn: assignments.completedOn,
      })
      .from(assignments)
      .innerJoin(orgs, eq(orgs.id, assignments.leadOrgId))
      .orderBy(asc(assignments.title), asc(orgs.code))
  ).map((r) => `${r.title}|${r.code}|${r.status}|${r.percent}|${r.completedOn}`);

const a = setupTreeAndPeople(arrange);
const b = setupTreeAndPeople(arrange);

describe("demo progress", () => {
  it("spreads the demo plan over every class the screens show", async () => {
    const view = await planProgress(
      { db: a.db, actor: null, system: "test", now: NOW },
      (await a.db.select().from(assignments))[0]!.directiveId,
    );
    expect(view.counts.total).toBe(64);
    for (const c of ["done_on_time", "done_late", "in_progress_on_time", "overdue", "not_started"] as const)
      expect(view.counts[c], c).toBeGreaterThan(0);
  });

  it("is deterministic: two fresh databases get the same progress", async () => {
    expect(await outcome(a.db)).toEqual(await outcome(b.db));
  });

  it("dates progress between the plan's date and today, in order; a deadline moves only by a recorded extension", async () => {
    const entries = await a.db
      .select()
      .from(assignmentUpdates)
      .orderBy(asc(assignmentUpdates.assignmentId), asc(assignmentUpdates.at));
    for (const e of entries) {
      expect(e.at.getTime()).toBeLessThan(NOW.getTime());
      expect(e.at.toISOString() >= "2023-10-05").toBe(true);
    }
    const firsts = new Map<string, string>();
    for (const e of entries) if (!firsts.has(e.assignmentId)) firsts.set(e.assignmentId, e.kind);
    expect(new Set(firsts.values())).toEqual(new Set(["created"]));
    // The documents' time frames stay as written; a deadline that passed long ago may have been
    // extended by the coordinator, and then the timeline says from which day, to which, and why.
    const written = new Map(PLAN.groups[0]!.tasks.map((t) => [t.title, t.timeframe]));
    const rows = await a.db.select().from(assignments);
    let extended = 0;
    for (const r of rows) {
      const tf = written.get(r.title)!;
      expect(r.dueText).toBe(tf.text);
      if (r.dueDate === tf.due) continue;
      extended++;
      expect(tf.due! < "2026-11-23", r.title).toBe(true);
      expect(r.dueDate! > tf.due!).toBe(true);
      const note = entries.find((e) => e.assignmentId === r.id && e.kind === "comment");
      expect(note?.data).toMatchObject({ dueFrom: tf.due, dueTo: r.dueDate, reason: "extended" });
      expect(note?.narrative).toMatch(/^Gia hạn: .* Lý do: ./);
    }
    expect(extended).toBeGreaterThan(0);
    expect(rows.filter((r) => r.title === "Sơ kết").every((r) => r.dueDate === "2027-12-31")).toBe(true);
  });

  it("gives the demo accounts their e-mail addresses", async () => {
    const [u] = await a.db.select().from(users).where(eq(users.username, "chuyenvien.p1"));
    expect(u!.email).toBe("chuyenvien.p1@thucthi.local");
  });
});
