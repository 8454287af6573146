import { describe, expect, it } from "vitest";
import type { UnitMapEntry } from "../contract.ts";
import { confirmationProblems, firstSentence, resolveUnits, taskLabels, wholeTitle } from "./draft.ts";

const entry = (text: string, key: string, orgIds: string[], collective = false): UnitMapEntry => ({
  text,
  key,
  orgIds,
  source: orgIds.length ? "name" : "none",
  collective,
});
const map = [
  entry("Phòng Tư pháp", "phong tu phap", ["tp"]),
  entry("Ủy ban nhân dân 16 phường", "uy ban nhan dan 16 phuong", ["w1", "w2"], true),
  entry("Các cơ quan, đơn vị", "cac co quan don vi", [], true),
];

describe("task labels", () => {
  it("uses the document's numbers, bullets by place in the group, and names the duties of TỔ CHỨC THỰC HIỆN", () => {
    const labels = taskLabels(
      [
        { id: "a", kind: "task", groupId: "g1", path: ["1", "1.1"], position: 0 },
        { id: "b", kind: "task", groupId: "g2", path: ["II", "-"], position: 1 },
        { id: "c", kind: "task", groupId: "g2", path: ["II", "-"], position: 2 },
        { id: "d", kind: "responsibility", groupId: null, path: ["2 a -"], position: 3 },
        { id: "e", kind: "responsibility", groupId: null, path: ["3 3.1"], position: 4 },
      ],
      (g) => (g === "g1" ? "1" : "II"),
    );
    expect([...labels.values()]).toEqual([
      "1.1",
      "II, ý 1",
      "II, ý 2",
      "Tổ chức thực hiện, mục 2, điểm a (ý 1)",
      "Tổ chức thực hiện, mục 3.1",
    ]);
  });
});

describe("a task's bodies from its unit names", () => {
  it("fans out by default where a lead is a collective such as '16 phường'", () => {
    expect(
      resolveUnits({ leadText: ["Ủy ban nhân dân 16 phường"], supportText: ["Phòng Tư pháp"] }, map),
    ).toEqual({
      leadOrgIds: ["w1", "w2"],
      supportOrgIds: ["tp"],
      fanOut: true,
    });
  });

  it("keeps a named lead single and drops it from its own supporters", () => {
    expect(resolveUnits({ leadText: ["Phòng Tư pháp"], supportText: ["Phòng Tư pháp"] }, map)).toEqual({
      leadOrgIds: ["tp"],
      supportOrgIds: [],
      fanOut: false,
    });
  });
});

describe("what stands between a draft and its confirmation", () => {
  const base = {
    kind: "task" as const,
    groupId: "g",
    path: ["1", "1.1"],
    assign: true,
    unitsEdited: false,
    fanOut: false,
  };
  const labels = new Map([
    ["a", "1.1"],
    ["b", "1.2"],
    ["c", "1.3"],
    ["d", "1.4"],
  ]);

  it("names each task by its label, with what is missing", () => {
    const problems = confirmationProblems(
      [
        { ...base, id: "a", position: 0, title: "Phổ biến nghị quyết", leadText: [], leadOrgIds: [] },
        {
          ...base,
          id: "b",
          position: 1,
          title: "Rà soát văn bản",
          leadText: ["Các cơ quan, đơn vị"],
          leadOrgIds: [],
        },
        {
          ...base,
          id: "c",
          position: 2,
          title: "Kiểm tra",
          leadText: ["Phòng Tư pháp", "Ủy ban nhân dân 16 phường"],
          leadOrgIds: ["tp", "w1", "w2"],
        },
        { ...base, id: "d", position: 3, title: "Không giao", leadText: [], leadOrgIds: [], assign: false },
      ],
      map,
      labels,
    );
    expect(problems.map((p) => p.message)).toEqual([
      '1.1 «Phổ biến nghị quyết»: chưa có cơ quan chủ trì (chọn cơ quan, hoặc đánh dấu "không giao việc").',
      '1.2 «Rà soát văn bản»: chưa xác định cơ quan cho "Các cơ quan, đơn vị".',
      '1.3 «Kiểm tra»: có 3 cơ quan chủ trì — chọn "giao từng cơ quan" hoặc giữ một cơ quan chủ trì, các cơ quan khác phối hợp.',
    ]);
  });

  it("accepts several leads that fan out, and bodies set by hand whatever the names say", () => {
    expect(
      confirmationProblems(
        [
          {
            ...base,
            id: "a",
            position: 0,
            title: "x",
            leadText: ["Ủy ban nhân dân 16 phường"],
            leadOrgIds: ["w1", "w2"],
            fanOut: true,
          },
          {
            ...base,
            id: "b",
            position: 1,
            title: "y",
            leadText: ["Các cơ quan, đơn vị"],
            leadOrgIds: ["tp"],
            unitsEdited: true,
          },
        ],
        map,
        labels,
      ),
    ).toEqual([]);
  });
});

describe("a task's title", () => {
  const sentence =
    "Tổ chức quán triệt, tuyên truyền sâu rộng trong cán bộ, công chức về mục tiêu xây dựng Nhà nước pháp quyền xã hội " +
    "chủ nghĩa Việt Nam của Nhân dân, do Nhân dân, vì Nhân dân, gắn với việc nâng cao chất lượng phục vụ người dân, " +
    "doanh nghiệp và cải cách thủ tục hành chính trên địa bàn quận trong năm 2026 và các năm tiếp theo.";
  const text = `${sentence} Báo cáo kết quả về Ủy ban nhân dân quận.`;

  it("is the whole first sentence, however long", () => {
    expect(sentence.length).toBeGreaterThan(300);
    expect(firstSentence(text)).toBe(sentence);
    const noStop = sentence.slice(0, -1);
    expect(firstSentence(noStop)).toBe(noStop);
  });

  it("takes back from the text what the parser clipped with “…”, and keeps a title that is whole", () => {
    const clipped = `${sentence.slice(0, 300).replace(/\s\S*$/u, "")}…`;
    expect(wholeTitle(clipped, text)).toBe(sentence);
    expect(wholeTitle("Tổ chức quán triệt", text)).toBe("Tổ chức quán triệt");
    expect(wholeTitle("", text)).toBe(sentence);
    // A title ending in "…" that the text does not continue stays as it is.
    expect(wholeTitle("Việc khác…", text)).toBe("Việc khác…");
  });
});
