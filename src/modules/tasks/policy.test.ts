import { describe, expect, it } from "vitest";
import { actorIn } from "../../../test/support/context.ts";
import { type AssignmentScope, taskPolicy } from "./policy.ts";

// District UBND ▸ (Phòng Nội vụ, Phường 1, Phường 3); the plan is coordinated by Phòng Nội vụ.
const district = { id: "q", lineage: ["q"] };
const pnv = { id: "pnv", lineage: ["q", "pnv"] };
const p1 = { id: "p1", lineage: ["q", "p1"] };
const ptp = { id: "ptp", lineage: ["q", "ptp"] };
const scope: AssignmentScope = { lead: p1, supporters: [ptp], coordinators: [pnv, district] };

const specialistP1 = actorIn("p1", "specialist");
const specialistP3 = actorIn("p3", "specialist");
const coordinatorPnv = actorIn("pnv", "coordinator");
const districtLeader = actorIn("q", "leader");

const ACTIONS = ["read", "report", "contribute", "approve", "coordinate"] as const;
type Action = (typeof ACTIONS)[number];
/** What an actor may do: the actions named, and none of the others. */
const may = (...allowed: Action[]) => Object.fromEntries(ACTIONS.map((a) => [a, allowed.includes(a)]));

describe("who may do what with an assignment", () => {
  it.each([
    ["the lead ward's specialist", specialistP1, may("read", "report", "contribute")],
    ["the lead ward's leader", actorIn("p1", "leader"), may("read", "report", "contribute", "approve")],
    ["another ward's specialist", specialistP3, may()],
    ["the coordinating office's coordinator", coordinatorPnv, may("read", "coordinate")],
    ["the coordinating office's specialist", actorIn("pnv", "specialist"), may("read")],
    ["a supporting unit's specialist", actorIn("ptp", "specialist"), may("read", "contribute")],
    ["the district leader above", districtLeader, may("read", "approve", "coordinate")],
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
