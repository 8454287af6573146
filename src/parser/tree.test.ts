import { describe, expect, it } from "vitest";
import { classify } from "./classify.ts";
import { toLines } from "./lines.ts";
import { buildTree } from "./tree.ts";

const tree = (text: string) => buildTree(classify(toLines(text)));

describe("tree", () => {
  it("nests numbered items under Roman sections and bullets under numbers", () => {
    const t = tree(
      "I. NHIỆM VỤ\n1. Nhóm một\n- Việc a\n- Việc b\n2. Nhóm hai\n1.1. Không\nII. TỔ CHỨC\n1. Giao",
    );
    expect(t.children.map((c) => c.label)).toEqual(["I", "II"]);
    expect(t.children[0]!.children.map((c) => c.title)).toEqual(["Nhóm một", "Nhóm hai"]);
    expect(t.children[0]!.children[0]!.children).toHaveLength(2);
  });

  it("keeps an unnumbered paragraph with the item above it", () => {
    const t = tree("1. Việc\nĐoạn giải thích thêm.\n2. Việc khác");
    expect(t.children[0]!.body).toEqual(["Đoạn giải thích thêm."]);
  });

  it("attaches unit and time lines to the item they follow", () => {
    const t = tree(
      "1.1. Việc một\n1.2. Việc hai\n- Đơn vị thực hiện: Sở Y tế.\n- Thời gian thực hiện: Năm 2025.",
    );
    expect(t.children[1]!.meta.map((m) => m.field)).toEqual(["units", "time"]);
    expect(t.children[0]!.meta).toEqual([]);
  });

  it("keeps the closing paragraph out of the last item", () => {
    const t = tree("1. Việc\n\nTrên đây là Kế hoạch của Ủy ban nhân dân xã./.");
    expect(t.children[0]!.body).toEqual([]);
    expect(t.body).toEqual(["Trên đây là Kế hoạch của Ủy ban nhân dân xã./."]);
  });
});
