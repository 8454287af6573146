// The figures of an OfficialDocument as .xlsx (exceljs), one sheet per table, beside the .docx: the
// level above sums them again. Cells hold numbers, not texts, with a number format; Excel and
// LibreOffice print them with the reader's separators, so a Vietnamese desktop shows 1.234,5.
// A first sheet names the document, so a sheet taken out of its file still says where it came from.
import ExcelJS from "exceljs";
import { dateLine, referenceLine } from "./format.ts";
import type { ColumnFormat, OfficialDocument, TableBlock } from "./model.ts";

const NUMBER_FORMATS: Record<Exclude<ColumnFormat, "text">, (decimals: number) => string> = {
  integer: () => "#,##0",
  decimal: (d) => (d > 0 ? `#,##0.${"0".repeat(d)}` : "#,##0"),
  // Values are already in percent (87.5 means 87,5%): a literal sign, not Excel's ×100 format.
  percent: (d) => (d > 0 ? `#,##0.${"0".repeat(d)}"%"` : '#,##0"%"'),
};

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
function sheetName(title: string | undefined, index: number, used: Set<string>): string {
  let base =
    (title ?? `Biểu ${index}`)
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || `Biểu ${index}`;
  for (let n = 2; used.has(base); n++) base = `${base.slice(0, 27)} (${n})`;
  used.add(base);
  return base;
}

function addTable(book: ExcelJS.Workbook, t: TableBlock, name: string): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const cols = [...(t.numbered ? [{ title: "STT", format: "text" as const, width: 0.4 }] : []), ...t.columns];
  sheet.columns = cols.map((c) => ({ header: c.title, width: Math.round(12 * (c.width ?? 1)) + 4 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  const offset = t.numbered ? 1 : 0;
  t.columns.forEach((c, i) => {
    if (c.format !== "text")
      sheet.getColumn(i + 1 + offset).numFmt = NUMBER_FORMATS[c.format](c.decimals ?? 1);
  });
  for (const [i, r] of t.rows.entries())
    sheet.addRow([...(t.numbered ? [i + 1] : []), ...t.columns.map((_, j) => r[j] ?? null)]);
  if (t.totals) {
    const row = sheet.addRow([
      ...(t.numbered ? [null] : []),
      ...t.columns.map((_, j) => t.totals?.[j] ?? null),
    ]);
    row.font = { bold: true };
  }
  if (t.note) {
    sheet.addRow([]);
    sheet.addRow([t.note]).font = { italic: true };
  }
}

/** The .xlsx file's bytes: a cover sheet, then each table of the body in order. */
export async function renderXlsx(doc: OfficialDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = doc.issuer.name;
  const cover = book.addWorksheet("Văn bản");
  cover.columns = [{ width: 22 }, { width: 90 }];
  const rows: [string, string][] = [
    ["Cơ quan ban hành", doc.issuer.parent ? `${doc.issuer.name} (${doc.issuer.parent})` : doc.issuer.name],
    ["Số, ký hiệu", referenceLine(doc.system, doc.kind, doc.issuer, doc.reference)],
    ["Ngày ban hành", dateLine(doc.place, doc.date)],
    ["Tên loại", doc.kind.name],
    ["Trích yếu", doc.summary],
  ];
  for (const r of rows) cover.addRow(r).getCell(1).font = { bold: true };
  const used = new Set(["Văn bản"]);
  let n = 0;
  for (const block of doc.body)
    if (block.type === "table") addTable(book, block, sheetName(block.title, ++n, used));
  return Buffer.from(await book.xlsx.writeBuffer());
}
