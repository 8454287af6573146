import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { describe, expect, it } from "vitest";
import { parse } from "../../../../parser/index.ts";
import { extractText } from "./index.ts";
import { tinyPdf } from "./tiny-pdf.test-helper.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("extractText from plain text", () => {
  it("reads UTF-8 with or without a BOM", async () => {
    expect((await extractText(utf8("\ufeffKẾ HOẠCH"), "a.txt")).text).toBe("KẾ HOẠCH");
    expect((await extractText(utf8("Số: 1/KH-UBND"), "a.md")).text).toBe("Số: 1/KH-UBND");
  });

  it("reads UTF-16 with a BOM", async () => {
    const body = Buffer.from("Kế hoạch", "utf16le");
    const bytes = new Uint8Array([0xff, 0xfe, ...body]);
    expect((await extractText(bytes, "a.txt")).text).toBe("Kế hoạch");
  });

  it("reads a file that is not UTF-8 as Windows-1258 and says so", async () => {
    // "Ké" in Windows-1258: K, e, combining acute (0xEC).
    const out = await extractText(new Uint8Array([0x4b, 0x65, 0xec]), "a.txt");
    expect(out.text).toBe("Ké");
    expect(out.diagnostics[0]?.message).toMatch(/Windows-1258/);
  });

  it("warns about text in the old TCVN3 font encoding", async () => {
    const out = await extractText(utf8("KÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi n¨m 2025"), "a.txt");
    expect(out.diagnostics[0]?.message).toMatch(/TCVN3/);
  });

  it("refuses an old Word .doc file with a clear message", async () => {
    await expect(extractText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "a.doc")).rejects.toThrow(
      /\.docx/,
    );
  });
});

describe("extractText from .docx", () => {
  it("keeps the header table as lines and a task table as pipe rows the parser reads", async () => {
    const cell = (...lines: string[]) =>
      new TableCell({
        children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })),
        width: { size: 50, type: WidthType.PERCENTAGE },
      });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell("ỦY BAN NHÂN DÂN", "HUYỆN TÂN HIỆP", "Số: 77/KH-UBND"),
                    cell(
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc",
                      "Tân Hiệp, ngày 03 tháng 4 năm 2025",
                    ),
                  ],
                }),
              ],
            }),
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: "KẾ HOẠCH", bold: true })],
            }),
            new Paragraph("Tổ chức Tháng hành động vì môi trường năm 2025"),
            new Paragraph("I. NHIỆM VỤ"),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell("STT"),
                    cell("Nhiệm vụ"),
                    cell("Cơ quan chủ trì"),
                    cell("Thời gian hoàn thành"),
                  ],
                }),
                new TableRow({
                  children: [
                    cell("1"),
                    cell("Ra quân làm sạch kênh rạch"),
                    cell("Phòng Tài nguyên và Môi trường"),
                    cell("Trước ngày 05/6/2025"),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { text } = await extractText(bytes, "ke-hoach.docx");
    expect(text).toContain("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HIỆP\nSố: 77/KH-UBND");
    expect(text).toContain(
      "| 1 | Ra quân làm sạch kênh rạch | Phòng Tài nguyên và Môi trường | Trước ngày 05/6/2025 |",
    );
    const r = parse(text);
    expect(r).toMatchObject({
      symbol: "77/KH-UBND",
      date: "2025-04-03",
      issuer: "Ủy ban nhân dân huyện Tân Hiệp",
    });
    expect(r.taskGroups[0]!.tasks[0]).toMatchObject({
      lead: ["Phòng Tài nguyên và Môi trường"],
      timeframe: { kind: "deadline", due: "2025-06-05" },
    });
  });
});

describe("extractText from .pdf", () => {
  it("rebuilds lines by position, splits side-by-side columns and joins a wrapped paragraph", async () => {
    const pdf = tinyPdf([
      [
        { x: 60, y: 800, text: "UY BAN NHAN DAN" },
        { x: 320, y: 800, text: "CONG HOA XA HOI" },
        {
          x: 60,
          y: 700,
          text: "Noi dung dong mot keo dai den tan le phai cua trang van ban nay de thay dong",
        },
        { x: 60, y: 686, text: "va tiep tuc o dong sau." },
      ],
    ]);
    const { text, diagnostics } = await extractText(pdf, "a.pdf");
    expect(diagnostics).toEqual([]);
    expect(text.split("\n")).toEqual([
      "UY BAN NHAN DAN",
      "CONG HOA XA HOI",
      "",
      "Noi dung dong mot keo dai den tan le phai cua trang van ban nay de thay dong va tiep tuc o dong sau.",
    ]);
  });

  it("says in Vietnamese that a scanned PDF has no text layer", async () => {
    const { text, diagnostics } = await extractText(tinyPdf([[]]), "scan.pdf");
    expect(text.trim()).toBe("");
    expect(diagnostics[0]).toMatchObject({ severity: "error" });
    expect(diagnostics[0]!.message).toMatch(/không có lớp văn bản/);
  });
});
