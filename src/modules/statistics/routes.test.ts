// The statistics API on the demo, through Fastify's inject: every unit's number opens the task list
// showing exactly those rows (its filter, as GET /api/home gives them); a district leader sees the 16
// wards and their late or missing reports, a ward official only their ward, another province's
// official nothing of Gò Vấp; bad input is a Vietnamese 400; the .xlsx holds the same figures.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/support/app.ts";
import { setupTestApp } from "../../../test/support/lifecycle.ts";
import type { AssignmentList, HomeFilter } from "../tasks/contract.ts";
import { AGE_BUCKETS, type StatsOut, statsOut } from "./contract.ts";

const t = setupTestApp();

async function orgs(): Promise<
  Array<{ id: string; code: string | null; parentId: string | null; kind: string }>
> {
  const c = await t.signedIn("admin");
  return (await c.get("/api/orgs")).body;
}

function listUrl(f: HomeFilter): string {
  const p = new URLSearchParams({ pageSize: "1" });
  if (f.orgId) p.set("orgId", f.orgId);
  if (f.involvement) p.set("involvement", f.involvement);
  if (f.classes.length) p.set("classes", f.classes.join(","));
  if (f.dueFrom) p.set("dueFrom", f.dueFrom);
  if (f.dueTo) p.set("dueTo", f.dueTo);
  if (f.directiveId) p.set("directiveId", f.directiveId);
  return `/api/assignments?${p}`;
}

async function statsOf(c: TestClient, query = ""): Promise<StatsOut> {
  const res = await c.get(`/api/statistics${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return statsOut.parse(res.body);
}

describe("the statistics API", () => {
  it("gives a district leader the 16 wards, each number the total of the list it opens", async () => {
    const all = await orgs();
    const district = all.find((o) => o.code === "gv.ubnd")!;
    const wards = all.filter((o) => o.parentId === district.id && o.kind === "ward");
    const c = await t.signedIn("lanhdao.govap");
    const s = await statsOf(c);
    expect(s.focus.id).toBe(district.id);
    expect(s.units.filter((u) => wards.some((w) => w.id === u.orgId))).toHaveLength(16);
    let checked = 0;
    for (const u of s.units.filter((x) => x.filter).slice(0, 8)) {
      const list = (await c.get(listUrl(u.filter!))).body as AssignmentList;
      expect(list.total, u.name).toBe(u.counts.total);
      expect(list.counts.overdue, u.name).toBe(u.counts.overdue);
      expect(list.counts.done_late, u.name).toBe(u.counts.done_late);
      // Overdue by age: the unit's list with the bucket's due-date range.
      for (const [i, a] of s.overdueByAge.entries()) {
        if (!a.filter || i >= AGE_BUCKETS.length) continue;
        const byAge = (await c.get(listUrl({ ...a.filter, orgId: u.orgId }))).body as AssignmentList;
        expect(byAge.total, `${u.name} ${a.bucket}`).toBe(u.overdueByAge[i]);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(4);
    // The 6-month reports of 4998/KH-UBND: some late, two missing (the reports' demo).
    const half = s.reports.periods.find((p) => p.late + p.missing > 0)!;
    expect(half.missing).toBe(2);
    expect(half.late).toBeGreaterThan(0);
    expect(half.behind.every((b) => wards.some((w) => w.id === b.orgId))).toBe(true);
    // A plan and a period narrow everything; the filters come back.
    const plan = s.byPlan[0]!;
    const narrowed = await statsOf(c, `?directiveId=${plan.id}&period=${s.today.slice(0, 4)}`);
    expect(narrowed.filters).toMatchObject({ directiveId: plan.id, period: s.today.slice(0, 4) });
    expect(narrowed.totals.counts.total).toBeLessThanOrEqual(plan.counts.total);
    expect(narrowed.byPlan.every((p) => p.id === plan.id)).toBe(true);
  });

  it("shows a ward official their ward only and refuses the district", async () => {
    const all = await orgs();
    const p1 = all.find((o) => o.code === "gv.p1")!;
    const district = all.find((o) => o.code === "gv.ubnd")!;
    const c = await t.signedIn("chuyenvien.p1");
    const s = await statsOf(c);
    expect(s.focus.id).toBe(p1.id);
    expect(s.units.every((u) => u.orgId === p1.id)).toBe(true);
    expect(s.reports.units.every((u) => u.orgId === p1.id)).toBe(true);
    const refused = await c.get(`/api/statistics?orgId=${district.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain("không được xem thống kê");
  });

  it("shows another province's official nothing of Gò Vấp", async () => {
    const all = await orgs();
    const govap = new Set(all.filter((o) => o.code?.startsWith("gv.")).map((o) => o.id));
    const c = await t.signedIn("noichinh.hanoi");
    const s = await statsOf(c);
    expect(govap.has(s.focus.id)).toBe(false);
    expect(s.units.some((u) => govap.has(u.orgId))).toBe(false);
    expect(s.reports.units.some((u) => govap.has(u.orgId))).toBe(false);
    for (const code of ["gv.ubnd", "gv.p1", "gv.qu"]) {
      const res = await c.get(`/api/statistics?orgId=${all.find((o) => o.code === code)!.id}`);
      expect(res.status, code).toBe(403);
    }
  });

  it("answers bad input with a Vietnamese 400", async () => {
    const c = await t.signedIn("lanhdao.govap");
    for (const q of ["?period=2026-Q5", "?period=abc", "?orgId=xyz", "?directiveId=1"]) {
      const res = await c.get(`/api/statistics${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.message, q).toMatch(/không hợp lệ/);
    }
  });

  it("exports the same figures as .xlsx", async () => {
    const c = await t.signedIn("lanhdao.govap");
    const s = await statsOf(c);
    const res = await c.get("/api/statistics/export.xlsx");
    expect(res.status).toBe(200);
    expect(res.raw.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Theo đơn vị",
      "Theo kế hoạch",
      "Quá hạn theo thời gian",
      "Theo quý",
      "Báo cáo định kỳ",
    ]);
    const units = book.getWorksheet("Theo đơn vị")!;
    expect(units.rowCount).toBe(s.units.length + 2);
    const last = units.getRow(units.rowCount);
    expect(last.getCell(2).value).toBe("Cộng");
    expect(last.getCell(3).value).toBe(s.totals.counts.total);
  });
});
