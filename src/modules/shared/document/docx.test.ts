// The .docx's own XML, read back: page, margins, fonts, the header's elements in the decree's order
// and styles, the tables as real Word tables, the signer and the recipients; for a State report,
// a Party report, a draft and minutes with two signers.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { demoConsolidatedReport } from "./demo-report.ts";
import { renderDocx } from "./docx.ts";
import type { OfficialDocument } from "./model.ts";

async function documentXml(doc: OfficialDocument): Promise<{ xml: string; styles: string }> {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const xml = await zip.file("word/document.xml")?.async("string");
  const styles = await zip.file("word/styles.xml")?.async("string");
  if (!xml || !styles) throw new Error("the .docx has no word/document.xml or word/styles.xml");
  return { xml, styles };
}

interface Run {
  text: string;
  size: number | null;
  bold: boolean;
  italic: boolean;
  font: string | null;
}

/** Every text run in order, with its size in points and emphasis. */
function runsOf(xml: string): Run[] {
  const out: Run[] = [];
  for (const m of xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
    const body = m[1] ?? "";
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    if (!text) continue;
    const sz = /<w:sz w:val="(\d+)"/.exec(body);
    out.push({
      text,
      size: sz ? Number(sz[1]) / 2 : null,
      bold: /<w:b\/>|<w:b w:val="true"\/>/.test(body),
      italic: /<w:i\/>|<w:i w:val="true"\/>/.test(body),
      font: /<w:rFonts w:ascii="([^"]+)"/.exec(body)?.[1] ?? null,
    });
  }
  return out;
}

const find = (runs: Run[], text: string | RegExp): Run => {
  const r = runs.find((x) => (typeof text === "string" ? x.text === text : text.test(x.text)));
  if (!r) throw new Error(`no run ${String(text)} in: ${runs.map((x) => x.text).join(" | ")}`);
  return r;
};
const indexOf = (runs: Run[], text: string) => runs.findIndex((r) => r.text === text);

