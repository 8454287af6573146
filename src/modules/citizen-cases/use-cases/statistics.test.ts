// The public statistics over the demo's cases, through the API: the counts match the table, the
// answer holds counts only (no sender, no title, no comment), and anyone may read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { citizenCases } from "../schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("GET /api/public/statistics", () => {
  it("counts every case by kind, field and ward, without a word of any case", async () => {
    const res = await t.client().get("/api/public/statistics");
    expect(res.status).toBe(200);
    const s = res.body as {
      total: number;
      byKind: Array<{ key: string; count: number }>;
      byField: Array<{ count: number }>;
      byWard: Array<{ name: string; count: number }>;
      answered: number;
      satisfaction: { count: number; average: number | null };
    };
    const rows = await t.deps.database.db.select().from(citizenCases);
    expect(s.total).toBe(rows.length);
    expect(s.total).toBeGreaterThan(0);
    const sum = (xs: Array<{ count: number }>) => xs.reduce((a, b) => a + b.count, 0);
    expect(sum(s.byKind)).toBe(rows.length);
    expect(sum(s.byField)).toBe(rows.length);
    expect(sum(s.byWard)).toBe(rows.filter((r) => r.wardId).length);
    expect(s.byKind.find((k) => k.key === "denunciation")?.count).toBe(
      rows.filter((r) => r.kind === "denunciation").length,
    );
    expect(s.answered).toBe(rows.filter((r) => r.answeredAt).length);
    expect(s.satisfaction.count).toBe(rows.filter((r) => r.ratingScore !== null).length);
    const body = JSON.stringify(s);
    for (const r of rows) {
      expect(body).not.toContain(r.title);
      expect(body).not.toContain(r.code);
      if (r.ratingComment) expect(body).not.toContain(r.ratingComment);
    }
    for (const sender of ["Nguyễn Thị Lan", "0912765432", "Lê Minh Châu", "Phạm Quốc Việt"])
      expect(body).not.toContain(sender);
  });
});
