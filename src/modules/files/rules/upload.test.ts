import { describe, expect, it } from "vitest";
import { checkUpload } from "./upload.ts";

describe("upload checks", () => {
  it("refuses empty, oversized and executable files with a Vietnamese reason", () => {
    expect(() => checkUpload("bao-cao.pdf", 0)).toThrow(/rỗng/);
    expect(() => checkUpload("bao-cao.pdf", 30 * 1024 * 1024)).toThrow(/20 MB/);
    expect(() => checkUpload("virus.exe", 10)).toThrow(/Không nhận loại tệp/);
    expect(() => checkUpload("minh-chung.docx", 10)).not.toThrow();
  });
});