describe("the .docx of a State report (Nghị định 30/2020/NĐ-CP, Phụ lục I)", async () => {
  const { xml, styles } = await documentXml(demoConsolidatedReport());
  const runs = runsOf(xml);

  it("is A4 portrait with margins inside the decree's ranges", () => {
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect(size).toMatch(/w:w="11906"/);
    expect(size).toMatch(/w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    const mm = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)?.[1]) / 56.692;
    expect(mm("top")).toBeGreaterThanOrEqual(20);
    expect(mm("top")).toBeLessThanOrEqual(25);
    expect(mm("bottom")).toBeGreaterThanOrEqual(20);
    expect(mm("bottom")).toBeLessThanOrEqual(25);
    expect(mm("left")).toBeGreaterThanOrEqual(30);
    expect(mm("left")).toBeLessThanOrEqual(35);
    expect(mm("right")).toBeGreaterThanOrEqual(15);
    expect(mm("right")).toBeLessThanOrEqual(20);
  });

  it("writes every run in Times New Roman, the default style too", () => {
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((r) => r.font !== "Times New Roman")).toEqual([]);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:lang w:val="vi-VN"/);
  });

  it("writes the header: parent over the body in bold, the national title and motto in bold, then number and date in italics", () => {
    const parent = find(runs, "ỦY BAN NHÂN DÂN QUẬN GÒ VẤP");
    const body = find(runs, "PHÒNG NỘI VỤ");
    const title = find(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = find(runs, "Độc lập - Tự do - Hạnh phúc");
    const number = find(runs, "Số: 128/BC-PNV");
    const date = find(runs, "Gò Vấp, ngày 04 tháng 5 năm 2026");
    expect([parent.bold, body.bold, title.bold, motto.bold]).toEqual([false, true, true, true]);
    for (const r of [parent, body, title]) expect(r.size).toBeGreaterThanOrEqual(12);
    for (const r of [parent, body, title]) expect(r.size).toBeLessThanOrEqual(13);
    expect(motto.size).toBeGreaterThanOrEqual(13);
    expect(number.size).toBe(13);
    expect(date.italic).toBe(true);
    const order = [parent, body, title, motto, number, date].map((r) => runs.indexOf(r));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Under the body's name and under the motto: a rule (a paragraph's top border).
    expect(xml.match(/<w:pBdr><w:top w:val="single"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("writes the kind's name and the summary in bold under the header, and the body at 14 pt", () => {
    const kind = find(runs, "BÁO CÁO");
    const summary = find(runs, "Kết quả thực hiện Kế hoạch số 4998/KH-UBND 6 tháng đầu năm 2026");
    expect(kind.bold && summary.bold).toBe(true);
    expect(indexOf(runs, "BÁO CÁO")).toBeGreaterThan(indexOf(runs, "Gò Vấp, ngày 04 tháng 5 năm 2026"));
    expect(find(runs, /^Thực hiện Kế hoạch số 4998/).size).toBe(14);
    expect(find(runs, "I. KẾT QUẢ ĐẠT ĐƯỢC").bold).toBe(true);
  });

  it("writes the figures as real Word tables, with a header row repeated on each page and a bold totals row", () => {
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    const figures = tables.filter((t) => t.includes("Hoàn thành đúng hạn"));
    expect(figures).toHaveLength(1);
    const rows = figures[0]?.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(1 + 16 + 1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[1]).toContain("Phường 1");
    expect(rows[1]).toContain("78,6%");
    const totals = runsOf(rows[17] ?? "");
    expect(totals.map((r) => r.text)).toEqual(["Tổng cộng", "222", "148", "17", "21", "10", "75,5%"]);
    expect(totals.every((r) => r.bold)).toBe(true);
    expect(tables.some((t) => t.includes("Chưa gửi báo cáo"))).toBe(true);
  });

  it("closes with the signer at the right and Nơi nhận with Lưu: VT at the left, at 12 and 11 pt", () => {
    const position = find(runs, "TRƯỞNG PHÒNG");
    const name = find(runs, "Trần Thị Minh Hạnh");
    expect(position.bold && name.bold).toBe(true);
    const label = find(runs, "Nơi nhận:");
    expect([label.size, label.bold, label.italic]).toEqual([12, true, true]);
    expect(find(runs, "- Sở Nội vụ Thành phố (để báo cáo);").size).toBe(11);
    expect(find(runs, "- Lưu: VT.").size).toBe(11);
    // The closing table: recipients in its first cell, the signer in its second.
    const closing = (xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).at(-1) ?? "";
    const cells = closing.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    expect(cells[0]).toContain("Nơi nhận:");
    expect(cells[1]).toContain("Trần Thị Minh Hạnh");
  });

  it("numbers pages from the second, in the top margin", () => {
    expect(xml).toContain("<w:titlePg/>");
    expect(xml).toMatch(/<w:headerReference w:type="first"/);
    expect(xml).toMatch(/<w:headerReference w:type="default"/);
  });
});

describe("other documents in the same model", () => {
  it("writes a Party report as Hướng dẫn 36-HD/VPTW: the Party's title, the star, Số ...-BC/..., T/M", async () => {
    const doc: OfficialDocument = {
      ...demoConsolidatedReport(),
      system: "party",
      issuer: { parent: "Đảng bộ quận Gò Vấp", name: "Đảng ủy Phường 1", code: "ĐU" },
      reference: { number: "15" },
      signers: [
        { authority: { kind: "on-behalf", of: "Ban Thường vụ" }, position: "Phó Bí thư", name: "Lê Văn Tâm" },
      ],
      recipients: { items: ["Ban Thường vụ Quận ủy (để báo cáo)"], archive: ["Văn phòng Đảng ủy"] },
    };
    const runs = runsOf((await documentXml(doc)).xml);
    const texts = runs.map((r) => r.text);
    expect(find(runs, "ĐẢNG CỘNG SẢN VIỆT NAM").bold).toBe(true);
    expect(texts).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts).not.toContain("Độc lập - Tự do - Hạnh phúc");
    expect(texts.slice(0, 5)).toEqual([
      "ĐẢNG BỘ QUẬN GÒ VẤP",
      "ĐẢNG ỦY PHƯỜNG 1",
      "*",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 15-BC/ĐU",
    ]);
    expect(find(runs, "ĐẢNG ỦY PHƯỜNG 1").bold).toBe(true);
    expect(find(runs, "T/M BAN THƯỜNG VỤ").bold).toBe(true);
    expect(texts).toContain("- Lưu Văn phòng Đảng ủy.");
  });

  it("writes a draft with blanks for the number and the day, and the DỰ THẢO mark", async () => {
    const doc: OfficialDocument = {
      ...demoConsolidatedReport(),
      draft: true,
      reference: { number: null },
      date: { year: 2026 },
    };
    const texts = runsOf((await documentXml(doc)).xml).map((r) => r.text);
    expect(texts[0]).toBe("DỰ THẢO");
    expect(texts).toContainEqual(expect.stringMatching(/^Số: +\/BC-PNV$/));
    expect(texts).toContainEqual(expect.stringMatching(/^Gò Vấp, ngày +tháng +năm 2026$/));
  });

  it("writes Kính gửi for one or several addressees, and keeps characters XML must escape", async () => {
    const base = demoConsolidatedReport();
    const one = runsOf((await documentXml({ ...base, addressees: ["Ủy ban nhân dân quận Gò Vấp"] })).xml);
    expect(one.map((r) => r.text)).toContain("Kính gửi: Ủy ban nhân dân quận Gò Vấp");
    const many: OfficialDocument = {
      ...base,
      issuer: { ...base.issuer, name: "Phòng Tài nguyên & Môi trường <thử>" },
      addressees: ["Ủy ban nhân dân quận", "Sở Nội vụ Thành phố"],
    };
    const texts = runsOf((await documentXml(many)).xml).map((r) => r.text);
    expect(texts).toContain("Kính gửi:");
    expect(texts).toContain("- Ủy ban nhân dân quận");
    expect(texts).toContain("- Sở Nội vụ Thành phố");
    expect(texts).toContain("PHÒNG TÀI NGUYÊN &amp; MÔI TRƯỜNG &lt;THỬ&gt;");
  });

  it("writes annexes after the signature, each from a new page, naming the report they go with", async () => {
    const base = demoConsolidatedReport();
    const table = base.body.find((b) => b.type === "table");
    if (!table) throw new Error("the demo report has no table");
    const doc: OfficialDocument = {
      ...base,
      body: base.body.filter((b) => b !== table),
      annexes: [{ label: "Phụ lục 1", title: "Kết quả thực hiện nhiệm vụ theo đơn vị", blocks: [table] }],
    };
    const { xml } = await documentXml(doc);
    const texts = runsOf(xml).map((r) => r.text);
    const signer = texts.indexOf("Trần Thị Minh Hạnh");
    const label = texts.indexOf("Phụ lục 1");
    expect(signer).toBeGreaterThan(0);
    expect(label).toBeGreaterThan(signer);
    expect(texts[label + 1]).toBe("KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ");
    expect(texts[label + 2]).toBe("(Kèm theo Báo cáo số 128/BC-PNV ngày 04/05/2026 của Phòng Nội vụ)");
    expect(texts.indexOf("Tổng cộng")).toBeGreaterThan(label);
    expect(xml).toContain("<w:pageBreakBefore/>");
  });

  it("writes minutes with two signers side by side and no recipients", async () => {
    const doc: OfficialDocument = {
      system: "state",
      issuer: { parent: "Ủy ban nhân dân quận Gò Vấp", name: "Ủy ban nhân dân Phường 1", code: "UBND" },
      kind: { name: "BIÊN BẢN", code: "BB" },
      reference: { number: "03" },
      place: "Gò Vấp",
      date: { iso: "2026-03-12" },
      summary: "Buổi tiếp công dân định kỳ tháng 3 năm 2026",
      body: [
        {
          type: "paragraph",
          text: "Vào lúc 08 giờ 00 phút ngày 12/3/2026, tại trụ sở Ủy ban nhân dân Phường 1.",
        },
      ],
      signers: [
        { position: "Thư ký", name: "Phạm Thị Lan" },
        { position: "Chủ trì", name: "Nguyễn Văn Bình" },
      ],
    };
    const { xml } = await documentXml(doc);
    const texts = runsOf(xml).map((r) => r.text);
    expect(texts).toContain("BIÊN BẢN");
    expect(texts).toContain("Số: 03/BB-UBND");
    expect(texts).toContain("Gò Vấp, ngày 12 tháng 3 năm 2026");
    expect(texts).not.toContain("Nơi nhận:");
    const closing = (xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).at(-1) ?? "";
    const cells = closing.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain("Phạm Thị Lan");
    expect(cells[1]).toContain("Nguyễn Văn Bình");
  });
});
