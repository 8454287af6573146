// The demo report opened by LibreOffice (headless): it converts to PDF, and the PDF's text layer puts
// the header, motto, number, date, title and signer where the decree puts them; the first page also
// renders to PNG (pdftoppm, or LibreOffice's own PNG export). LibreOffice is required: .ci/run
// installs it; without it these tests fail and say so, they never skip.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoConsolidatedReport } from "./demo-report.ts";
import { renderDocx } from "./docx.ts";

const run = promisify(execFile);
const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));
const PDFTOPPM = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find((p) => existsSync(p));
const MISSING =
  "LibreOffice (soffice) is not installed: these tests need it to open the .docx. " +
  "Install it with `apt-get install --no-install-recommends libreoffice-writer` (.ci/run does).";

const dir = mkdtempSync(join(tmpdir(), "thucthi-docx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** soffice with its own profile in the temp dir, so parallel runs do not share (or lock) one. */
async function soffice(args: string[]): Promise<void> {
  if (!SOFFICE) throw new Error(MISSING);
  await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", ...args], {
    cwd: dir,
    timeout: 90_000,
  });
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
}
interface PdfPage {
  width: number;
  height: number;
  /** Text items grouped by line, left to right. */
  lines: Item[][];
}

async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .flatMap((i) =>
        "str" in i && i.str.trim() ? [{ str: i.str, x: i.transform[4], y: i.transform[5], w: i.width }] : [],
      )
      .sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: Item[][] = [];
    for (const it of items) {
      const line = lines.at(-1);
      if (line?.[0] && Math.abs(line[0].y - it.y) <= 2) line.push(it);
      else lines.push([it]);
    }
    for (const line of lines) line.sort((a, b) => a.x - b.x);
    pages.push({ width, height, lines });
  }
  return pages;
}

/**
 * Where a phrase is printed: the items that hold it, on one line. Whitespace is ignored, since
 * LibreOffice splits a run into items where it falls back to another font for a glyph.
 */
function at(
  page: PdfPage | undefined,
  phrase: string,
): { x: number; right: number; y: number; center: number } {
  const key = phrase.replace(/\s+/g, "");
  for (const line of page?.lines ?? []) {
    const starts: number[] = [];
    let text = "";
    for (const it of line) {
      starts.push(text.length);
      text += it.str.replace(/\s+/g, "");
    }
    const i = text.indexOf(key);
    if (i < 0) continue;
    const first = starts.findLastIndex((s) => s <= i);
    const last = starts.findLastIndex((s) => s < i + key.length);
    const [a, b] = [line[first], line[last]];
    if (!a || !b) continue;
    return { x: a.x, right: b.x + b.w, y: a.y, center: (a.x + b.x + b.w) / 2 };
  }
  const shown = (page?.lines ?? []).map((l) => l.map((i) => i.str).join("")).join(" | ");
  throw new Error(`"${phrase}" not found; the page holds: ${shown}`);
}

