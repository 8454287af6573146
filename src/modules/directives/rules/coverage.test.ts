import { describe, expect, it } from "vitest";
import { derivedGroupTexts, deriveReferenceGroups, suggestCoverage } from "./coverage.ts";

const plan = (docId: string, titles: string[]) => ({
  docId,
  groups: titles.map((title, position) => ({ title, position, text: "" })),
});

describe("reference groups of a stub, from its implementing plans", () => {
  const plans = [
    plan("a", [
      "Đẩy mạnh tuyên truyền, phổ biến, giáo dục về Nhà nước pháp quyền",
      "Xây dựng nền tư pháp chuyên nghiệp, hiện đại, công bằng",
      "Hội nhập quốc tế",
    ]),
    plan("b", [
      "Tuyên truyền, phổ biến, giáo dục nâng cao nhận thức về Nhà nước pháp quyền",
      "Cải cách hành chính",
    ]),
    plan("c", ["Xây dựng hệ thống cơ quan tư pháp chuyên nghiệp, hiện đại, công bằng, liêm chính"]),
  ];

  it("keeps only groups that two plans share, in the plans' order, named by a member's title", () => {
    const groups = deriveReferenceGroups(plans);
    expect(groups.map((g) => g.support)).toEqual([2, 2]);
    expect(groups[0]!.title).toMatch(/tuyên truyền/i);
    expect(groups[1]!.title).toMatch(/tư pháp/);
  });

  it("never derives a group twice, nor from one plan alone", () => {
    const first = deriveReferenceGroups(plans).map((g) => g.title);
    expect(deriveReferenceGroups(plans, first)).toEqual([]);
    expect(deriveReferenceGroups([plans[0]!])).toEqual([]);
  });

  it("compares a derived group with the matching group of each plan", () => {
    const texts = derivedGroupTexts(["Xây dựng nền tư pháp chuyên nghiệp, hiện đại, công bằng"], plans);
    expect(texts[0]).toContain("Xây dựng hệ thống cơ quan tư pháp");
    expect(texts[0]).not.toContain("Cải cách hành chính");
  });
});

describe("coverage suggestions", () => {
  it("suggests the most similar group, a close second too, and nothing for an unrelated task", () => {
    const groups = [
      { id: "g1", text: "Tuyên truyền, phổ biến, giáo dục pháp luật" },
      { id: "g2", text: "Cải cách hành chính, thủ tục hành chính" },
    ];
    const s = suggestCoverage(
      [
        { id: "t1", text: "Tổ chức tuyên truyền, phổ biến pháp luật cho Nhân dân" },
        { id: "t2", text: "Đơn giản hóa thủ tục hành chính" },
        { id: "t3", text: "Trồng cây xanh ven đường" },
      ],
      groups,
    );
    expect(s.map((x) => `${x.taskId}>${x.groupId}`)).toEqual(["t1>g1", "t2>g2"]);
    expect(s[0]!.score).toBeGreaterThan(0.3);
  });
});
