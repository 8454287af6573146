import { describe, expect, it } from "vitest";
import { type Actor, canReadOrgRecords, hasRoleOver, type OrgRef, strongestRoleOver } from "./access.ts";

const district: OrgRef = { id: "district", lineage: ["city", "district"] };
const ward1: OrgRef = { id: "ward1", lineage: ["city", "district", "ward1"] };
const ward3: OrgRef = { id: "ward3", lineage: ["city", "district", "ward3"] };

const actor = (memberships: Actor["memberships"], isAdmin = false): Actor => ({
  userId: "u",
  username: "u",
  fullName: "U",
  isAdmin,
  memberships,
  actingOrgId: memberships[0]?.orgId ?? null,
});

describe("canReadOrgRecords", () => {
  it("lets a ward specialist read their own ward", () => {
    expect(canReadOrgRecords(actor([{ orgId: "ward1", role: "specialist" }]), ward1)).toBe(true);
  });

  it("refuses a ward specialist the records of another ward", () => {
    expect(canReadOrgRecords(actor([{ orgId: "ward1", role: "specialist" }]), ward3)).toBe(false);
  });

  it("refuses a ward specialist the records of the district above", () => {
    expect(canReadOrgRecords(actor([{ orgId: "ward1", role: "specialist" }]), district)).toBe(false);
  });

  it("lets a district leader read every ward below", () => {
    const leader = actor([{ orgId: "district", role: "leader" }]);
    expect(canReadOrgRecords(leader, ward1)).toBe(true);
    expect(canReadOrgRecords(leader, ward3)).toBe(true);
  });

  it("does not let a district specialist read the wards below", () => {
    expect(canReadOrgRecords(actor([{ orgId: "district", role: "specialist" }]), ward1)).toBe(false);
  });

  it("lets an administrator read everything", () => {
    expect(canReadOrgRecords(actor([], true), ward3)).toBe(true);
  });
});

describe("roles over a body", () => {
  it("finds the strongest role that covers the body", () => {
    const a = actor([
      { orgId: "ward1", role: "specialist" },
      { orgId: "district", role: "coordinator" },
    ]);
    expect(strongestRoleOver(a, ward1)).toBe("coordinator");
    expect(strongestRoleOver(a, ward3)).toBe("coordinator");
    expect(strongestRoleOver(actor([{ orgId: "ward1", role: "specialist" }]), ward3)).toBeNull();
  });

  it("checks a named role over a body through supervision", () => {
    const a = actor([{ orgId: "district", role: "leader" }]);
    expect(hasRoleOver(a, ward1, ["leader"])).toBe(true);
    expect(hasRoleOver(a, ward1, ["coordinator"])).toBe(false);
  });
});
