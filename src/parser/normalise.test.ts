import { describe, expect, it } from "vitest";
import { normalise } from "./normalise.ts";

describe("normalise", () => {
  it.each([
    [
      "repairs legacy code points to Vietnamese letters",
      "Nhà nƣớc ÐẢNG Ðảng ðoàn",
      "Nhà nước ĐẢNG Đảng đoàn",
    ],
    [
      "joins a line broken inside a word across a page break",
      "bằng nhiều hình thức phù\n\nhop.\n\n- Đơn vị thực hiện: X.",
      "bằng nhiều hình thức phù hop.\n\n- Đơn vị thực hiện: X.",
    ],
    [
      "does not join a heading in capitals with the summary under it",
      "KẾ HOẠCH\nthực hiện Nghị quyết",
      "KẾ HOẠCH\nthực hiện Nghị quyết",
    ],
    [
      "removes page markers and bare page numbers",
      "Dòng một\n----- Page 2-----\n2\nDòng hai\n- 3 -\nDòng ba",
      "Dòng một\nDòng hai\nDòng ba",
    ],
    [
      "strips Markdown emphasis, headings and escapes",
      "# KẾ HOẠCH\n- **4.2.** Đẩy mạnh *(thông qua Phòng Tư pháp)*\n1\\. Mục",
      "KẾ HOẠCH\n- 4.2. Đẩy mạnh (thông qua Phòng Tư pháp)\n1. Mục",
    ],
    [
      "separates words glued to numbers",
      "Hà Nội, ngày 05 tháng12 năm2024; số:4998/KH-UBND",
      "Hà Nội, ngày 05 tháng 12 năm 2024; số: 4998/KH-UBND",
    ],
    [
      "keeps pipe-table rows and drops their separator rows",
      "| STT | Nhiệm vụ |\n|---|---|\n| 1 | Làm |",
      "| STT | Nhiệm vụ |\n| 1 | Làm |",
    ],
    [
      "splits a line laid out in two columns",
      "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ],
  ])("%s", (_name, text, expected) => {
    expect(normalise(text)).toBe(expected);
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
