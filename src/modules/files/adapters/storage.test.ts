import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { localDiskStorage } from "./storage.ts";

describe("local disk storage", () => {
  it("stores bytes under their SHA-256 and reads them back", async () => {
    const root = mkdtempSync(join(tmpdir(), "thucthi-files-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const storage = localDiskStorage(root);
    const a = await storage.put(new TextEncoder().encode("Báo cáo kết quả"));
    const b = await storage.put(new TextEncoder().encode("Báo cáo kết quả"));
    expect(a.key).toBe(b.key);
    expect((await storage.get(a.key)).toString("utf8")).toBe("Báo cáo kết quả");
    expect(readdirSync(join(root, a.key.slice(0, 2)))).toEqual([a.key]);
  });
});
