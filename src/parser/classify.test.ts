import { describe, expect, it } from "vitest";
import { classify } from "./classify.ts";

const one = (text: string) => classify([{ no: 1, text }])[0]!;

describe("classify", () => {
  it("reads the list markers of Vietnamese documents", () => {
    expect(one("II- NHIỆM VỤ")).toMatchObject({ style: "roman", label: "II", content: "NHIỆM VỤ" });
    expect(one("1.1. Tổ chức")).toMatchObject({ style: "num2", label: "1.1" });
    expect(one("- 1.2. Tổ chức")).toMatchObject({ style: "num2", label: "1.2" });
    expect(one("đ) Phòng Quản lý đô thị")).toMatchObject({ style: "letter", label: "đ" });
    expect(one("+ Rà soát")).toMatchObject({ style: "plus" });
    expect(one("Điều 3. Hiệu lực")).toMatchObject({ style: "article", label: "3" });
  });

  it("does not read a year or a count as a list number", () => {
    expect(one("2021 - 2030 là giai đoạn")).toMatchObject({ kind: "text" });
    expect(one("16 phường thực hiện")).toMatchObject({ kind: "text" });
  });

  it("recognises unit and time lines", () => {
    expect(one("- Đơn vị thực hiện: Phòng Tư pháp.")).toMatchObject({
      kind: "meta",
      meta: { field: "units" },
    });
    expect(one("- Thời gian thực hiện: Thường xuyên.")).toMatchObject({
      kind: "meta",
      meta: { field: "time" },
    });
    expect(one("Cơ quan phối hợp: Sở Y tế")).toMatchObject({ kind: "meta", meta: { field: "support" } });
  });
});
