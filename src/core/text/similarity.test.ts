import { describe, expect, it } from "vitest";
import { cosine, inverseDocumentFrequency, similarityMatrix, terms, vectorOf } from "./similarity.ts";

describe("terms of a Vietnamese text", () => {
  it("folds diacritics, drops function words and numbers, and pairs adjacent syllables", () => {
    expect(terms("Đẩy mạnh phổ biến pháp luật của 16 phường")).toEqual([
      "day",
      "day_manh",
      "manh",
      "manh_pho",
      "pho",
      "pho_bien",
      "bien",
      "bien_phap",
      "phap",
      "phap_luat",
      "luat",
      "phuong",
    ]);
  });

  it("does not pair syllables across a function word", () => {
    expect(terms("quyền và nghĩa vụ")).toEqual(["quyen", "nghia", "nghia_vu", "vu"]);
  });
});

describe("TF-IDF cosine", () => {
  it("scores a text against itself as 1 and against an unrelated text as 0", () => {
    const docs = [terms("cải cách hành chính"), terms("phổ biến giáo dục pháp luật")];
    const idf = inverseDocumentFrequency(docs);
    const a = vectorOf(docs[0]!, idf);
    const b = vectorOf(docs[1]!, idf);
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, b)).toBe(0);
  });

  it("matches a plan's task to the resolution group it carries out, diacritics or not", () => {
    const groups = [
      "Đẩy mạnh tuyên truyền, phổ biến, giáo dục, nâng cao nhận thức về Nhà nước pháp quyền",
      "Xây dựng nền tư pháp chuyên nghiệp, hiện đại, công bằng, nghiêm minh, liêm chính",
      "Tiếp tục đổi mới tổ chức và hoạt động của chính quyền địa phương; cải cách hành chính",
    ];
    const tasks = [
      "To chuc pho bien, quan triet, tuyen truyen nang cao nhan thuc cua can bo ve Nha nuoc phap quyen",
      "Đẩy mạnh cải cách hành chính, đơn giản hóa thủ tục hành chính của chính quyền quận",
      "Nâng cao chất lượng xét xử, bảo đảm tư pháp công bằng, liêm chính",
    ];
    const m = similarityMatrix(tasks, groups);
    const best = m.map((row) => row.indexOf(Math.max(...row)));
    expect(best).toEqual([0, 2, 1]);
    for (const row of m) for (const s of row) expect(s).toBeGreaterThanOrEqual(0);
  });

  it("weighs down words that every text shares", () => {
    const common = "Nhà nước pháp quyền xã hội chủ nghĩa";
    const m = similarityMatrix(
      [`${common} kiểm soát quyền lực`],
      [`${common} tư pháp`, `${common} kiểm soát quyền lực nhà nước`],
    );
    expect(m[0]![1]!).toBeGreaterThan(m[0]![0]! + 0.2);
  });
});
