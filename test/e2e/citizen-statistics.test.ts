// The portal's public statistics on a 360 px phone and at 1366×768: reached from the portal's first
// page, the figures are the API's, the charts are plain SVG images named by their labels and counts,
// and the page passes axe and fits the screen.
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  expectHeading,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
} from "./support/index.ts";

const e2e = setupBrowserApp();

describe("Cổng công dân: thống kê công khai", () => {
  for (const viewport of [
    { width: 360, height: 740, mobile: true },
    { width: 1366, height: 768, mobile: false },
  ])
    it(`shows the figures and the charts at ${viewport.width} px`, async () => {
      const { page } = await openPage(e2e.browser, e2e.server.baseUrl, viewport);
      await page.goto("/cong-dan");
      await page.getByRole("link", { name: /^Thống kê công khai/ }).click();
      await expectHeading(page, "Thống kê công khai");
      const api = (await (await fetch(`${e2e.server.baseUrl}/api/public/statistics`)).json()) as {
        total: number;
        byKind: Array<{ count: number }>;
      };
      expect((await page.getByTestId("stat-total").textContent())?.trim()).toBe(
        api.total.toLocaleString("vi-VN"),
      );
      const charts = page.locator("svg.chart[role=img]");
      expect(await charts.count()).toBeGreaterThanOrEqual(3);
      expect(await charts.first().getAttribute("aria-label")).toContain("Phản ánh");
      expect(await charts.first().locator("rect").count()).toBe(api.byKind.length);
      await expectAccessible(page);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    });
});
