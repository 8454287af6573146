import { describe, expect, it } from "vitest";
import {
  citedScope,
  documentScope,
  isCentralSymbol,
  matchInScope,
  newStubScope,
  registerBody,
  type ScopedDirective,
} from "./scope.ts";
import { OrgIndex, type TreeOrg } from "./units.ts";

// Two provinces under the Party centre, each with its Standing Board and a bloc committee; the State
// side: the Government, one province's People's Committee with two districts, each with a department.
const org = (
  id: string,
  parent: string | null,
  kind: string,
  name: string,
  shortName: string | null = null,
) => ({
  id,
  parentId: parent,
  kind,
  name,
  shortName,
  aliases: [] as string[],
  active: true,
});
const raw = [
  org("tw", null, "party_central_committee", "Ban Chấp hành Trung ương Đảng"),
  org("a.tu", "tw", "party_committee", "Tỉnh ủy An Hòa"),
  org("a.btv", "a.tu", "standing_board", "Ban Thường vụ Tỉnh ủy An Hòa", "Ban Thường vụ Tỉnh ủy"),
  org("a.btg", "a.tu", "party_board", "Ban Tuyên giáo Tỉnh ủy An Hòa", "Ban Tuyên giáo Tỉnh ủy"),
  org("a.duk", "a.tu", "party_committee", "Đảng ủy Khối các cơ quan tỉnh An Hòa"),
  org("b.tu", "tw", "party_committee", "Tỉnh ủy Bắc Sơn"),
  org("b.btv", "b.tu", "standing_board", "Ban Thường vụ Tỉnh ủy Bắc Sơn", "Ban Thường vụ Tỉnh ủy"),
  org("b.duk", "b.tu", "party_committee", "Đảng ủy Khối các cơ quan tỉnh Bắc Sơn"),
  org("cp", null, "government", "Chính phủ"),
  org("a.ubnd", "cp", "peoples_committee", "Ủy ban nhân dân tỉnh An Hòa"),
  org("d1", "a.ubnd", "peoples_committee", "Ủy ban nhân dân huyện Đông Lâm"),
  org("d1.vp", "d1", "office", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Đông Lâm"),
  org("d2", "a.ubnd", "peoples_committee", "Ủy ban nhân dân huyện Tây Lâm"),
];
const byId = new Map(raw.map((o) => [o.id, o]));
const lineage = (o: (typeof raw)[number]): string[] =>
  o.parentId ? [...lineage(byId.get(o.parentId)!), o.id] : [o.id];
const index = new OrgIndex(raw.map((o): TreeOrg => ({ ...o, lineage: lineage(o) })));

const row = (id: string, symbolKey: string, scope: string | null, extra: Partial<ScopedDirective> = {}) => ({
  id,
  symbol: symbolKey.split("@")[0]!.toUpperCase(),
  symbolKey,
  scope,
  status: "confirmed" as ScopedDirective["status"],
  issuedOn: `${symbolKey.split("@")[1]}-01-10`,
  ...extra,
});

describe("central symbols", () => {
  it("are those of bodies that exist once: Party centre, Government, Prime Minister, National Assembly, ministries", () => {
    for (const s of ["9-NQ/TW", "41-CV/BTCTƯ", "14/CT-TTg", "3/2024/NĐ-CP", "7/2023/QH15", "15/BNV-CCVC"])
      expect(isCentralSymbol(s), s).toBe(true);
  });

  it("are not those of a People's Committee, a provincial or district committee, a bloc or a department", () => {
    for (const s of ["12/KH-UBND", "7-KH/TU", "5-KH/ĐUK", "12-CT/QU", "5/SNV-VP", "8-KH/BTGTU"])
      expect(isCentralSymbol(s), s).toBe(false);
  });
});

describe("the register a number belongs to", () => {
  it("is the Party committee for its Standing Board's '…/TU', and the committee for its office's '…/KH-UBND'", () => {
    expect(registerBody(index, "a.btv", "7-KH/TU")).toBe("a.tu");
    expect(registerBody(index, "d1.vp", "12/KH-UBND")).toBe("d1");
  });

  it("is the issuer itself when the code is its own or names no body near it", () => {
    expect(registerBody(index, "a.btg", "8-KH/BTGTU")).toBe("a.btg");
    expect(registerBody(index, "d1", "12/KH-UBND")).toBe("d1");
    expect(registerBody(index, "a.duk", "5-KH/ĐUK")).toBe("a.duk");
    expect(registerBody(index, "d2", "3/XYZ")).toBe("d2");
  });

  it("is the issuer's, else the owner's, and none for a central symbol", () => {
    expect(documentScope(index, "12/KH-UBND", "d2", "d1")).toBe("d2");
    expect(documentScope(index, "12/KH-UBND", null, "d1")).toBe("d1");
    expect(documentScope(index, "9-NQ/TW", "tw", "a.tu")).toBeNull();
    expect(documentScope(index, null, "d1", "d1")).toBeNull();
  });
});

describe("the issuer a citation names", () => {
  it("reads relative names in the citing document's lineage", () => {
    expect(citedScope(index, "7-KH/TU", "Ban Thường vụ Tỉnh ủy", "a.duk").scope).toEqual({
      kind: "body",
      id: "a.tu",
    });
    expect(citedScope(index, "7-KH/TU", "Ban Thường vụ Tỉnh ủy", "b.duk").scope).toEqual({
      kind: "body",
      id: "b.tu",
    });
    expect(citedScope(index, "7-KH/TU", "Tỉnh ủy", "a.duk")).toMatchObject({ issuerOrgId: "a.tu" });
  });

  it("does not take a namesake of another area, and leaves a central symbol without scope", () => {
    expect(citedScope(index, "7-KH/TU", "Ban Thường vụ Tỉnh ủy", "d1")).toEqual({
      scope: { kind: "unknown", near: "d1" },
      issuerOrgId: null,
    });
    expect(citedScope(index, "9-NQ/TW", "Ban Chấp hành Trung ương Đảng", "a.duk")).toEqual({
      scope: { kind: "central" },
      issuerOrgId: "tw",
    });
  });
});

describe("matching a cited symbol in its scope", () => {
  const plans = [row("of-d1", "12/kh-ubnd@2023", "d1"), row("of-d2", "12/kh-ubnd@2023", "d2")];

  it("tells two districts' documents of one symbol and year apart", () => {
    expect(matchInScope(index, "12/KH-UBND", "2023", { kind: "body", id: "d1" }, plans)?.id).toBe("of-d1");
    expect(matchInScope(index, "12/KH-UBND", "2023", { kind: "body", id: "d2" }, plans)?.id).toBe("of-d2");
    expect(matchInScope(index, "12/KH-UBND", "2023", { kind: "body", id: "a.ubnd" }, plans)).toBeNull();
  });

  it("gives a citation without issuer the closest body's document, and none on a tie", () => {
    expect(matchInScope(index, "12/KH-UBND", "2023", { kind: "unknown", near: "d2" }, plans)?.id).toBe(
      "of-d2",
    );
    expect(matchInScope(index, "12/KH-UBND", "2023", { kind: "unknown", near: "a.ubnd" }, plans)).toBeNull();
    // Another province's namesake shares only the root.
    expect(
      matchInScope(index, "7-KH/TU", "2023", { kind: "unknown", near: "b.duk" }, [
        row("of-a", "7-kh/tu@2023", "a.tu"),
      ]),
    ).toBeNull();
  });

  it("finds a central symbol's one document whatever scope a row was given", () => {
    const central = [row("nq", "9-nq/tw@2022", null, { status: "stub" })];
    expect(matchInScope(index, "9-NQ/TW", "2022", { kind: "central" }, central)?.id).toBe("nq");
    expect(
      matchInScope(index, "9-NQ/TW", "2022", { kind: "central" }, [row("old", "9-nq/tw@2022", "tw")])?.id,
    ).toBe("old");
  });

  it("gives a stub without scope to a scope only when every document citing it is of that area", () => {
    const loose = [row("loose", "7-kh/tu@2023", null, { status: "stub", citers: ["a.duk"] })];
    expect(matchInScope(index, "7-KH/TU", "2023", { kind: "body", id: "a.tu" }, loose)?.id).toBe("loose");
    expect(matchInScope(index, "7-KH/TU", "2023", { kind: "body", id: "b.tu" }, loose)).toBeNull();
    expect(matchInScope(index, "7-KH/TU", "2023", { kind: "unknown", near: "b.duk" }, loose)).toBeNull();
  });

  it("scopes a new stub by the symbol's code in the citing lineage when another area holds the one without scope", () => {
    const unknown = { kind: "unknown", near: "b.duk" } as const;
    expect(newStubScope(index, "7-KH/TU", unknown, false)).toBeNull();
    expect(newStubScope(index, "7-KH/TU", unknown, true)).toBe("b.tu");
    expect(newStubScope(index, "7-KH/TU", { kind: "body", id: "a.tu" }, true)).toBe("a.tu");
  });
});
