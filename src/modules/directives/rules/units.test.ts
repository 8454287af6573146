import { describe, expect, it } from "vitest";
import { nameForm, OrgIndex, suggestUnit, type TreeOrg, unitKey } from "./units.ts";

// A small tree: a city committee with two districts; each district has departments and wards.
const org = (
  id: string,
  parent: string | null,
  kind: string,
  name: string,
  extra: Partial<TreeOrg> = {},
): TreeOrg => ({
  id,
  parentId: parent,
  lineage: [],
  kind,
  name,
  shortName: null,
  aliases: [],
  active: true,
  ...extra,
});
const raw = [
  org("city", null, "peoples_committee", "Ủy ban nhân dân Thành phố", { aliases: ["UBND Thành phố"] }),
  org("dept", "city", "department", "Sở Nội vụ Thành phố", { shortName: "Sở Nội vụ" }),
  org("d1", "city", "peoples_committee", "Ủy ban nhân dân quận Một", { aliases: ["Ủy ban nhân dân quận"] }),
  org("d1.tp", "d1", "department", "Phòng Tư pháp quận Một", { shortName: "Phòng Tư pháp" }),
  org("d1.nv", "d1", "department", "Phòng Nội vụ quận Một", { shortName: "Phòng Nội vụ" }),
  org("d1.vp", "d1", "office", "Văn phòng Ủy ban nhân dân quận Một"),
  org("d1.w1", "d1", "ward", "Ủy ban nhân dân Phường 1"),
  org("d1.w2", "d1", "ward", "Ủy ban nhân dân Phường 2"),
  org("d1.w3", "d1", "ward", "Ủy ban nhân dân Phường 3", { active: false }),
  org("d2", "city", "peoples_committee", "Ủy ban nhân dân quận Hai"),
  org("d2.tp", "d2", "department", "Phòng Tư pháp quận Hai", { shortName: "Phòng Tư pháp" }),
  org("d2.w1", "d2", "ward", "Ủy ban nhân dân Phường 1 quận Hai"),
  org("far", null, "judgment_enforcement", "Cục Thi hành án dân sự Thành phố Xa"),
];
const byId = new Map(raw.map((o) => [o.id, o]));
const lineage = (o: TreeOrg): string[] => (o.parentId ? [...lineage(byId.get(o.parentId)!), o.id] : [o.id]);
const index = new OrgIndex(raw.map((o) => ({ ...o, lineage: lineage(o) })));
const none = new Map<string, string[]>();

describe("unit names to bodies of the tree", () => {
  it("prefers the namesake at or below the issuer's body", () => {
    expect(suggestUnit("Phòng Tư pháp", index, "d1", none)).toMatchObject({
      orgIds: ["d1.tp"],
      source: "name",
    });
    expect(suggestUnit("Phòng Tư pháp", index, "d2", none)).toMatchObject({
      orgIds: ["d2.tp"],
      source: "name",
    });
  });

  it("asks the official when two namesakes are equally near", () => {
    const s = suggestUnit("Phòng Tư pháp", index, "city", none);
    expect(s.orgIds).toEqual([]);
    expect(s.candidates).toEqual(expect.arrayContaining(["d1.tp", "d2.tp"]));
    expect(s.note).toMatch(/trùng tên/);
  });

  it("reads '16 phường' and 'Ủy ban nhân dân các phường' as the active wards of the issuer's body, noting a count that differs", () => {
    const s = suggestUnit("Ủy ban nhân dân 16 phường", index, "d1", none);
    expect(s).toMatchObject({ orgIds: ["d1.w1", "d1.w2"], source: "rule", collective: true });
    expect(s.note).toMatch(/16 đơn vị, cây tổ chức có 2/);
    expect(suggestUnit("Chủ tịch UBND các phường", index, "d1.tp", none).orgIds).toEqual(["d1.w1", "d1.w2"]);
  });

  it("leaves 'các cơ quan, đơn vị' to the official, offering the issuer's departments", () => {
    const s = suggestUnit("Thủ trưởng các cơ quan, đơn vị có liên quan", index, "d1", none);
    expect(s).toMatchObject({ orgIds: [], collective: true, source: "none" });
    expect([...s.candidates].sort()).toEqual(["d1.nv", "d1.tp", "d1.vp"]);
    expect(s.key).toBe("cac co quan don vi");
  });

  it("offers for 'các sở, ban, ngành' the departments, never the administration below (a district's People's Committee)", () => {
    const s = suggestUnit("Thủ trưởng các sở, ban, ngành", index, "city", none);
    expect(s.candidates).toEqual(["dept"]);
    // Kinds named alone take their own bodies; "các địa phương" means the administrations below.
    expect(suggestUnit("Các phòng", index, "d1", none).candidates.sort()).toEqual(["d1.nv", "d1.tp"]);
    expect(suggestUnit("Các địa phương", index, "city", none).candidates.sort()).toEqual(["d1", "d2"]);
  });

  it("uses what an official confirmed before under the same context body", () => {
    const remembered = new Map([["cac co quan don vi", ["d1.tp", "d1.nv"]]]);
    expect(suggestUnit("Các cơ quan, đơn vị", index, "d1", remembered)).toMatchObject({
      orgIds: ["d1.tp", "d1.nv"],
      source: "remembered",
    });
  });

  it("expands abbreviations and drops the head of a body", () => {
    expect(nameForm("VP UBND Q. Một")).toBe("van phong uy ban nhan dan quan mot");
    expect(suggestUnit("Chánh Văn phòng UBND quận Một", index, "d1", none).orgIds).toEqual(["d1.vp"]);
    expect(unitKey("Giao Phòng Nội vụ")).toBe("phong noi vu");
  });

  it("takes an exact name from the parent's other branches, but never a partial name from far away", () => {
    expect(suggestUnit("Sở Nội vụ", index, "d1", none).orgIds).toEqual(["dept"]);
    const far = suggestUnit("Cục Thi hành án dân sự Thành phố", index, "d1", none);
    expect(far.orgIds).toEqual([]);
  });

  it("does not take a truncated name for a ward by its number", () => {
    const s = suggestUnit("Ủy ban nhân dân 1", index, "d1", none);
    expect(s.orgIds).toEqual([]);
    expect(s.candidates).toContain("d1.w1");
  });
});
