// The demo's citizen cases: one in each state, handled through the use cases, the denouncer sealed.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupDemoDatabase } from "../../../test/support/lifecycle.ts";
import { rowsOf } from "../../db/client.ts";

const database = setupDemoDatabase();

describe("the demo's citizen cases", () => {
  it("has a case in each state, a published answer masked, and no denouncer in clear", async () => {
    const rows = rowsOf<{
      status: string;
      kind: string;
      published_text: string | null;
      sender_sealed: string;
      channel: string;
    }>(
      await database.db.execute(
        sql`select status, kind, published_text, sender_sealed, channel from citizen_cases`,
      ),
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["received", "accepted", "answered", "refused", "withdrawn"]),
    );
    // The forwarded one waits at the competent body (Phòng Quản lý đô thị). The reception demo's
    // visits open cases of their own (channel "reception"), counted there.
    expect(rows.filter((r) => r.status === "received" && r.channel !== "reception")).toHaveLength(3);
    const published = rows.find((r) => r.published_text);
    expect(published?.published_text).toContain("[họ tên]");
    expect(published?.published_text).not.toContain("Nguyễn Thị Lan");
    expect(JSON.stringify(rows)).not.toContain("Lê Minh Châu");
  });
});
