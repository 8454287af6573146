import { describe, expect, it } from "vitest";
import {
  type CascadeNode,
  cascadeRoots,
  citedTitle,
  coverageChildren,
  coverageParents,
  inferImplements,
  systemOfSymbol,
  treeFrom,
  treeParents,
} from "./cascade.ts";

const noneOwn = () => false;

describe("links read from citation sentences", () => {
  it("reads 'A ... về việc triển khai thực hiện B' as A implements B", () => {
    const text =
      "Thực hiện Kế hoạch 4338/KH-UBND ngày 07/9/2023 của Ủy ban nhân dân Thành phố về việc triển khai thực hiện Nghị quyết số 27-NQ/TW Hội nghị lần thứ sáu.";
    expect(inferImplements(text, noneOwn)).toEqual([
      { from: "4338/KH-UBND", to: "27-NQ/TW", sentence: expect.stringContaining("4338/KH-UBND") },
    ]);
  });

  it("follows a chain and a list of implemented documents", () => {
    const chain =
      "Kế hoạch số 72-KH/BTCTU ngày 26 tháng 4 năm 2022 của Ban Tổ chức Thành ủy về thực hiện Kế hoạch số 99-KH/TU ngày 21 tháng 3 năm 2022 của Ban Thường vụ Thành ủy về triển khai thực hiện Kết luận số 21-KL/TW.";
    expect(inferImplements(chain, noneOwn).map((l) => `${l.from}>${l.to}`)).toEqual([
      "72-KH/BTCTU>99-KH/TU",
      "99-KH/TU>21-KL/TW",
    ]);
    const list =
      "Kế hoạch số 215-KH/TU ngày 12/4/2023 về thực hiện Kết luận số 40-KL/TW, Quy định số 70-QĐ/TW và Quyết định số 72-QĐ/TW.";
    expect(inferImplements(list, noneOwn).map((l) => l.to)).toEqual(["40-KL/TW", "70-QĐ/TW", "72-QĐ/TW"]);
  });

  it("reads nothing from documents merely named together, nor from the document's own symbol", () => {
    expect(
      inferImplements(
        "Quán triệt Nghị quyết số 27-NQ/TW, Chương trình hành động số 39-CTrHĐ/TU đến cán bộ.",
        noneOwn,
      ),
    ).toEqual([]);
    const own = (s: string) => s === "4998/KH-UBND";
    expect(
      inferImplements("Kế hoạch 4998/KH-UBND về triển khai thực hiện Nghị quyết số 27-NQ/TW.", own),
    ).toEqual([]);
  });

  it("gives a stub the subject its citation states, and its system from the symbol's shape", () => {
    expect(
      citedTitle(
        "Thực hiện Kế hoạch 4338/KH-UBND ngày 07/9/2023 của Ủy ban nhân dân Thành phố về việc triển khai thực hiện Nghị quyết số 27-NQ/TW.",
        "4338/KH-UBND",
      ),
    ).toBe("triển khai thực hiện Nghị quyết số 27-NQ/TW");
    expect(
      citedTitle(
        "Thực hiện Kế hoạch số 60-KH/TU ngày 24/5/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 27-NQ/TW (sau đây viết tắt là Nghị quyết số 27-NQ/TW), Ban Thường vụ xây dựng Kế hoạch.",
        "60-KH/TU",
      ),
    ).toBe("thực hiện Nghị quyết số 27-NQ/TW");
    expect(systemOfSymbol("27-NQ/TW")).toBe("party");
    expect(systemOfSymbol("4338/KH-UBND")).toBe("state");
  });
});

describe("the cascade tree", () => {
  // resolution R; province plan P (stub) implements R; bloc plan B implements R and P; district D implements stub S which implements R.
  const edges = [
    { fromId: "P", toId: "R" },
    { fromId: "B", toId: "R" },
    { fromId: "B", toId: "P" },
    { fromId: "S", toId: "R" },
    { fromId: "D", toId: "S" },
    { fromId: "D", toId: "R" },
    { fromId: "W", toId: "D" },
  ];
  const nodes = new Map<string, CascadeNode>(
    [
      ["R", "stub", false],
      ["P", "stub", false],
      ["B", "confirmed", true],
      ["S", "stub", false],
      ["D", "confirmed", true],
      ["W", "confirmed", true],
    ].map(([id, status, hasGroups]) => [
      id as string,
      { id: id as string, status: status as CascadeNode["status"], hasGroups: hasGroups as boolean },
    ]),
  );

  it("puts each document under its most specific parent", () => {
    expect(treeParents(edges).get("B")).toEqual(["P"]);
    expect(treeParents(edges).get("D")).toEqual(["S"]);
    const tree = treeFrom("R", edges);
    const show = (n: typeof tree): string =>
      n.children.length ? `${n.id}(${n.children.map(show).join(",")})` : n.id;
    expect(show(tree)).toBe("R(P(B),S(D(W)))");
    expect(cascadeRoots(edges)).toEqual(["R"]);
  });

  it("compares a plan with the nearest document that has groups, through stubs", () => {
    expect(coverageParents("D", edges, nodes)).toEqual(["R"]);
    expect(coverageParents("W", edges, nodes)).toEqual(["D"]);
    expect(coverageChildren("R", edges, nodes).sort()).toEqual(["B", "D"]);
    expect(coverageChildren("D", edges, nodes)).toEqual(["W"]);
  });
});
