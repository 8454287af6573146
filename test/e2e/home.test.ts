// The home, as each kind of official sees it on an office screen (1366×768) and a phone (360×740):
// a ward specialist's own work in numbers that open the filtered list, a ward leader's "Chờ tôi
// duyệt" and the notice in Thông báo with approve/return one click away, a coordinator's plans with
// overdue by unit, a district leader's wards ranked by overdue work. Measured as the user sees it:
// what is on screen, nothing wider than the screen, and axe-clean.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AssignmentList, HomeView } from "../../src/modules/tasks/contract.ts";
import {
  apiClient,
  apiGet,
  expectAccessible,
  expectHeading,
  openPage,
  PC,
  PHONE,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

type Box = { x: number; y: number; width: number; height: number };
/** Every element matching `selector` lies within the viewport's width. */
async function expectWithinWidth(page: Page, selector: string, width: number) {
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = (e as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
      return { left: r.x, right: r.x + r.width };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(width + 0.5);
  }
}

describe("Trang chủ theo vai trò", () => {
  it.each([
    ["office screen", PC],
    ["phone", PHONE],
  ])("a ward specialist sees her unit's work in numbers that open the list (%s)", async (_, size) => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl, size);
    await signIn(page, "chuyenvien.p1");
    await expectHeading(page, "Xin chào, Nguyễn Thị Mai");
    const home = await apiGet<HomeView>(page, "/api/home");
    const mine = page.getByRole("region", { name: `Việc của tôi — ${home.unit!.name}` });
    await mine.waitFor();
    const overdue = mine.getByRole("link", { name: `${home.mine!.overdue.n} Quá hạn` });
    for (const name of ["Đến hạn trong tuần", "Đã gửi, chờ duyệt", "Bị trả lại", "Thông báo mới"])
      await mine.getByRole("link", { name: new RegExp(`^\\d+ ${name}$`) }).waitFor();
    // All five numbers on the first screen, none wider than it.
    await expectWithinWidth(page, ".tt-home-tile", size.width);
    const tiles = await page
      .locator(".tt-home-tile")
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect().y),
      );
    expect(Math.max(...tiles)).toBeLessThan(size.height);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(size.width);
    await expectAccessible(page);

    await overdue.click();
    await expectHeading(page, "Công việc của đơn vị");
    expect(new URL(page.url()).searchParams.get("cls")).toBe("overdue");
    const list = await apiGet<AssignmentList>(
      page,
      `/api/assignments?orgId=${home.unit!.id}&involvement=lead&classes=overdue`,
    );
    expect(list.total).toBe(home.mine!.overdue.n);
    await page.getByRole("button", { name: `Quá hạn chưa hoàn thành: ${list.total}` }).waitFor();
    const shown = size === PC ? page.locator(".ant-table-row") : page.locator(".tt-card-list .tt-board-card");
    await expect.poll(() => shown.count()).toBe(Math.min(list.total, 50));
  });

  it("a ward leader finds a completion sent for approval on the home and in Thông báo, and approves it from there", async () => {
    const api = apiClient(e2e.server);
    await api.signIn("chuyenvien.p1");
    const me = (await api.get("/api/auth/me")).body as { memberships: Array<{ orgId: string }> };
    const open = (
      await api.get(
        `/api/assignments?orgId=${me.memberships[0]!.orgId}&involvement=lead&classes=in_progress_on_time,not_started,overdue&pageSize=500`,
      )
    ).body as AssignmentList;
    const work = open.items.find((i) => i.status === "in_progress" || i.status === "not_started")!;
    const sent = await api.post(`/api/assignments/${work.id}/completion`, {
      version: String(work.version),
      narrative: "Đã tổ chức thực hiện xong, gửi kèm báo cáo kết quả",
    });
    expect(sent.status).toBe(200);

    for (const size of [PC, PHONE]) {
      const { page } = await openPage(e2e.browser, e2e.server.baseUrl, size);
      await signIn(page, "lanhdao.p1");
      const inbox = page.getByRole("region", { name: "Chờ tôi duyệt" });
      await inbox.waitFor();
      const title = inbox.getByRole("link", { name: work.title, exact: true });
      await title.waitFor();
      // The leader's inbox comes first: on the first screen.
      expect((await title.boundingBox())!.y).toBeLessThan(size.height);
      await expectWithinWidth(page, ".tt-home-tile", size.width);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(size.width);
      await expectAccessible(page);

      await page.goto("/tasks/notifications");
      await expectHeading(page, "Thông báo");
      const notice = page
        .locator(".ant-card", { hasText: "Chờ duyệt hoàn thành" })
        .filter({ hasText: work.title.slice(0, 40) });
      await notice.first().waitFor();
      await expectAccessible(page);
      if (size === PHONE) {
        await notice.first().getByRole("link", { name: "Duyệt hoặc trả lại" }).click();
        await expectHeading(page, work.title);
        await page.getByRole("button", { name: "Duyệt hoàn thành", exact: true }).click();
        await page.getByText("Hoàn thành", { exact: true }).first().waitFor();
        await expect
          .poll(async () => (await apiGet<{ status: string }>(page, `/api/assignments/${work.id}`)).status)
          .toBe("done");
      }
    }
  });

  it("a coordinator sees the plans she follows with the units furthest behind, one click from their list", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl, PC);
    await signIn(page, "noivu.govap");
    const plans = page.getByRole("region", { name: "Kế hoạch tôi theo dõi" });
    await plans.waitFor();
    const home = await apiGet<HomeView>(page, "/api/home");
    const plan = home.plans.find((p) => p.overdue.n > 0)!;
    const card = plans.getByRole("article", { name: plan.symbol! });
    await card.getByRole("link", { name: `Quá hạn: ${plan.overdue.n}` }).waitFor();
    const unit = plan.units[0]!;
    await expectWithinWidth(page, ".tt-home-plan", PC.width);
    await expectAccessible(page);
    await card.getByRole("link", { name: `${unit.shortName ?? unit.name}: ${unit.overdue}` }).click();
    await expectHeading(page, "Công việc của đơn vị");
    const rows = page.locator(".ant-table-row");
    await expect.poll(() => rows.count()).toBe(Math.min(unit.overdue, 50));
    // Every row is the unit's, overdue.
    const leads = await rows.locator("td:nth-child(2)").allInnerTexts();
    expect(new Set(leads)).toEqual(new Set([unit.shortName ?? unit.name]));
  });

  it.each([
    ["office screen", PC],
    ["phone", PHONE],
  ])(
    "a district leader sees the wards ranked by overdue work, apart from departments (%s)",
    async (_, size) => {
      const { page } = await openPage(e2e.browser, e2e.server.baseUrl, size);
      await signIn(page, "lanhdao.govap");
      const area = page.getByRole("region", { name: /^Đơn vị trong địa bàn/ });
      await area.waitFor();
      const home = await apiGet<HomeView>(page, "/api/home");
      const wards = area.getByRole("table", { name: "Phường, xã" });
      const names = await wards.locator("tbody th").allInnerTexts();
      expect(names).toEqual(home.area!.wards.map((u) => u.shortName ?? u.name));
      const overdue = (await wards.locator("tbody td:nth-child(2)").allInnerTexts()).map(Number);
      expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
      await area.getByRole("table", { name: "Phòng, ban, cơ quan" }).waitFor();
      // The tables fit their boxes and the screen.
      for (const t of await page.locator(".tt-home-table").all()) {
        const fits = await t.evaluate((el) => {
          const e = el as unknown as { scrollWidth: number; parentElement: { clientWidth: number } };
          return e.scrollWidth <= e.parentElement.clientWidth + 1;
        });
        expect(fits).toBe(true);
      }
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(size.width);
      await expectAccessible(page);
      const first = home.area!.wards[0]!;
      await wards.getByRole("link", { name: first.shortName ?? first.name, exact: true }).click();
      await expectHeading(page, "Công việc của đơn vị");
      expect(new URL(page.url()).searchParams.get("org")).toBe(first.orgId);
      const list = await apiGet<AssignmentList>(
        page,
        `/api/assignments?orgId=${first.orgId}&involvement=lead`,
      );
      expect(list.total).toBe(first.total);
    },
  );
});
