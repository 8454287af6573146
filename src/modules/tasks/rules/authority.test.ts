import { describe, expect, it } from "vitest";
import { leadsOutside, withinAuthority } from "./authority.ts";

const ref = (id: string, ...above: string[]) => ({ id, lineage: [...above, id] });
const district = ref("q", "tp");
const ward = ref("p1", "tp", "q");
const otherWard = ref("p3", "tp", "q");
const otherCityBoard = ref("bnc", "hn");
const refs = new Map([district, ward, otherWard, otherCityBoard].map((r) => [r.id, r]));

describe("the owner's authority", () => {
  it("covers the owner and the bodies below it, never a sibling or another city's body", () => {
    expect(withinAuthority(district, district)).toBe(true);
    expect(withinAuthority(district, ward)).toBe(true);
    expect(withinAuthority(ward, otherWard)).toBe(false);
    expect(withinAuthority(ward, district)).toBe(false);
    expect(withinAuthority(ward, otherCityBoard)).toBe(false);
  });

  it("names the leads outside it once each; a plan without owner has none outside", () => {
    expect(leadsOutside(ward, ["p1", "p3", "bnc", "p3"], (id) => refs.get(id))).toEqual(["p3", "bnc"]);
    expect(leadsOutside(district, ["p1", "p3"], (id) => refs.get(id))).toEqual([]);
    expect(leadsOutside(null, ["bnc"], (id) => refs.get(id))).toEqual([]);
    expect(leadsOutside(ward, ["gone"], (id) => refs.get(id))).toEqual(["gone"]);
  });
});
