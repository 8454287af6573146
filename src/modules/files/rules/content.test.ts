import { describe, expect, it } from "vitest";
import { contentTypeOf } from "./content.ts";

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("what a stored file is", () => {
  it("takes the type from the name once the first bytes agree", () => {
    expect(contentTypeOf("bao-cao.pdf", bytes("%PDF-1.7 ..."))).toBe("application/pdf");
    expect(contentTypeOf("Biên bản.DOCX", bytes([0x50, 0x4b, 3, 4], "word/"))).toContain("wordprocessingml");
    expect(contentTypeOf("anh.png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      "image/png",
    );
    expect(contentTypeOf("anh.webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
    expect(contentTypeOf("ghi-chu.txt", new TextEncoder().encode("Ghi chú tiếng Việt\n"))).toBe(
      "text/plain; charset=utf-8",
    );
  });

  it("refuses a program whatever its name, and bytes that are not what the name says", () => {
    expect(() => contentTypeOf("bao-cao.pdf", bytes("MZ", [0x90, 0]))).toThrow(/chương trình chạy được/);
    expect(() => contentTypeOf("tai-lieu.docx", bytes([0x7f, 0x45, 0x4c, 0x46]))).toThrow(/chương trình/);
    expect(() => contentTypeOf("bao-cao.pdf", bytes("<html><script>alert(1)</script>"))).toThrow(
      /không phải PDF như tên tệp/,
    );
    expect(() => contentTypeOf("anh.jpg", bytes("%PDF-1.4"))).toThrow(/không phải ảnh JPEG/);
    expect(() => contentTypeOf("so-lieu.csv", bytes("a,b", [0, 1, 2]))).toThrow(/không phải bảng CSV/);
    expect(() => contentTypeOf("trang.html", bytes("<html>"))).toThrow(/Không nhận loại tệp/);
  });

  it("keeps a page of HTML sent as text as plain text, never as a page a browser would run", () => {
    expect(contentTypeOf("trang.txt", bytes("<!doctype html><script>alert(1)</script>"))).toBe(
      "text/plain; charset=utf-8",
    );
  });
});
