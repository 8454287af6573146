import { describe, expect, it } from "vitest";
import { normalise } from "./normalise.ts";

describe("normalise", () => {
  it("repairs legacy code points to Vietnamese letters", () => {
    expect(normalise("Nhà nƣớc ÐẢNG Ðảng ðoàn")).toBe("Nhà nước ĐẢNG Đảng đoàn");
  });

  it("joins a line broken inside a word across a page break", () => {
    expect(normalise("bằng nhiều hình thức phù\n\nhop.\n\n- Đơn vị thực hiện: X.")).toBe(
      "bằng nhiều hình thức phù hop.\n\n- Đơn vị thực hiện: X.",
    );
  });

  it("does not join a heading in capitals with the summary under it", () => {
    expect(normalise("KẾ HOẠCH\nthực hiện Nghị quyết")).toBe("KẾ HOẠCH\nthực hiện Nghị quyết");
  });

  it("removes page markers and bare page numbers", () => {
    expect(normalise("Dòng một\n----- Page 2-----\n2\nDòng hai\n- 3 -\nDòng ba")).toBe(
      "Dòng một\nDòng hai\nDòng ba",
    );
  });

  it("strips Markdown emphasis, headings and escapes", () => {
    expect(normalise("# KẾ HOẠCH\n- **4.2.** Đẩy mạnh *(thông qua Phòng Tư pháp)*\n1\\. Mục")).toBe(
      "KẾ HOẠCH\n- 4.2. Đẩy mạnh (thông qua Phòng Tư pháp)\n1. Mục",
    );
  });

  it("separates words glued to numbers", () => {
    expect(normalise("Hà Nội, ngày 05 tháng12 năm2024; số:4998/KH-UBND")).toBe(
      "Hà Nội, ngày 05 tháng 12 năm 2024; số: 4998/KH-UBND",
    );
  });

  it("keeps pipe-table rows and drops their separator rows", () => {
    expect(normalise("| STT | Nhiệm vụ |\n|---|---|\n| 1 | Làm |")).toBe("| STT | Nhiệm vụ |\n| 1 | Làm |");
  });

  it("splits a line laid out in two columns", () => {
    expect(normalise("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe(
      "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
  });

  it("re-splits a whole document written on one line", () => {
    const body = Array.from(
      { length: 12 },
      (_, i) =>
        `${i + 1}. Nội dung nhiệm vụ thứ ${i + 1} được giao cụ thể cho các cơ quan, đơn vị thực hiện đầy đủ, kịp thời và hiệu quả trong năm.`,
    ).join(" ");
    const text = `TỈNH ỦY AN GIANG ĐẢNG CỘNG SẢN VIỆT NAM * Số 12-KH/TU An Giang, ngày 03 tháng 3 năm 2024 KẾ HOẠCH thực hiện chỉ thị ----- Thực hiện Chỉ thị số 5-CT/TW, Ban Thường vụ xây dựng Kế hoạch như sau: I- MỤC ĐÍCH, YÊU CẦU ${body} II- TỔ CHỨC THỰC HIỆN 1. Các cấp ủy thực hiện. - Tuyên truyền sâu rộng. Nơi nhận: T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ - Như trên, - Lưu VP.`;
    const lines = normalise(text).split("\n");
    expect(lines).toContain("Số 12-KH/TU");
    expect(lines).toContain("An Giang, ngày 03 tháng 3 năm 2024");
    expect(lines).toContain("KẾ HOẠCH");
    expect(lines).toContain("I- MỤC ĐÍCH, YÊU CẦU");
    expect(lines).toContain("Nơi nhận:");
    expect(lines).toContain("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ");
    expect(lines).toContain("- Lưu VP.");
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(13);
  });
});
