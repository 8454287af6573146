// The coordinator's plan view on an office screen and a phone: every table fits its box at 1366 px
// (no column off screen), the page never scrolls sideways on a 360 px phone, ongoing work overdue for
// a missed report names that period (never the next checkpoint as a "Hạn" beside the delay), and
// decimals are written with a comma. The assignment page of such work says the same.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  apiClient,
  apiGet,
  type DomElement,
  expectAccessible,
  expectHeading,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

interface PlanView {
  directive: { id: string; symbol: string | null };
  overdue: Array<{ id: string; title: string; missedPeriod: { kind: string } | null }>;
}

/** Tables wider than their box (scrollWidth past the wrapper's width), as [table, box] pairs. */
const overflowing = (page: Page) =>
  page.locator(".ant-table-wrapper:visible").evaluateAll((wrappers) =>
    (wrappers as unknown as Array<DomElement & { clientWidth: number }>)
      .map((w) => {
        const table = w.querySelector("table") as unknown as { scrollWidth: number } | null;
        return [table?.scrollWidth ?? 0, w.clientWidth];
      })
      .filter(([t, b]) => t! > b! + 1),
  );

/** The plan 4998/KH-UBND that Phòng Nội vụ follows, through the API. */
async function districtPlan(): Promise<PlanView> {
  const api = apiClient(e2e.server);
  await api.signIn("noivu.govap");
  const plans = (await api.get("/api/plans")).body as Array<{ id: string; symbol: string | null }>;
  const plan = plans.find((p) => p.symbol === "4998/KH-UBND");
  if (!plan) throw new Error("the demo has no plan 4998/KH-UBND followed by noivu.govap");
  return (await api.get(`/api/plans/${plan.id}`)).body as PlanView;
}

describe("Theo dõi kế hoạch: the plan view", () => {
  for (const viewport of [
    { name: "office screen", width: 1366, height: 768 },
    { name: "phone", width: 360, height: 740, mobile: true },
  ])
    it(`fits the screen and names missed reporting periods (${viewport.name})`, async () => {
      const plan = await districtPlan();
      const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl, viewport);
      await signIn(page, "noivu.govap");
      await page.goto(`/tasks/plans/${plan.directive.id}`);
      await expectHeading(page, `Tiến độ thực hiện ${plan.directive.symbol}`);
      const view = await apiGet<PlanView>(page, `/api/plans/${plan.directive.id}`);
      await page.locator(".ant-table-row").first().waitFor();

      // Overdue tab: rows of ongoing work say which period's report is late, with no "Hạn".
      const texts = await page
        .locator(".ant-tabs-tabpane-active tbody tr.ant-table-row")
        .evaluateAll((trs) =>
          (trs as unknown as DomElement[]).map((tr) =>
            Array.from(tr.querySelectorAll("td")).map((td) => td.innerText),
          ),
        );
      const ongoing = view.overdue.filter((i) => i.missedPeriod);
      expect(ongoing.length).toBeGreaterThan(0);
      for (const item of ongoing) {
        const row = texts.find((cells) => cells[0]!.includes(item.title.slice(0, 30)));
        expect(row, item.title).toBeDefined();
        expect(row![2]).toMatch(/^Báo cáo kỳ .+ quá hạn \d+ ngày làm việc/);
        expect(row![2]).not.toMatch(/Hạn \d/);
      }
      // Decimals with a comma: the plan's progress and every percentage in the tables.
      const stat = await page.locator(".tt-stat-value").first().innerText();
      expect(stat).toMatch(/^\d{1,3}(,\d)?%$/);

      // On a phone the tabs' names are shorter ("Đơn vị"), so that the three fit side by side.
      const tabs = ["Quá hạn", "(Theo )?[Đđ]ơn vị", "(Theo )?[Nn]hóm nhiệm vụ"];
      for (const tab of tabs) {
        await page.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
        await page.locator(".ant-tabs-tabpane-active .ant-table-row").first().waitFor();
        const body = await page.locator(".ant-tabs-tabpane-active").innerText();
        expect(body, tab).not.toMatch(/\d\.\d%/);
        if (viewport.mobile) expect(await pageScrollWidth(page), tab).toBeLessThanOrEqual(viewport.width);
        else expect(await overflowing(page), tab).toEqual([]);
      }
      await expectAccessible(page);

      // The assignment page of such work: "Kỳ báo cáo", the period, no deadline of its own.
      await page.goto(`/tasks/${ongoing[0]!.id}`);
      await expectHeading(page, ongoing[0]!.title);
      const due = page.locator(".ant-descriptions-item-label", { hasText: /^Kỳ báo cáo$/ });
      await due.waitFor();
      const value = await page
        .locator(".ant-descriptions-row")
        .filter({ has: due })
        .locator(".ant-descriptions-item-content")
        .evaluateAll((cells) => (cells as unknown as DomElement[]).map((c) => c.innerText));
      expect(value.some((v) => /^Báo cáo kỳ .+ quá hạn \d+ ngày làm việc$/.test(v))).toBe(true);
      if (viewport.mobile) expect(await pageScrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      else expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });
});
