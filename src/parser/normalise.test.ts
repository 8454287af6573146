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

  describe("paragraphs broken into lines, one blank line between paragraphs (web pages)", () => {
    // Invented text in the shape of the converted web pages: the first line of each paragraph
    // cut short, the rest wrapped, a blank line between paragraphs.
    const page = [
      "ỦY BAN NHÂN",
      "DÂN",
      "TỈNH AN BÌNH",
      "--------",
      "",
      "Số: 12/KH-UBND",
      "",
      "Thành phố An",
      "Bình, ngày 18",
      "tháng 11 năm 2025",
      "",
      "KẾ HOẠCH",
      "",
      "TRIỂN",
      "KHAI NHIỆM VỤ TRỌNG TÂM",
      "",
      "I. MỤC",
      "ĐÍCH, YÊU CẦU",
      "",
      "1.",
      "Mục đích",
      "",
      "- Bảo đảm việc triển",
      "khai thống nhất, đồng bộ và",
      "hiệu quả trong toàn tỉnh;",
      "tiết kiệm kinh phí.",
      "",
      "- Ưu tiên các dự án giai đoạn 2021",
      "- 2025.",
      "",
      "- Kịp thời phát hiện",
      "những khó khăn, vướng mắc để",
      "tháo gỡ, bảo đảm tiến độ và",
      "chất lượng của từng nhiệm vụ",
      "được giao cho các cơ quan,",
      "đơn vị trong toàn tỉnh.",
      "",
      "II. NHIỆM",
      "VỤ",
      "",
      "- Cơ quan chủ trì: Sở Nội vụ, Sở",
      "Giáo dục và Đào tạo, Sở Tài chính.",
      "- Thời gian thực hiện: năm",
      "2026 và các năm tiếp theo.",
      "",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN",
      "DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Trần Văn Thử",
    ].join("\n");
    const lines = normalise(page).split("\n");

    it.each([
      ["an issuer cut inside its name", "ỦY BAN NHÂN DÂN TỈNH AN BÌNH"],
      ["a place and date over three lines", "Thành phố An Bình, ngày 18 tháng 11 năm 2025"],
      ["a summary in capitals", "TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM"],
      ["a Roman heading", "I. MỤC ĐÍCH, YÊU CẦU"],
      ["a short Roman heading", "II. NHIỆM VỤ"],
      ["a marker alone on its line and its words", "1. Mục đích"],
      [
        "a paragraph, past a semicolon before a lower-case line",
        "- Bảo đảm việc triển khai thống nhất, đồng bộ và hiệu quả trong toàn tỉnh; tiết kiệm kinh phí.",
      ],
      [
        "a list of bodies cut before a capital",
        "- Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính.",
      ],
      ["a time field", "- Thời gian thực hiện: năm 2026 và các năm tiếp theo."],
      ["a range of years cut at its dash", "- Ưu tiên các dự án giai đoạn 2021 - 2025."],
      ["a signing body", "TM. ỦY BAN NHÂN DÂN"],
    ])("joins %s", (_name, line) => {
      expect(lines).toContain(line);
    });

    it("keeps apart the type line, an authority, the signer's name and the recipients", () => {
      expect(lines).toContain("KẾ HOẠCH");
      expect(lines).toContain("KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
      expect(lines).toContain("Trần Văn Thử");
      expect(lines).toContain("Nơi nhận:");
      expect(lines).toContain("- Như trên;");
    });

    it("leaves a document of one paragraph a line alone", () => {
      const plain = "ĐẢNG BỘ TỈNH AN BÌNH\nĐẢNG ỦY KHỐI CƠ QUAN\n\n1. Mục đích\nBảo đảm thống nhất.";
      expect(normalise(plain)).toBe(plain);
    });
  });

  it("re-joins a paragraph broken into thousands of lines in linear time", () => {
    const words = "tăng cường kiểm tra việc thực hiện nhiệm vụ được giao và";
    const text = ["KẾ HOẠCH", "1. Các sở, ngành", ...Array(4000).fill(words)].join("\n");
    const start = performance.now();
    expect(normalise(text).split("\n")).toHaveLength(2);
    // Quadratic re-joining took 32 s for these 4,000 lines; linear takes about 0.1 s, so the
    // bound holds on a busy shared machine and fails on the old code.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
