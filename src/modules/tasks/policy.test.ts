import { describe, expect, it } from "vitest";
import { actorWith } from "../../../test/support/context.ts";
import { type AssignmentScope, taskPolicy } from "./policy.ts";

// District UBND ▸ (Phòng Nội vụ, Phường 1, Phường 3); the plan is coordinated by Phòng Nội vụ.
const district = { id: "q", lineage: ["q"] };
const pnv = { id: "pnv", lineage: ["q", "pnv"] };
const p1 = { id: "p1", lineage: ["q", "p1"] };
const ptp = { id: "ptp", lineage: ["q", "ptp"] };
const scope: AssignmentScope = { lead: p1, supporters: [ptp], coordinators: [pnv, district] };

const specialistP1 = actorWith([{ orgId: "p1", role: "specialist" }]);
const specialistP3 = actorWith([{ orgId: "p3", role: "specialist" }]);
const leaderP1 = actorWith([{ orgId: "p1", role: "leader" }]);
const coordinatorPnv = actorWith([{ orgId: "pnv", role: "coordinator" }]);
const specialistPnv = actorWith([{ orgId: "pnv", role: "specialist" }]);
const specialistPtp = actorWith([{ orgId: "ptp", role: "specialist" }]);
const districtLeader = actorWith([{ orgId: "q", role: "leader" }]);

describe("who may do what with an assignment", () => {
  it.each([
    [
      "the lead ward's specialist",
      specialistP1,
      { read: true, report: true, contribute: true, approve: false, coordinate: false },
    ],
    [
      "the lead ward's leader",
      leaderP1,
      { read: true, report: true, contribute: true, approve: true, coordinate: false },
    ],
    [
      "another ward's specialist",
      specialistP3,
      { read: false, report: false, contribute: false, approve: false, coordinate: false },
    ],
    [
      "the coordinating office's coordinator",
      coordinatorPnv,
      { read: true, report: false, contribute: false, approve: false, coordinate: true },
    ],
    [
      "the coordinating office's specialist",
      specialistPnv,
      { read: true, report: false, contribute: false, approve: false, coordinate: false },
    ],
    [
      "a supporting unit's specialist",
      specialistPtp,
      { read: true, report: false, contribute: true, approve: false, coordinate: false },
    ],
    [
      "the district leader above",
      districtLeader,
      { read: true, report: false, contribute: false, approve: true, coordinate: true },
    ],
  ])("%s", (_who, actor, expected) => {
    expect({
      read: taskPolicy.read(actor, scope),
      report: taskPolicy.report(actor, scope),
      contribute: taskPolicy.contribute(actor, scope),
      approve: taskPolicy.approve(actor, scope),
      coordinate: taskPolicy.coordinate(actor, scope),
    }).toEqual(expected);
  });

  it("lets the coordinating office follow the whole plan, and not a ward", () => {
    expect(taskPolicy.followPlan(coordinatorPnv, [pnv, district])).toBe(true);
    expect(taskPolicy.followPlan(specialistP1, [pnv, district])).toBe(false);
    expect(taskPolicy.followPlan(districtLeader, [pnv])).toBe(true);
    expect(taskPolicy.followPlan(specialistP3, [district])).toBe(false);
  });
});
