import { describe, expect, it } from "vitest";
import { systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { memoryStorage } from "../adapters/storage.ts";
import { saveFile } from "./save.ts";

const database = setupTestDatabase();

describe("saving an upload", () => {
  it("stores the type its name and bytes agree on, not the one the sender claimed", async () => {
    const storage = memoryStorage();
    const ctx = systemContext(database.db);
    const page = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const row = await saveFile(database.db, storage, ctx, {
      bytes: page,
      fileName: "ghi-chu.txt",
      mimeType: "text/html",
      orgId: null,
    });
    expect(row.mimeType).toBe("text/plain; charset=utf-8");
    await expect(
      saveFile(database.db, storage, ctx, {
        bytes: Uint8Array.from([0x4d, 0x5a, 0x90, 0x00]),
        fileName: "bao-cao.pdf",
        mimeType: "application/pdf",
        orgId: null,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("chương trình") });
  });
});
