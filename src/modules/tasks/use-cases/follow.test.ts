// A plan owned by the district People's Committee that charges Phòng Nội vụ with following it
// ("Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan, đơn vị"): Phòng Nội vụ
// follows the whole plan and is told of overdue work, though it is not the plan's owner.
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createTaskList } from "../../../../test/support/tasks-fixtures.ts";
import { sentToUnit } from "../../notifications/use-cases/sent.ts";
import { listPlans, planProgress } from "./plans.ts";
import { getAssignment } from "./read.ts";
import { runDailyReminders } from "./remind.ts";

let plan: Awaited<ReturnType<typeof createTaskList>>;
const tree = setupTreeAndPeople(async (db) => {
  plan = await createTaskList(db, {
    symbol: "4998/KH-UBND",
    owner: "gv.ubnd",
    issuedOn: "2026-10-05",
    tasks: [
      {
        title: "Rà soát",
        leads: ["gv.p1", "gv.p3"],
        timeframe: { kind: "deadline", text: "trước ngày 06/11/2026", due: "2026-11-06" },
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

describe("the office a plan charges with following it", () => {
  it("lets Phòng Nội vụ follow the plan of the district People's Committee, and not Phòng Tư pháp or Văn phòng", async () => {
    const view = await planProgress(tree.as("noivu.govap"), plan.directiveId);
    expect(view.directive.coordinatorName).toBe("Phòng Nội vụ quận Gò Vấp; Ủy ban nhân dân quận Gò Vấp");
    expect(view.counts.total).toBe(6);
    const detail = await getAssignment(tree.as("noivu.govap"), plan.assignmentIds[0]!);
    expect(detail.permissions.coordinate).toBe(true);
    expect((await listPlans(tree.as("noivu.govap")))[0]).toMatchObject({ follows: true });
    await expect(planProgress(tree.as("tuphap.govap"), plan.directiveId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("tells Phòng Nội vụ of work overdue by M working days", async () => {
    const run = await runDailyReminders(tree.system(new Date("2026-11-23T00:00:00Z")), {
      mailer: null,
      publicUrl: "https://thucthi.local",
    });
    expect(run.escalations).toBe(2);
    const sent = await sentToUnit(tree.as("noivu.govap"), tree.orgId("gv.pnv"), {});
    expect(sent[0]!.items.map((i) => i.stage)).toEqual(["escalated", "escalated"]);
  });
});
