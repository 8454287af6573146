import { describe, expect, it } from "vitest";
import { archiveLine, authorityLine, dateLine, formatCell, referenceLine } from "./format.ts";

const kind = { name: "BÁO CÁO", code: "BC" };

describe("the texts of an official document", () => {
  it("writes numbers in Vietnamese: dot between thousands, comma before decimals", () => {
    expect(formatCell(1234567, "integer")).toBe("1.234.567");
    expect(formatCell(5.5, "decimal")).toBe("5,5");
    expect(formatCell(1234.567, "decimal", 2)).toBe("1.234,57");
    expect(formatCell(87.5, "percent")).toBe("87,5%");
    expect(formatCell(null, "integer")).toBe("-");
    expect(formatCell(Number.NaN, "decimal")).toBe("-");
    expect(formatCell("Phường 1", "text")).toBe("Phường 1");
  });

  it("pads the day under 10 and only the months January and February", () => {
    expect(dateLine("Gò Vấp", { iso: "2026-05-04" })).toBe("Gò Vấp, ngày 04 tháng 5 năm 2026");
    expect(dateLine("Gò Vấp", { iso: "2026-02-15" })).toBe("Gò Vấp, ngày 15 tháng 02 năm 2026");
    expect(dateLine("Gò Vấp", { iso: "2026-12-31" })).toBe("Gò Vấp, ngày 31 tháng 12 năm 2026");
    expect(dateLine("Gò Vấp", { year: 2026 })).toMatch(/^Gò Vấp, ngày\s+tháng\s+năm 2026$/);
    expect(() => dateLine("Gò Vấp", { iso: "04/05/2026" })).toThrow(/không hợp lệ/);
  });

  it("writes the number and symbol as each system does, with a blank for a draft", () => {
    const pnv = { name: "Phòng Nội vụ", code: "PNV" };
    expect(referenceLine("state", kind, pnv, { number: "128" })).toBe("Số: 128/BC-PNV");
    expect(referenceLine("state", kind, { name: "UBND", code: "UBND" }, { number: "7", suffix: "NV" })).toBe(
      "Số: 7/BC-UBND-NV",
    );
    expect(referenceLine("state", kind, pnv, { number: null })).toMatch(/^Số: +\/BC-PNV$/);
    expect(referenceLine("party", kind, { name: "Đảng ủy Phường 1", code: "ĐU" }, { number: "15" })).toBe(
      "Số 15-BC/ĐU",
    );
  });

  it("writes the signer's authority with the State's and the Party's abbreviations", () => {
    expect(authorityLine("state", "on-behalf", "Ủy ban nhân dân")).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(authorityLine("state", "deputy", "Chủ tịch")).toBe("KT. CHỦ TỊCH");
    expect(authorityLine("state", "acting", "Trưởng phòng")).toBe("Q. TRƯỞNG PHÒNG");
    expect(authorityLine("party", "on-behalf", "Ban Thường vụ")).toBe("T/M BAN THƯỜNG VỤ");
    expect(authorityLine("party", "deputy", "Bí thư")).toBe("K/T BÍ THƯ");
  });

  it("ends the recipients with the archive line", () => {
    expect(archiveLine("state", undefined)).toBe("- Lưu: VT.");
    expect(archiveLine("state", ["VT", "NV"])).toBe("- Lưu: VT, NV.");
    expect(archiveLine("party", ["Văn phòng Đảng ủy"])).toBe("- Lưu Văn phòng Đảng ủy.");
  });
});
