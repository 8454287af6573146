// Extractors on single sentences: units, timeframes, reporting, citations, dates, casing.
import { describe, expect, it } from "vitest";
import { orgName, positionName, SpellingIndex } from "./casing.ts";
import { readCitations } from "./citations.ts";
import { findDates } from "./dates.ts";
import { readReporting } from "./reporting.ts";
import { readTimeframe } from "./timeframes.ts";
import { readUnits, readUnitsValue, splitUnits } from "./units.ts";

describe("units", () => {
  it("reads the lead before chủ trì and the support after phối hợp với", () => {
    expect(
      readUnitsValue("Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị và Ủy ban nhân dân 16 phường."),
    ).toEqual({
      lead: ["Phòng Nội vụ"],
      support: ["các cơ quan, đơn vị", "Ủy ban nhân dân 16 phường"],
    });
  });

  it("does not read phối hợp inside a body's name as support", () => {
    const u = readUnitsValue(
      "Hội đồng phối hợp phổ biến, giáo dục pháp luật; Phòng Tư pháp, Ủy ban nhân dân các phường.",
    );
    expect(u.support).toEqual([]);
    expect(u.lead).toEqual([
      "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
      "Phòng Tư pháp",
      "Ủy ban nhân dân các phường",
    ]);
  });

  it("reads Giao ... and the subject of a duty", () => {
    expect(readUnits("Giao Phòng Tư pháp phối hợp với các cơ quan rà soát văn bản.", true).lead).toEqual([
      "Phòng Tư pháp",
    ]);
    expect(readUnits("Ban Tuyên giáo Huyện ủy phối hợp với các ban tham mưu sơ kết.", true)).toEqual({
      lead: ["Ban Tuyên giáo Huyện ủy"],
      support: ["các ban"],
    });
  });

  it("does not take a task verb for a body", () => {
    expect(readUnits("Tổ chức học tập, quán triệt nghị quyết.", true).lead).toEqual([]);
    expect(readUnits("Ban hành quy định theo thẩm quyền.", true).lead).toEqual([]);
    expect(readUnits("Báo cáo tình hình triển khai dịch vụ công.", true).lead).toEqual([]);
  });

  it("splits a list of bodies but not a body whose name has và", () => {
    expect(splitUnits("Phòng Tài nguyên và Môi trường; Sở Y tế, Công an tỉnh")).toEqual([
      "Phòng Tài nguyên và Môi trường",
      "Sở Y tế",
      "Công an tỉnh",
    ]);
  });
});

describe("timeframes", () => {
  it("reads each kind of time", () => {
    expect(readTimeframe("Thường xuyên.", true)).toMatchObject({ kind: "ongoing", due: null });
    expect(readTimeframe("Trước ngày 30/7/2023.", true)).toMatchObject({
      kind: "deadline",
      due: "2023-07-30",
    });
    expect(readTimeframe("Quý IV năm 2024", true)).toMatchObject({ kind: "period", due: "2024-12-31" });
    expect(readTimeframe("6 tháng đầu năm 2024", true)).toMatchObject({ kind: "period", due: "2024-06-30" });
    expect(readTimeframe("Năm 2023", true)).toMatchObject({ kind: "period", due: "2023-12-31" });
    expect(readTimeframe("Trong 30 ngày kể từ ngày ký", true)).toMatchObject({ kind: "relative", due: null });
    expect(readTimeframe("trong 10 ngày kể từ ngày 01/4/2025", true)).toMatchObject({
      kind: "relative",
      due: "2025-04-11",
    });
  });

  it("never guesses a year that is not written", () => {
    expect(readTimeframe("Quý IV năm trước liền kề", true)).toMatchObject({ kind: "period", due: null });
  });

  it("reads only deadlines from an item's own words", () => {
    expect(readTimeframe("Tổng kết 10 năm thực hiện Chỉ thị ngày 12/5/2014.", false).kind).toBe(
      "unspecified",
    );
    expect(readTimeframe("Rà soát, hoàn thành trước ngày 15/6/2024.", false).due).toBe("2024-06-15");
  });
});

