// Details an official meets every day (issue 13 items 10, 11, 13): a progress form that, once saved,
// shows what was saved and holds no file any more; uploads that name what they accept; the document
// list that starts with imported documents; decimals with a comma. Both viewports.
import { describe, expect, it } from "vitest";
import {
  apiClient,
  apiGet,
  expectAccessible,
  expectHeading,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();
const VIEWPORTS = [
  { name: "office screen", width: 1366, height: 768 },
  { name: "phone", width: 360, height: 740, mobile: true },
];

/** Open work that Phường 1 leads, a different one per call. */
async function openTasksOfWard1(): Promise<Array<{ id: string; title: string; percent: number }>> {
  const api = apiClient(e2e.server);
  await api.signIn("chuyenvien.p1");
  const me = (await api.get("/api/auth/me")).body as { memberships: Array<{ orgId: string }> };
  const list = (
    await api.get(`/api/assignments?orgId=${me.memberships[0]!.orgId}&involvement=lead&pageSize=200`)
  ).body as { items: Array<{ id: string; title: string; status: string; percent: number }> };
  return list.items.filter((i) => i.status === "in_progress" || i.status === "not_started");
}

describe("Chi tiết hằng ngày của cán bộ", () => {
  for (const [n, viewport] of VIEWPORTS.entries())
    it(`a progress save shows what was saved and empties the file field (${viewport.name})`, async () => {
      const task = (await openTasksOfWard1())[n]!;
      const percent = task.percent >= 80 ? 90 : 80;
      const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl, viewport);
      await signIn(page, "chuyenvien.p1");
      await page.goto(`/tasks/${task.id}`);
      await expectHeading(page, task.title);
      // The evidence field says exactly which kinds it takes.
      const kinds = await page.locator("#tt-progress-files-kinds").innerText();
      for (const k of [
        "PDF",
        ".docx",
        ".xlsx",
        ".odt",
        ".jpg",
        ".png",
        ".txt",
        ".md",
        ".csv",
        "ZIP",
        "20 MB",
      ])
        expect(kinds).toContain(k);
      await page.getByLabel("Tỷ lệ hoàn thành").fill(String(percent));
      await page.getByLabel("Kết quả, nội dung đã thực hiện").fill("Đã hoàn thiện dự thảo báo cáo");
      await page.locator("#tt-progress-files").setInputFiles({
        name: "du-thao-bao-cao.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4 dự thảo báo cáo"),
      });
      await page.getByRole("button", { name: "Lưu tiến độ" }).click();
      const last = page.getByTestId("tt-last-progress");
      await expect.poll(() => last.innerText()).toContain(`${percent}%`);
      expect(await last.innerText()).toContain("du-thao-bao-cao.pdf");
      // What was saved, not what the page first showed; the file field and the text are empty.
      expect(await page.getByLabel("Tỷ lệ hoàn thành").inputValue()).toBe(String(percent));
      expect(await page.getByLabel("Kết quả, nội dung đã thực hiện").inputValue()).toBe("");
      expect(
        await page
          .locator("#tt-progress-files")
          .evaluate((el) => (el as unknown as { files: { length: number } }).files.length),
      ).toBe(0);
      // The bar beside it shows the figure, never a tick.
      const bar = page.getByRole("progressbar", { name: /Tiến độ/ }).first();
      expect(await bar.locator(".anticon-check-circle").count()).toBe(0);
      if (viewport.mobile) expect(await pageScrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });

  for (const viewport of VIEWPORTS)
    it(`the document list starts with imported documents; an .exe import names the kinds it takes (${viewport.name})`, async () => {
      const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl, viewport);
      await signIn(page, "lanhdao.govap");
      await page.goto("/directives");
      await expectHeading(page, "Văn bản chỉ đạo");
      await page.locator(".ant-table-row").first().waitFor();
      const list = await apiGet<{
        items: Array<{ status: string }>;
        facets: { statuses: Record<string, number> };
      }>(page, "/api/directives");
      expect(list.items.some((i) => i.status === "stub")).toBe(false);
      expect(list.facets.statuses.stub ?? 0).toBeGreaterThan(0);
      const first = await page.locator(".ant-table-row").first().innerText();
      expect(first).not.toContain("Chưa nhập");
      await page.getByRole("button", { name: "Xem các văn bản này" }).click();
      await expect.poll(() => page.locator(".ant-table-row").first().innerText()).toContain("Chưa nhập");

      await page.locator('input[type="file"]').setInputFiles({
        name: "cai-dat.exe",
        mimeType: "application/octet-stream",
        buffer: Buffer.from("MZ\u0090\u0000 not a document"),
      });
      const alert = page.getByRole("alert").filter({ hasText: "cai-dat.exe" });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain(".txt, .md, .docx, .pdf");
      expect(text).not.toMatch(/Excel|ảnh|ZIP/);
      if (viewport.mobile) expect(await pageScrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });

  it("writes decimals with a comma in the plans' list and the plan view", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "noivu.govap");
    await page.goto("/tasks/plans");
    await page.locator(".ant-table-row").first().waitFor();
    const bars = await page.locator(".ant-progress-text").allInnerTexts();
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) expect(b).toMatch(/^\d{1,3}(,\d)?%$/);
  });
});
