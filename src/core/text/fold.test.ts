import { describe, expect, it } from "vitest";
import { foldVietnamese, matchesQuery, normalizeVietnamese } from "./fold.ts";

describe("foldVietnamese", () => {
  it("removes diacritics and folds đ to d", () => {
    expect(foldVietnamese("Ủy ban nhân dân quận Gò Vấp")).toBe("uy ban nhan dan quan go vap");
    expect(foldVietnamese("Đảng ủy Khối")).toBe("dang uy khoi");
  });

  it("repairs ƣ and Ð from PDF extraction before folding", () => {
    expect(normalizeVietnamese("Trung ƣơng Ðảng")).toBe("Trung ương Đảng");
    expect(foldVietnamese("ÐẢNG")).toBe("dang");
  });

  it("treats decomposed and composed input alike", () => {
    expect(foldVietnamese("Gò Vấp".normalize("NFD"))).toBe(foldVietnamese("Gò Vấp"));
  });
});

describe("matchesQuery", () => {
  it("finds Gò Vấp when the user types go vap", () => {
    expect(matchesQuery("Ủy ban nhân dân quận Gò Vấp", "go vap")).toBe(true);
    expect(matchesQuery("Phòng Tư pháp", "go vap")).toBe(false);
  });

  it("requires every word of the query", () => {
    expect(matchesQuery("Phòng Nội vụ", "phong noi")).toBe(true);
    expect(matchesQuery("Phòng Nội vụ", "phong tu")).toBe(false);
  });
});
