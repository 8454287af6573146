import { describe, expect, it } from "vitest";
import type { Actor, Membership } from "../../core/access.ts";
import { type CaseScope, casePolicy, caseRefusal } from "./policy.ts";

const DISTRICT = "d";
const ward = { id: "w1", lineage: ["root", DISTRICT, "w1"] };
const actor = (userId: string, ...memberships: Membership[]): Actor => ({
  userId,
  username: userId,
  fullName: userId,
  isAdmin: false,
  memberships,
  actingOrgId: memberships[0]?.orgId ?? null,
});
const specialist = actor("s", { orgId: "w1", role: "specialist" });
const wardLeader = actor("l", { orgId: "w1", role: "leader" });
const otherWard = actor("o", { orgId: "w2", role: "leader" });
const districtLeader = actor("dl", { orgId: DISTRICT, role: "leader" });
const districtSpecialist = actor("ds", { orgId: DISTRICT, role: "specialist" });
const feedback: CaseScope = { org: ward, kind: "feedback", handlerId: null };
const denunciation: CaseScope = { org: ward, kind: "denunciation", handlerId: "s" };

describe("who may act on a citizen's case", () => {
  it("lets the holding body and the leaders above it read and handle; never sideways", () => {
    expect(casePolicy.handle(specialist, feedback)).toBe(true);
    expect(casePolicy.handle(districtLeader, feedback)).toBe(true);
    expect(casePolicy.read(otherWard, feedback)).toBe(false);
    expect(caseRefusal(otherWard, feedback, ["handle"])).toBe("Bạn không được xem đơn này.");
    // A specialist of the district does not supervise the wards.
    expect(casePolicy.read(districtSpecialist, feedback)).toBe(false);
  });

  it("lets leaders and coordinators assign, not specialists", () => {
    expect(casePolicy.assign(wardLeader, feedback)).toBe(true);
    expect(casePolicy.assign(districtLeader, feedback)).toBe(true);
    expect(casePolicy.assign(specialist, feedback)).toBe(false);
  });

  it("shows a denouncer only to the handler assigned, not even to the leaders", () => {
    expect(casePolicy.sender(specialist, denunciation)).toBe(true);
    expect(casePolicy.sender(wardLeader, denunciation)).toBe(false);
    expect(casePolicy.sender(districtLeader, denunciation)).toBe(false);
    expect(casePolicy.sender(specialist, { ...denunciation, handlerId: null })).toBe(false);
    expect(casePolicy.sender(wardLeader, feedback)).toBe(true);
    expect(caseRefusal(wardLeader, denunciation, ["sender"])).toContain("Điều 47 Luật Tố cáo 2018");
  });
});
