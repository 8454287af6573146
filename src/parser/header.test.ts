// Header facts on documents of every common kind (fixtures/), the bar the parser is held to.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "./index.ts";

const read = (name: string) => parse(readFileSync(join(import.meta.dirname, "fixtures", name), "utf8"));

describe("header", () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      "qd-ubnd-tinh-web.txt",
      {
        symbol: "1206/QĐ-UBND",
        date: "2024-07-18",
        place: "Tuy Hòa",
        code: "QĐ",
        issuer: "Ủy ban nhân dân tỉnh Phú Yên",
      },
    ],
    [
      "cong-van-bo.txt",
      { symbol: "6021/BTC-NSNN", date: "2024-06-12", code: null, type: "Công văn", issuer: "Bộ Tài chính" },
    ],
    [
      "cong-van-cuc-thue.txt",
      { symbol: "2741/CT-TTHT", code: null, type: "Công văn", issuer: "Cục Thuế tỉnh Đồng Nai" },
    ],
    [
      "nghi-quyet-hdnd.txt",
      { symbol: "12/2024/NQ-HĐND", code: "NQ", issuer: "Hội đồng nhân dân tỉnh Quảng Nam" },
    ],
    [
      "thong-bao-ket-luan-tinh-uy.txt",
      { symbol: "318-TB/TU", code: "TB", system: "party", issuer: "Tỉnh ủy Hà Tĩnh" },
    ],
    ["cong-dien-ttg.txt", { symbol: "86/CĐ-TTg", code: "CĐ", issuer: "Thủ tướng Chính phủ" }],
    [
      "chi-thi-ubnd-huyen.txt",
      { symbol: "012/CT-UBND", code: "CT", date: "2025-01-09", issuer: "Ủy ban nhân dân huyện Đức Trọng" },
    ],
    ["ket-luan-trung-uong-web.md", { symbol: "97-KL/TW", code: "KL", date: "2024-12-05", system: "party" }],
    ["ke-hoach-xa-bang.md", { symbol: "45/KH-UBND", code: "KH", issuer: "Ủy ban nhân dân xã Tân Phú" }],
    [
      "ke-hoach-so-dang-pdf.txt",
      { symbol: "1275/KH-SNV", issuer: "Sở Nội vụ", parentIssuer: "Ủy ban nhân dân tỉnh Long An" },
    ],
  ];
  for (const [file, want] of cases) {
    it(`reads the header of ${file}`, () => {
      const r = read(file);
      const got: Record<string, unknown> = {
        symbol: r.symbol,
        date: r.date,
        place: r.place,
        code: r.type?.code ?? null,
        type: r.type?.name,
        issuer: r.issuer,
        parentIssuer: r.parentIssuer,
        system: r.system,
      };
      for (const [k, v] of Object.entries(want)) expect(got[k], k).toBe(v);
    });
  }

  it("names the signer with authority, position and name on every kind", () => {
    expect(read("cong-van-bo.txt").signer).toMatchObject({
      authority: "KT.",
      position: "Thứ trưởng",
      name: "Võ Văn Khải",
    });
    expect(read("nghi-quyet-hdnd.txt").signer).toMatchObject({ authority: null, position: "Chủ tịch" });
    expect(read("ke-hoach-so-word-bang.md").signer).toMatchObject({
      position: "Giám đốc",
      name: "Phạm Văn Long",
    });
    expect(read("ke-hoach-so-word-bang.md").recipients).toEqual(["UBND tỉnh", "Lưu: VT."]);
    expect(read("ket-luan-trung-uong-web.md").signer).toMatchObject({
      authority: "T/M",
      position: "Thường trực Ban Bí thư",
    });
  });

  it("reads the inner authority when a collective signature has a deputy", () => {
    const r = parse(
      "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 3/QĐ-UBND\nAn Giang, ngày 02 tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNGUYỄN VĂN AN",
    );
    expect(r.signer).toMatchObject({
      authority: "KT.",
      onBehalfOf: "Chủ tịch",
      position: "Phó Chủ tịch",
      name: "Nguyễn Văn An",
    });
  });

  it("takes a công văn's summary from its V/v line and its addressees from Kính gửi", () => {
    const r = read("cong-van-bo.txt");
    expect(r.title).toBe("hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2025");
    expect(r.addressees).toHaveLength(2);
    expect(r.taskGroups.map((g) => g.label)).toEqual(["1", "2", "3"]);
  });

  it("reports a blank number and date instead of guessing", () => {
    const r = parse(
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố:      /KH-UBND\n\nAn Bình, ngày     tháng 10 năm 2025\n\nKẾ HOẠCH\nTổ chức hội nghị\n",
    );
    expect(r.symbol).toBeNull();
    expect(r.date).toBeNull();
    expect(r.type?.code).toBe("KH");
    expect(r.diagnostics.map((d) => d.message).join(" ")).toMatch(/chưa ghi số/);
  });

  it("infers the issuer from the preamble when the header is missing", () => {
    const r = parse(
      "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 12-NQ/TW\n\nThực hiện Nghị quyết số 12-NQ/TW, Tỉnh ủy Gia Lai xây dựng Chương trình hành động như sau:\n\nI. MỤC ĐÍCH\n",
    );
    expect(r.issuer).toBe("Tỉnh ủy Gia Lai");
    expect(r.system).toBe("party");
    expect(r.type).toEqual({ code: "CTrHĐ", name: "Chương trình hành động" });
  });
});
