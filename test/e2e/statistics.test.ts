// Thống kê in Chromium, as a district leader sees it on an office screen (1366×768) and a phone
// (360 px): the menu entry opens the area's statistics (no longer "being built"); from the table view
// of the report-timeliness chart the leader opens a period's late and missing wards, and from there a
// ward's report; from the units' table a ward's overdue work opens the task list showing exactly
// those rows. Nothing wider than the screen; axe-clean on the chart and on the table views.
import { describe, expect, it } from "vitest";
import type { StatsOut } from "../../src/modules/statistics/contract.ts";
import type { AssignmentList } from "../../src/modules/tasks/contract.ts";
import {
  apiGet,
  expectAccessible,
  expectHeading,
  openFromMenu,
  openPage,
  PC,
  PHONE,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

describe("Thống kê", () => {
  it.each([
    ["office screen", PC],
    ["phone", PHONE],
  ])(
    "a district leader drills from the charts' tables to the late wards and their tasks (%s)",
    async (_, size) => {
      const { page } = await openPage(e2e.browser, e2e.server.baseUrl, size);
      await signIn(page, "lanhdao.govap");
      if (size === PHONE) await page.getByRole("button", { name: /Mở danh mục|Menu/ }).click();
      await openFromMenu(page, "Thống kê");
      const stats = await apiGet<StatsOut>(page, "/api/statistics");
      await expectHeading(page, `Thống kê: ${stats.focus.name}`);
      const units = page.getByRole("region", { name: "Hoàn thành đúng hạn theo đơn vị (xếp hạng)" });
      await units.locator("figure svg").first().waitFor();
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(size.width);
      await expectAccessible(page);

      // Report timeliness: the table view, a period with wards behind, its late and missing wards.
      const reports = page.getByRole("region", { name: "Thời hạn gửi báo cáo định kỳ" });
      await reports.getByRole("tab", { name: "Bảng số liệu" }).click();
      // Beside the periods, each ward's reports on time, late and missing.
      await reports.getByRole("heading", { name: "Theo đơn vị" }).waitFor();
      const missingWards = stats.reports.units.filter((u) => u.missing > 0);
      expect(missingWards.length).toBeGreaterThan(0);
      await reports.getByRole("cell", { name: missingWards[0]!.name, exact: true }).waitFor();
      const period = stats.reports.periods.find((p) => p.behind.length)!;
      expect(period.missing).toBe(2);
      await reports.getByRole("button", { name: period.label }).click();
      const behind = page.getByRole("region", { name: `Đơn vị gửi trễ hoặc chưa gửi — ${period.label}` });
      await expect.poll(() => behind.getByRole("listitem").count()).toBe(period.late + period.missing);
      await expect.poll(() => behind.getByText(/chưa gửi, quá hạn \d+ ngày làm việc/).count()).toBe(2);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(size.width);
      await expectAccessible(page);

      // The units' table: the ward with the most overdue work opens its overdue list.
      await units.getByRole("tab", { name: "Bảng số liệu" }).click();
      const ward = [...stats.units]
        .filter((u) => u.filter && !u.own)
        .sort((a, b) => b.counts.overdue - a.counts.overdue)[0]!;
      expect(ward.counts.overdue).toBeGreaterThan(0);
      const row = units
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: ward.shortName ?? ward.name, exact: true }) });
      await row.getByRole("link", { name: String(ward.counts.overdue), exact: true }).click();
      await expectHeading(page, "Công việc của đơn vị");
      const url = new URL(page.url());
      expect(url.searchParams.get("org")).toBe(ward.orgId);
      expect(url.searchParams.get("cls")).toBe("overdue");
      const list = await apiGet<AssignmentList>(
        page,
        `/api/assignments?orgId=${ward.orgId}&involvement=lead&classes=overdue`,
      );
      expect(list.total).toBe(ward.counts.overdue);

      // Back on Thống kê, a late ward's report opens.
      await page.goBack();
      await reports.getByRole("tab", { name: "Bảng số liệu" }).click();
      await reports.getByRole("button", { name: period.label }).click();
      await behind.getByRole("link", { name: period.behind[0]!.orgName, exact: true }).click();
      await page.waitForURL(`**/reports/${period.behind[0]!.obligationId}`);
      await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
    },
  );
});
