import { describe, expect, it } from "vitest";
import { actorIn } from "../../../test/support/context.ts";
import { directivePolicy } from "./policy.ts";

// A small tree: district (d) above ward (w); another district (o).
const district = { id: "d", lineage: ["c", "d"] };
const ward = { id: "w", lineage: ["c", "d", "w"] };
const other = { id: "o", lineage: ["c", "o"] };
const draft = (owner: typeof district) => ({ status: "draft" as const, owner });

const leader = actorIn("d", "leader");
const coordinator = actorIn("d", "coordinator");
const specialist = actorIn("d", "specialist");
const wardSpecialist = actorIn("w", "specialist");
const admin = actorIn("o", "admin");

describe("directive policy", () => {
  it.each([
    ["a confirmed document", { status: "confirmed" as const, owner: district }, wardSpecialist, true],
    ["a stub", { status: "stub" as const, owner: null }, wardSpecialist, true],
    ["its own body's draft", draft(district), specialist, true],
    ["a draft of a body it supervises", draft(ward), leader, true],
    ["a draft of the body above it", draft(district), wardSpecialist, false],
    ["a draft of another district", draft(other), leader, false],
  ])("reading %s: %s", (_what, doc, actor, allowed) => {
    expect(directivePolicy.read(actor, doc)).toBe(allowed);
  });

  it("lets nobody who is not signed in read anything", () => {
    expect(directivePolicy.read(null, { status: "confirmed", owner: district })).toBe(false);
  });

  it("lets a member of the owner body import, and not a supervisor above it", () => {
    expect(directivePolicy.import(specialist, district)).toBe(true);
    expect(directivePolicy.import(leader, ward)).toBe(false);
    expect(directivePolicy.import(admin, ward)).toBe(true);
  });

  it("lets leaders and coordinators confirm at their body or below, and not specialists", () => {
    expect(directivePolicy.confirm(leader, draft(district))).toBe(true);
    expect(directivePolicy.confirm(coordinator, draft(ward))).toBe(true);
    expect(directivePolicy.confirm(specialist, draft(district))).toBe(false);
    expect(directivePolicy.confirm(wardSpecialist, draft(ward))).toBe(false);
  });

  it("allows review edits only on drafts, by the owner body and its supervisors", () => {
    expect(directivePolicy.review(specialist, draft(district))).toBe(true);
    expect(directivePolicy.review(leader, { status: "confirmed", owner: district })).toBe(false);
    expect(directivePolicy.review(wardSpecialist, draft(district))).toBe(false);
  });

  it("lets the plan's own body decide what its tasks cover", () => {
    expect(directivePolicy.decideCoverage(wardSpecialist, ward)).toBe(true);
    expect(directivePolicy.decideCoverage(wardSpecialist, district)).toBe(false);
    expect(directivePolicy.decideCoverage(leader, null)).toBe(false);
  });
});
