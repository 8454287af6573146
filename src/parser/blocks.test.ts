// Shapes of real plans (the development set, testdata/corpus) in invented words: a decision that
// issues an attached plan, structured task blocks, open-ended time frames, a lead after a clause.
import { describe, expect, it } from "vitest";
import { parse } from "./index.ts";
import { readTimeframe } from "./timeframes.ts";
import { readUnits } from "./units.ts";

const decision = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH AN BÌNH",
  "",
  "Số: 77/QĐ-UBND",
  "",
  "Thành phố An Bình, ngày 03 tháng 3 năm 2026",
  "",
  "QUYẾT ĐỊNH",
  "Về việc ban hành Kế hoạch thử nghiệm",
  "",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN BÌNH",
  "",
  "Căn cứ Luật Tổ chức chính quyền địa phương;",
  "",
  "QUYẾT ĐỊNH:",
  "",
  "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thử nghiệm.",
  "",
  "Điều 2. Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
  "",
  "Nơi nhận:",
  "- Như Điều 2;",
  "- Lưu: VT.",
  "",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "Lê Văn Thử",
  "",
  "KẾ HOẠCH",
  "",
  "THỬ NGHIỆM",
  "",
  "(Kèm theo Quyết định số 77/QĐ-UBND ngày 03/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "1. Bảo đảm thống nhất.",
  "",
  "II. NỘI DUNG",
  "1. Tổ chức tập huấn",
  "- Nội dung thực hiện: Tập huấn cho cán bộ.",
  "- Cơ quan chủ trì: Sở Nội vụ.",
  "- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.",
  "2. Rà soát văn bản",
  "- Nội dung:",
  "+ Rà soát các văn bản cũ.",
  "+ Đề xuất sửa đổi.",
  "- Thời gian thực hiện:",
  "+ Các sở gửi kết quả trước ngày 15 tháng 12 năm 2026.",
  "+ Sở Tư pháp tổng hợp trước ngày 31 tháng 12 năm 2026.",
  "- Cơ quan thực hiện: Sở Tư pháp chủ trì.",
  "3. Kiểm tra việc thi hành",
  "",
  "III. TỔ CHỨC THỰC HIỆN",
  "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
].join("\n");

describe("a decision that issues an attached plan", () => {
  const r = parse(decision);

  it("takes the header and the signer from the decision", () => {
    expect(r).toMatchObject({ symbol: "77/QĐ-UBND", date: "2026-03-03", type: { code: "QĐ" } });
    expect(r.place).toContain("An Bình");
    expect(r.signer).toMatchObject({ authority: "KT.", position: "Phó Chủ tịch", name: "Lê Văn Thử" });
    expect(r.recipients).toHaveLength(2);
  });

  it("takes the task groups from the attached plan, one task per structured block", () => {
    expect(r.taskGroups.map((g) => g.title)).toEqual([
      "Tổ chức tập huấn",
      "Rà soát văn bản",
      "Kiểm tra việc thi hành",
    ]);
    const [training, review, check] = r.taskGroups.map((g) => g.tasks);
    expect(training).toHaveLength(1);
    expect(training![0]).toMatchObject({ lead: ["Sở Nội vụ"], timeframe: { kind: "ongoing", due: null } });
    expect(training![0]!.text).toContain("Tập huấn cho cán bộ");
    expect(review).toHaveLength(1);
    expect(review![0]!.text).toContain("Đề xuất sửa đổi");
    expect(review![0]).toMatchObject({
      lead: ["Sở Tư pháp"],
      timeframe: { kind: "deadline", due: "2026-12-15" },
    });
    expect(check![0]!.lead).toEqual([]);
    expect(r.diagnostics.some((d) => d.line === check![0]!.line && d.message.includes("chủ trì"))).toBe(true);
  });

  it("reads the organisation part of both", () => {
    expect(r.responsibilities.map((x) => x.lead[0])).toContain("Sở Nội vụ");
  });
});

describe("time frames and units of real plans", () => {
  it.each([
    ["Năm 2025 và các năm tiếp theo.", "ongoing", null],
    ["Từ năm 2026 trở đi", "ongoing", null],
    ["năm 2026 - 2027", "period", "2027-12-31"],
    ["trước ngày 31 tháng 12 năm 2026", "deadline", "2026-12-31"],
    // Recurrent and open-ended frames whose first period has an end: ongoing work, not a due date.
    ["Quý IV/2025 và các năm tiếp theo", "ongoing", null],
    ["Tháng 12 năm 2025 và hằng năm", "ongoing", null],
    ["Từ ngày 01/3/2025, định kỳ hằng quý", "ongoing", null],
    ["Năm 2025, thực hiện thường xuyên", "ongoing", null],
    // A deadline written as one stays a deadline.
    ["Hoàn thành trước ngày 31/12/2025, sau đó thực hiện thường xuyên", "deadline", "2025-12-31"],
  ])("reads %s as %s", (text, kind, due) => {
    expect(readTimeframe(text, true)).toMatchObject({ kind, due });
  });

  it("reads an open-ended run of years written in a task's words as ongoing", () => {
    expect(
      readTimeframe("Tổ chức tập huấn cho cán bộ từ năm 2025 và các năm tiếp theo theo kế hoạch", false),
    ).toMatchObject({ kind: "ongoing", due: null, text: "từ năm 2025 và các năm tiếp theo" });
  });

  it("reads a time field named for issuing (Thời hạn ban hành)", () => {
    const r = parse(
      "II. NHIỆM VỤ\n1. Ban hành quy định\n- Thời hạn ban hành: trước ngày 01 tháng 01 năm 2027.",
    );
    expect(r.taskGroups[0]!.tasks[0]!.timeframe).toMatchObject({ kind: "deadline", due: "2027-01-01" });
  });

  it("finds the lead after an opening clause", () => {
    expect(
      readUnits("Đối với các địa phương, Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện.", true),
    ).toEqual({
      lead: ["Sở Tài chính"],
      support: ["Sở Nội vụ"],
    });
  });
});

describe("an appendix table flattened one cell per line", () => {
  const text = [
    "KẾ HOẠCH",
    "Thử nghiệm",
    "",
    "I. NHIỆM VỤ (chi tiết Phụ lục đính kèm)",
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "- Vận động Nhân dân tham gia.",
    "",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lê Văn Thử",
    "",
    "PHỤ LỤC",
    "",
    "STT",
    "",
    "NHIỆM VỤ",
    "",
    "CHỦ TRÌ",
    "",
    "THỜI GIAN",
    "",
    "I",
    "",
    "NHÓM CƠ CHẾ",
    "",
    "1",
    "",
    "Rà soát chính sách.",
    "",
    "Sở Tài chính",
    "",
    "Thường xuyên",
    "",
    "2",
    "",
    "Đề xuất giải pháp.",
    "",
    "Sở Công Thương",
    "",
    "2026",
  ].join("\n");
  const r = parse(text);

  it("reads its rows as tasks of its groups (and not the section pointing to it)", () => {
    expect(r.taskGroups.map((g) => [g.title, g.tasks.length])).toEqual([["NHÓM CƠ CHẾ", 2]]);
    expect(r.taskGroups[0]!.tasks[0]).toMatchObject({
      lead: ["Sở Tài chính"],
      timeframe: { kind: "ongoing" },
    });
    expect(r.taskGroups[0]!.tasks[1]).toMatchObject({
      lead: ["Sở Công Thương"],
      timeframe: { kind: "period" },
    });
  });

  it("takes the body a request is made to as the lead of its items", () => {
    expect(r.responsibilities[0]!.lead[0]).toContain("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
  });
});