describe("the demo report in LibreOffice", () => {
  let pages: PdfPage[] = [];
  const docx = join(dir, "bao-cao.docx");

  beforeAll(async () => {
    if (!SOFFICE) throw new Error(MISSING);
    // Without a font of Times New Roman's metrics, lines wrap elsewhere and the positions below mean nothing.
    const { stdout: font } = await run("fc-match", ["Times New Roman"]);
    if (!/Times|Liberation Serif|Tinos/.test(font))
      throw new Error(
        `No font with Times New Roman's metrics (fc-match gives ${font.trim()}): install fonts-liberation2 (.ci/run does).`,
      );
    writeFileSync(docx, await renderDocx(demoConsolidatedReport()));
    await soffice(["--convert-to", "pdf", "--outdir", dir, docx]);
    pages = await readPdf(new Uint8Array(readFileSync(join(dir, "bao-cao.pdf"))));
  }, 120_000);

  it("converts to a PDF of A4 pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      expect(Math.round(p.width)).toBe(595);
      expect(Math.round(p.height)).toBe(842);
    }
  });

  it("puts the issuing body at the top left and the national title with its motto at the top right", () => {
    const first = pages[0];
    const mid = (first?.width ?? 0) / 2;
    const parent = at(first, "ỦY BAN NHÂN DÂN QUẬN GÒ VẤP");
    const body = at(first, "PHÒNG NỘI VỤ");
    const title = at(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = at(first, "Độc lập - Tự do - Hạnh phúc");
    expect(parent.center).toBeLessThan(mid);
    expect(body.center).toBeLessThan(mid);
    expect(Math.abs(body.center - parent.center)).toBeLessThan(8);
    expect(body.y).toBeLessThan(parent.y);
    expect(title.center).toBeGreaterThan(mid);
    expect(motto.y).toBeLessThan(title.y);
    expect(Math.abs(motto.center - title.center)).toBeLessThan(8);
    // Both at the top of the page: within its first 45 mm.
    expect(title.y).toBeGreaterThan((first?.height ?? 0) - 128);
    expect(Math.abs(title.y - parent.y)).toBeLessThan(3);
  });

  it("puts the number under the body's name and the date in the same line under the motto", () => {
    const first = pages[0];
    const number = at(first, "Số: 128/BC-PNV");
    const date = at(first, "Gò Vấp, ngày 04 tháng 5 năm 2026");
    expect(number.center).toBeLessThan((first?.width ?? 0) / 2);
    expect(date.center).toBeGreaterThan((first?.width ?? 0) / 2);
    expect(Math.abs(number.y - date.y)).toBeLessThan(4);
    expect(date.y).toBeLessThan(at(first, "Độc lập - Tự do - Hạnh phúc").y);
  });

  it("centres the kind's name and the summary in the text area under the header", () => {
    const first = pages[0];
    const width = first?.width ?? 0;
    // Text area: 30 mm from the left edge, 15 mm from the right.
    const textCenter = (85 + (width - 42.5)) / 2;
    const kind = at(first, "BÁO CÁO");
    const summary = at(first, "Kết quả thực hiện Kế hoạch số 4998/KH-UBND 6 tháng đầu năm 2026");
    expect(Math.abs(kind.center - textCenter)).toBeLessThan(6);
    expect(Math.abs(summary.center - textCenter)).toBeLessThan(6);
    expect(kind.y).toBeLessThan(at(first, "Số: 128/BC-PNV").y);
    expect(summary.y).toBeLessThan(kind.y);
  });

  it("closes with the signer at the right, above the name, and Nơi nhận at the left", () => {
    const last = pages.at(-1);
    const mid = (last?.width ?? 0) / 2;
    const position = at(last, "TRƯỞNG PHÒNG");
    const name = at(last, "Trần Thị Minh Hạnh");
    const recipients = at(last, "Nơi nhận:");
    expect(position.center).toBeGreaterThan(mid);
    expect(Math.abs(name.center - position.center)).toBeLessThan(12);
    // Room for the signature and the seal between the position and the name: over 15 mm.
    expect(position.y - name.y).toBeGreaterThan(42);
    expect(recipients.right).toBeLessThan(mid);
    expect(at(last, "- Lưu: VT.").y).toBeLessThan(recipients.y);
  });

  it("numbers the pages after the first, at the top", () => {
    const top = (p: PdfPage | undefined) =>
      (p?.lines ?? [])
        .filter((l) => (l[0]?.y ?? 0) > (p?.height ?? 0) - 57)
        .map((l) => l.map((i) => i.str).join(""));
    expect(top(pages[0])).not.toContain("1");
    expect(top(pages[1])).toContain("2");
  });

  it("renders the first page to a PNG of A4 proportions", async () => {
    let png: string;
    if (PDFTOPPM) {
      await run(PDFTOPPM, [
        "-r",
        "80",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        "-png",
        join(dir, "bao-cao.pdf"),
        join(dir, "page-1"),
      ]);
      png = join(dir, "page-1.png");
    } else {
      await soffice(["--convert-to", "png", "--outdir", dir, docx]);
      png = join(dir, "bao-cao.png");
    }
    expect(existsSync(png), `no PNG written at ${png}`).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(h / w).toBeCloseTo(Math.SQRT2, 2);
    // A page of text, not a blank one: a white 80-dpi A4 page compresses to a few kilobytes.
    expect(bytes.length).toBeGreaterThan(20_000);
    if (process.env.REPORT_PNG) writeFileSync(process.env.REPORT_PNG, bytes);
  }, 120_000);

  it("lays out a Party report with the Party's title at the top right and the star under the body", async () => {
    const party = join(dir, "bao-cao-dang.docx");
    writeFileSync(
      party,
      await renderDocx({
        ...demoConsolidatedReport(),
        system: "party",
        issuer: { parent: "Đảng bộ quận Gò Vấp", name: "Đảng ủy Phường 1", code: "ĐU" },
        reference: { number: "15" },
        signers: [
          {
            authority: { kind: "on-behalf", of: "Ban Thường vụ" },
            position: "Phó Bí thư",
            name: "Lê Văn Tâm",
          },
        ],
      }),
    );
    await soffice(["--convert-to", "pdf", "--outdir", dir, party]);
    const [first] = await readPdf(new Uint8Array(readFileSync(join(dir, "bao-cao-dang.pdf"))));
    const mid = (first?.width ?? 0) / 2;
    const body = at(first, "ĐẢNG ỦY PHƯỜNG 1");
    const star = at(first, "*");
    expect(at(first, "ĐẢNG CỘNG SẢN VIỆT NAM").center).toBeGreaterThan(mid);
    expect(at(first, "ĐẢNG BỘ QUẬN GÒ VẤP").center).toBeLessThan(mid);
    expect(star.y).toBeLessThan(body.y);
    expect(Math.abs(star.center - body.center)).toBeLessThan(8);
    expect(at(first, "Số 15-BC/ĐU").y).toBeLessThan(star.y);
  }, 120_000);
});