describe("reporting", () => {
  it("reads to, via, yearly dates and frequencies", () => {
    const [r] = readReporting(
      "Định kỳ báo cáo 6 tháng (trước ngày 05 tháng 5), báo cáo năm (trước ngày 05 tháng 11) gửi Phòng Văn hóa tổng hợp.",
      7,
    );
    expect(r).toMatchObject({
      to: "Phòng Văn hóa",
      due: ["--05-05", "--11-05"],
      frequency: ["6-monthly", "yearly"],
      line: 7,
    });
  });

  it("sends a report with a long name to the body it goes 'về', not the one it is compiled for", () => {
    const [r] = readReporting(
      "Các phòng, ban gửi báo cáo công tác Dân vận năm 2026 và kết quả Tháng cao điểm về Phòng Văn hóa trước ngày 10 tháng 12 năm 2026 để tổng hợp báo cáo Ủy ban nhân dân huyện.",
      3,
    );
    expect(r).toMatchObject({ to: "Phòng Văn hóa", due: ["2026-12-10"] });
  });

  it("reads a one-off submission through a board", () => {
    const [r] = readReporting(
      "Xây dựng kế hoạch, gửi về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 30/7/2023.",
      1,
    );
    expect(r).toMatchObject({
      to: "Ban Thường vụ Huyện ủy",
      via: "Văn phòng Huyện ủy",
      due: ["2023-07-30"],
      frequency: "once",
    });
  });

  it("reads a duty that starts with a capital Báo cáo", () => {
    const [r] = readReporting(
      "Báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Dân vận) trước ngày 30/6/2024.",
      1,
    );
    expect(r).toMatchObject({ to: "Ban Thường vụ Huyện ủy", via: "Ban Dân vận", due: ["2024-06-30"] });
  });

  it("does not take citation dates for deadlines", () => {
    const [r] = readReporting(
      "Tham mưu báo cáo tình hình thực hiện Chỉ thị số 3/CT-TTg ngày 26 tháng 11 năm 2021 để trình Sở Nội vụ.",
      1,
    );
    expect(r?.due ?? []).toEqual([]);
  });
});

describe("citations", () => {
  it("merges OCR variants of one symbol and keeps the better spelling", () => {
    const cs = readCitations(
      [
        {
          text: "Thực hiện Kế hoạch số 12/KH-UBND ngày 07/9/2023 của Ủy ban nhân dân tỉnh về triển khai Nghị quyết số 9-NQ/TW.",
          line: 3,
          preamble: true,
        },
        {
          text: "Chương trình số 39-CTrHD/TU và Chương trình số 39-CTrHĐ/TU; Quy định số 55-QD/TW.",
          line: 9,
          preamble: false,
        },
      ],
      null,
      "state",
    );
    expect(cs.map((c) => [c.symbol, c.relation, c.date])).toEqual([
      ["12/KH-UBND", "implements", "2023-09-07"],
      ["9-NQ/TW", "mentions", null],
      ["39-CTrHĐ/TU", "mentions", null],
      ["55-QĐ/TW", "mentions", null],
    ]);
    expect(cs[0]!.issuer).toBe("Ủy ban nhân dân tỉnh");
    expect(cs[0]!.type).toBe("Kế hoạch");
  });

  it("reads Căn cứ as basis and an alias in parentheses", () => {
    const [c] = readCitations(
      [
        {
          text: "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 (sau đây gọi là Nghị định 30);",
          line: 1,
          preamble: true,
        },
      ],
      null,
      "state",
    );
    expect(c).toMatchObject({
      symbol: "30/2020/NĐ-CP",
      relation: "basis",
      date: "2020-03-05",
      aliases: ["Nghị định 30"],
    });
  });

  it("does not read dates or year ranges as symbols", () => {
    expect(
      readCitations(
        [{ text: "ngày 09/11/2022, giai đoạn 2021-2025, tỷ lệ 3/4", line: 1, preamble: false }],
        null,
        null,
      ),
    ).toEqual([]);
  });
});

describe("dates and casing", () => {
  it("finds day-month-year dates and rejects dates that do not exist", () => {
    expect(findDates("ngày 05 tháng 10 năm 2023 và 31/2/2023").map((d) => d.value)).toEqual([
      "2023-10-05",
      null,
    ]);
  });

  it("writes names from capitals in normal capitalisation, with the document's own spelling", () => {
    const spell = new SpellingIndex("Ủy ban nhân dân quận Gò Vấp xây dựng kế hoạch");
    expect(orgName("ỦY BAN NHÂN DÂN QUẬN GÒ VÁP", spell)).toBe("Ủy ban nhân dân quận Gò Vấp");
    expect(orgName("ĐẢNG ỦY KHỐI CÁC CƠ QUAN")).toBe("Đảng ủy Khối các cơ quan");
    expect(orgName("BỘ GIÁO DỤC VÀ ĐÀO TẠO")).toBe("Bộ Giáo dục và Đào tạo");
    expect(positionName("PHÓ BÍ THƯ THƯỜNG TRỰC")).toBe("Phó Bí thư Thường trực");
    expect(positionName("PHÓ CHỦ TỊCH")).toBe("Phó Chủ tịch");
  });
});
