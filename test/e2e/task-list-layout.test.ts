// The task list on an office screen and a phone, measured as the user sees it. At 1366×768 no table
// is wider than its box and the columns an official needs (the work, its lead unit, Hạn, Trạng
// thái, Tiến độ, Cập nhật) are on screen, a long title clamped with the whole text on hover. At
// 360×740 the list comes first: the filters fold behind one button, the classes are one row that
// scrolls sideways, and the first task's top is inside the first screen. Axe-clean in each state.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AssignmentList } from "../../src/modules/tasks/contract.ts";
import {
  apiGet,
  expectAccessible,
  expectHeading,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

type Measurable = { getBoundingClientRect(): { x: number; y: number; width: number; height: number } };
const COLUMNS = ["Công việc", "Đơn vị chủ trì", "Hạn", "Trạng thái", "Tiến độ", "Cập nhật lần cuối"];

/** The table's width against its box, and each header's box against the screen. */
async function measureTable(page: Page) {
  return page.evaluate((names) => {
    const d = (
      globalThis as unknown as {
        document: { querySelector(s: string): unknown; querySelectorAll(s: string): ArrayLike<unknown> };
      }
    ).document;
    const table = d.querySelector(".tt-tasks-table table") as {
      scrollWidth: number;
      getBoundingClientRect(): Measurable["getBoundingClientRect"] extends () => infer R ? R : never;
    };
    const holder = d.querySelector(".tt-tasks-table .ant-table-container") as { clientWidth: number };
    const headers = Array.from(
      d.querySelectorAll(".tt-tasks-table thead th") as ArrayLike<{
        textContent: string | null;
        getBoundingClientRect(): { x: number; width: number };
      }>,
    )
      .map((th) => ({
        name: (th.textContent ?? "").trim(),
        left: th.getBoundingClientRect().x,
        right: th.getBoundingClientRect().x + th.getBoundingClientRect().width,
      }))
      .filter((h) => names.includes(h.name));
    return { tableWidth: table.scrollWidth, boxWidth: holder.clientWidth, headers };
  }, COLUMNS);
}

describe("Danh sách công việc vừa màn hình", () => {
  it.each(["chuyenvien.p1", "lanhdao.govap"])(
    "fits a 1366 px office screen with every column an official needs (%s)",
    async (username) => {
      const { page } = await openPage(e2e.browser, e2e.server.baseUrl, { width: 1366, height: 768 });
      await signIn(page, username);
      await page.goto("/tasks?org=all");
      await expectHeading(page, "Công việc của đơn vị");
      await page.locator(".tt-tasks-table .ant-table-row").first().waitFor();
      const m = await measureTable(page);
      expect(m.tableWidth).toBeLessThanOrEqual(m.boxWidth + 1);
      expect(m.headers.map((h) => h.name)).toEqual(COLUMNS);
      for (const h of m.headers) {
        expect(h.left, h.name).toBeGreaterThanOrEqual(0);
        expect(h.right, h.name).toBeLessThanOrEqual(1366);
      }
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1366);
      // Each title link holds the whole title in its hover text, clamped to a few lines on screen.
      const list = await apiGet<AssignmentList>(page, "/api/assignments?pageSize=50");
      const links = page.locator(".tt-tasks-table .tt-col-title a.tt-clamp");
      const hovers = await links.evaluateAll((els) =>
        els.map((e) => (e as unknown as { title: string }).title),
      );
      expect(hovers).toEqual(list.items.map((i) => i.title));
      const heights = await links.evaluateAll((els) =>
        els.map((e) => {
          const el = e as unknown as Measurable & {
            ownerDocument: { defaultView: { getComputedStyle(e: unknown): { lineHeight: string } } };
          };
          return (
            el.getBoundingClientRect().height /
            Number.parseFloat(el.ownerDocument.defaultView.getComputedStyle(el).lineHeight)
          );
        }),
      );
      expect(Math.max(...heights)).toBeLessThanOrEqual(3.05);
      // Every cell stays inside its column: nothing spills over the next one.
      const spills = await page.locator(".tt-tasks-table tbody td").evaluateAll((tds) =>
        tds
          .map((td) => td as unknown as { scrollWidth: number; clientWidth: number; textContent: string })
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.textContent} (${e.scrollWidth} > ${e.clientWidth})`),
      );
      expect(spills).toEqual([]);
      await expectAccessible(page);
    },
  );

  it("puts the list first on a 360 px phone: filters behind one button, classes in one scrolling row", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl, {
      width: 360,
      height: 740,
      mobile: true,
    });
    await signIn(page, "chuyenvien.p1");
    await page.goto("/tasks");
    await expectHeading(page, "Công việc của đơn vị");
    const first = page.locator(".tt-card-list .tt-board-card").first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThan(740);
    const toggle = page.getByRole("button", { name: /^Bộ lọc/ });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByLabel("Đơn vị", { exact: true }).isVisible()).toBe(false);
    const chips = await page.locator(".tt-class-filter .tt-class-button").evaluateAll((els) =>
      els.map((e) => {
        const r = (e as unknown as Measurable).getBoundingClientRect();
        return { left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height };
      }),
    );
    expect(chips).toHaveLength(6);
    expect(new Set(chips.map((c) => Math.round(c.top))).size).toBe(1);
    const row = await page.locator(".tt-class-filter").evaluate((el) => {
      const e = el as unknown as { scrollWidth: number; clientWidth: number };
      return { scroll: e.scrollWidth, client: e.clientWidth };
    });
    expect(row.scroll).toBeGreaterThan(row.client);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page);

    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await page.getByLabel("Đơn vị", { exact: true }).waitFor();
    await page.getByRole("link", { name: "Xuất Excel" }).waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    // A filter chosen there folds back and is counted on the button.
    await page.getByLabel("Tìm (không cần dấu)").fill("hội nghị");
    await page.getByLabel("Tìm (không cần dấu)").press("Enter");
    await toggle.click();
    await page.getByRole("button", { name: "Bộ lọc (1)" }).waitFor();
  });
});
