import { describe, expect, it } from "vitest";
import { MASKS, maskPersonalData } from "./mask.ts";

describe("masking personal data before publication", () => {
  it("masks phone numbers written in the usual ways", () => {
    for (const phone of ["0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "(028) 3894 1234"])
      expect(maskPersonalData(`Liên hệ ${phone} để biết thêm.`)).toBe(`Liên hệ ${MASKS.phone} để biết thêm.`);
  });

  it("masks CMND and CCCD numbers and e-mail addresses", () => {
    expect(maskPersonalData("CCCD 079188001234, CMND 025123456")).toBe(`CCCD ${MASKS.id}, CMND ${MASKS.id}`);
    expect(maskPersonalData("gửi về nguyen.van.a@gmail.com nhé")).toBe(`gửi về ${MASKS.email} nhé`);
  });

  it("masks street addresses and what follows “địa chỉ”", () => {
    expect(maskPersonalData("Nhà số 12 đường Nguyễn Văn Lượng bị ngập.")).toBe(
      `Nhà ${MASKS.address} bị ngập.`,
    );
    expect(maskPersonalData("trước nhà 123/4 Lê Đức Thọ, Phường 6")).toContain(MASKS.address);
    expect(maskPersonalData("trước nhà 123/4 Lê Đức Thọ, Phường 6")).not.toContain("123/4");
    expect(maskPersonalData("địa chỉ: khu phố 3, Phường 1")).toBe(`${MASKS.address}, Phường 1`);
    expect(maskPersonalData("đầu hẻm 45 bị lấn chiếm")).toBe(`đầu ${MASKS.address} bị lấn chiếm`);
  });

  it("masks names after an honorific and full names that start with a surname", () => {
    expect(maskPersonalData("Trả lời ông Nguyễn Văn An về việc...")).toBe(
      `Trả lời ông ${MASKS.name} về việc...`,
    );
    expect(maskPersonalData("Bà Tư phản ánh")).toBe(`Bà ${MASKS.name} phản ánh`);
    expect(maskPersonalData("Công dân Trần Thị Bích Ngọc đã đến")).toBe(`Công dân ${MASKS.name} đã đến`);
  });

  it("masks the values the case holds wherever they appear", () => {
    expect(maskPersonalData("Cảm ơn tèo đã phản ánh", ["Tèo"])).toBe(`Cảm ơn ${MASKS.name} đã phản ánh`);
    expect(maskPersonalData("Cảm ơn Út Mười đã phản ánh", ["Út Mười"])).toBe(
      `Cảm ơn ${MASKS.name} đã phản ánh`,
    );
  });

  it("leaves ordinary text, dates and document numbers alone, and is idempotent", () => {
    const text = "Ngày 15/11/2026, UBND Phường 1 đã xử lý theo Quyết định số 123/QĐ-UBND; đã dọn 3 tấn rác.";
    expect(maskPersonalData(text)).toBe(text);
    const once = maskPersonalData("ông Lê Văn Tám, 0909 123 456, số 5 đường Quang Trung");
    expect(maskPersonalData(once)).toBe(once);
  });
});
