// A plan owned by the district People's Committee that charges Phòng Nội vụ with following it
// ("Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan, đơn vị"): Phòng Nội vụ
// follows the whole plan and is told of overdue work, though it is not the plan's owner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/support/db.ts";
import {
  actorNamed,
  createPlan,
  orgIdOf,
  seedTreeAndPeople,
} from "../../../../test/support/tasks-fixtures.ts";
import type { Database } from "../../../db/client.ts";
import { listPlans, planProgress } from "./plans.ts";
import { getAssignment } from "./read.ts";
import { runDailyReminders } from "./remind.ts";

let database: Database;
let plan: Awaited<ReturnType<typeof createPlan>>;
const NOW = new Date("2026-11-23T03:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  await seedTreeAndPeople(database.db);
  plan = await createPlan(database.db, {
    symbol: "4998/KH-UBND",
    title: "Kế hoạch",
    owner: "gv.ubnd",
    issuedOn: "2026-10-05",
    groups: [
      {
        label: "1",
        title: "Nhiệm vụ",
        tasks: [
          {
            title: "Rà soát",
            leads: ["gv.p1", "gv.p3"],
            timeframe: { kind: "deadline", text: "trước ngày 06/11/2026", due: "2026-11-06" },
          },
        ],
      },
    ],
    responsibilities: [
      {
        text: "Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan, đơn vị; tổng hợp báo cáo.",
        leads: ["gv.pnv"],
      },
      { text: "Các cơ quan, đơn vị xây dựng kế hoạch triển khai thực hiện.", leads: ["gv.p1", "gv.p3"] },
      // "Theo dõi" in another sense: not the follow-up of the plan.
      { text: "Theo dõi, chịu trách nhiệm quản lý việc thực hiện công tác tiếp công dân.", leads: ["gv.vp"] },
    ],
  });
});
afterAll(async () => {
  await database.close();
});

describe("the office a plan charges with following it", () => {
  it("lets Phòng Nội vụ follow the plan of the district People's Committee, and not Phòng Tư pháp or Văn phòng", async () => {
    const pnv = await actorNamed(database.db, "noivu.govap");
    const view = await planProgress({ db: database.db, actor: pnv, now: NOW }, plan.directiveId);
    expect(view.directive.coordinatorName).toBe("Phòng Nội vụ quận Gò Vấp; Ủy ban nhân dân quận Gò Vấp");
    expect(view.counts.total).toBe(6);
    const detail = await getAssignment({ db: database.db, actor: pnv, now: NOW }, plan.assignmentIds[0]!);
    expect(detail.permissions.coordinate).toBe(true);
    expect((await listPlans({ db: database.db, actor: pnv, now: NOW }))[0]).toMatchObject({ follows: true });
    const ptp = await actorNamed(database.db, "tuphap.govap");
    await expect(
      planProgress({ db: database.db, actor: ptp, now: NOW }, plan.directiveId),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("tells Phòng Nội vụ of work overdue by M working days", async () => {
    const run = await runDailyReminders(
      { db: database.db, actor: null, system: "test", now: new Date("2026-11-23T00:00:00Z") },
      { mailer: null, publicUrl: "https://thucthi.local" },
    );
    expect(run.escalations).toBe(2);
    const pnv = await actorNamed(database.db, "noivu.govap");
    const { sentToUnit } = await import("../../notifications/use-cases/sent.ts");
    const sent = await sentToUnit(
      { db: database.db, actor: pnv, now: NOW },
      await orgIdOf(database.db, "gv.pnv"),
      {},
    );
    expect(sent[0]!.items.map((i) => i.stage)).toEqual(["escalated", "escalated"]);
  });
});
