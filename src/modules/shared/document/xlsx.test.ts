// The figures' workbook read back with exceljs: a cover sheet naming the document, then one sheet
// per table with numbers stored as numbers (so the level above can sum them) in number formats.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { demoConsolidatedReport } from "./demo-report.ts";
import { renderXlsx } from "./xlsx.ts";

async function workbook(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderXlsx(demoConsolidatedReport())) as unknown as ArrayBuffer);
  return book;
}

describe("the .xlsx of the figures", () => {
  it("names the document on a cover sheet, then holds each table in order", async () => {
    const book = await workbook();
    // Sheet names stop at Excel's 31 characters.
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Văn bản",
      "Biểu 1. Kết quả thực hiện nhiệm",
      "Biểu 2. Các phường gửi báo cáo",
    ]);
    const cover = book.getWorksheet("Văn bản");
    expect(cover?.getCell("B2").value).toBe("Số: 128/BC-PNV");
    expect(cover?.getCell("B5").value).toBe(
      "Kết quả thực hiện Kế hoạch số 4998/KH-UBND 6 tháng đầu năm 2026",
    );
  });

  it("stores numbers as numbers with formats, an empty cell for a ward that did not report, and bold totals", async () => {
    const sheet = (await workbook()).worksheets[1];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "STT",
      "Đơn vị",
      "Được giao",
      "Hoàn thành đúng hạn",
      "Hoàn thành trễ hạn",
      "Đang thực hiện",
      "Quá hạn",
      "Tỷ lệ đúng hạn (%)",
    ]);
    const p1 = sheet?.getRow(2);
    expect([p1?.getCell(1).value, p1?.getCell(2).value, p1?.getCell(3).value, p1?.getCell(8).value]).toEqual([
      1,
      "Phường 1",
      14,
      78.6,
    ]);
    expect(p1?.getCell(3).numFmt).toBe("#,##0");
    expect(p1?.getCell(8).numFmt).toBe('#,##0.0"%"');
    const p8 = sheet?.getRow(8);
    expect([p8?.getCell(2).value, p8?.getCell(3).value, p8?.getCell(4).value]).toEqual([
      "Phường 8",
      13,
      null,
    ]);
    const totals = sheet?.getRow(18);
    expect(totals?.getCell(2).value).toBe("Tổng cộng");
    expect(totals?.getCell(3).value).toBe(222);
    expect(totals?.getCell(8).value).toBe(75.5);
    expect(totals?.font?.bold).toBe(true);
  });
});
