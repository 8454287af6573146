import { describe, expect, it } from "vitest";
import { bodyKindOf } from "./bodies.ts";

describe("bodyKindOf (one vocabulary of body kinds for every stage)", () => {
  it.each([
    ["ỦY BAN NHÂN DÂN TỈNH AN BÌNH", "Ủy ban nhân dân", "state"],
    ["Uỷ ban nhân dân xã An Phú", "Ủy ban nhân dân", "state"],
    ["ỦY BAN KIỂM TRA TỈNH ỦY", "Ủy ban Kiểm tra", "party"],
    ["ĐẢNG ỦY KHỐI CƠ QUAN", "Đảng", "party"],
    ["BỘ CHỈ HUY QUÂN SỰ TỈNH", "Bộ Chỉ huy", undefined],
    ["Sở Tài chính", "Sở", "state"],
    ["Hợp tác xã An Phú", null, undefined],
  ])("reads %s", (text, form, system) => {
    const kind = bodyKindOf(text);
    expect(kind?.form ?? null).toBe(form);
    expect(kind?.system).toBe(system);
  });

  it("needs a whole word: BỘ is not the start of BỘI", () => {
    expect(bodyKindOf("BỘI THU")).toBeNull();
  });
});
