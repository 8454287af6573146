// People follow their ward into a merger (issue 13, item 1): the administrator merges Phường 1 and
// Phường 3 in the dialog, unticking one official; the other officials sign in to the new ward and
// find their work there; the unticked one is told which change left her without a unit, and whom
// to ask.
import { describe, expect, it } from "vitest";
import {
  apiClient,
  apiGet,
  chooseInTree,
  expectAccessible,
  expectHeading,
  openFromMenu,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();
const NEW_WARD = "Ủy ban nhân dân phường An Hội Đông";

interface TaskList {
  total: number;
  items: Array<{ id: string; status: string; lead: { name: string } }>;
}

describe("Sắp xếp tổ chức: cán bộ theo đơn vị", () => {
  let before: TaskList;

  it("an administrator merges two wards; the dialog lists their people, ticked, and one is unticked", async () => {
    const official = apiClient(e2e.server);
    expect((await official.signIn("chuyenvien.p1")).status).toBe(200);
    before = (await official.get("/api/assignments?pageSize=500")).body as TaskList;
    expect(before.total).toBeGreaterThan(0);

    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await chooseInTree(page, "phuong 1", "Ủy ban nhân dân Phường 1");
    await page.getByRole("button", { name: "Hợp nhất" }).click();
    const dialog = page.getByRole("dialog", { name: "Hợp nhất cơ quan" });
    const people = dialog.getByTestId("people-choice");
    const mai = people.getByLabel("Nguyễn Thị Mai — Chuyên viên, Ủy ban nhân dân Phường 1");
    await mai.waitFor();
    await dialog.locator(".ant-select-multiple").click();
    await page.keyboard.type("phuong 3");
    await page.locator(".ant-select-tree-title", { hasText: "Ủy ban nhân dân Phường 3" }).click();
    await page.keyboard.press("Tab");
    const huy = people.getByLabel("Trịnh Quốc Huy — Chuyên viên, Ủy ban nhân dân Phường 3");
    await huy.waitFor();
    expect(await mai.isChecked()).toBe(true);
    expect(await people.getByLabel("Bùi Văn Tâm — Lãnh đạo, Ủy ban nhân dân Phường 1").isChecked()).toBe(
      true,
    );
    await huy.uncheck();
    await dialog.getByLabel("Một cơ quan mới").check();
    await dialog.getByLabel("Tên đầy đủ").fill(NEW_WARD);
    await dialog.getByLabel("Căn cứ (số, ký hiệu quyết định)").fill("Nghị quyết số 1685/NQ-UBTVQH15");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Hợp nhất" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator(".tt-org-detail h2").textContent()).toBe(NEW_WARD);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the ward official signs in to the new ward and finds her work there, all she saw before", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "chuyenvien.p1");
    await expect.poll(() => page.locator(".tt-acting-name").first().textContent()).toBe(NEW_WARD);
    expect(await page.getByTestId("unit-notice").count()).toBe(0);
    await openFromMenu(page, "Nhiệm vụ");
    await expectHeading(page, "Công việc của đơn vị");
    const rows = page.getByRole("table").getByRole("row");
    await rows.nth(1).getByRole("link").first().waitFor();
    expect(await rows.nth(1).textContent()).toContain(NEW_WARD);
    const after = await apiGet<TaskList>(page, "/api/assignments?pageSize=500");
    const seen = new Set(after.items.map((i) => i.id));
    // Open work moves to the successor; finished work stays with the unit that did it, as history
    // (docs/decisions/task-reorganisation.md).
    const open = before.items.filter((i) => i.status !== "done");
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((i) => !seen.has(i.id))).toEqual([]);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [screen, options] of [
    ["an office PC", {}],
    ["a phone", { width: 360, height: 740, mobile: true }],
  ] as const) {
    it(`the unticked official is told which change left her without a unit and whom to ask (${screen})`, async () => {
      const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl, options);
      await signIn(page, "chuyenvien.p3");
      const notice = page.getByTestId("unit-notice");
      await notice.waitFor();
      const text = await notice.textContent();
      expect(text).toContain("Tài khoản của bạn chưa có đơn vị công tác");
      expect(text).toContain(`Ủy ban nhân dân Phường 3 đã được hợp nhất vào ${NEW_WARD} từ ngày`);
      expect(text).toContain(
        "theo Nghị quyết số 1685/NQ-UBTVQH15; tài khoản của bạn chưa được gán vào đơn vị mới.",
      );
      expect(text).toContain("Hãy liên hệ quản trị viên để được gán vào đơn vị: Quản trị hệ thống");
      // In the first screen, and the page does not scroll sideways to read it.
      const box = await notice.boundingBox();
      expect(box!.y).toBeLessThan(options.height ?? 768);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(options.width ?? 1366);
      await expectAccessible(page);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("a split in the dialog sends each person to the new body chosen for them", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await chooseInTree(page, "thanh tra quan", "Thanh tra quận Gò Vấp");
    await page.getByRole("button", { name: "Chia tách" }).click();
    const dialog = page.getByRole("dialog", { name: "Chia tách “Thanh tra quận Gò Vấp”" });
    const names = dialog.getByLabel("Tên đầy đủ");
    await names.nth(0).fill("Thanh tra quận Gò Vấp (khu vực 1)");
    await names.nth(1).fill("Thanh tra quận Gò Vấp (khu vực 2)");
    const into = dialog.getByRole("combobox", { name: "Chuyển Hoàng Đức Long sang" });
    await expect
      .poll(() => dialog.getByTestId("people-choice").textContent())
      .toContain("Thanh tra quận Gò Vấp (khu vực 1)");
    // The chosen value's text covers antd's search box: open the list from the keyboard.
    await into.focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: "Thanh tra quận Gò Vấp (khu vực 2)" }).click();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Chia tách" }).click();
    await dialog.waitFor({ state: "hidden" });
    const long = apiClient(e2e.server);
    expect((await long.signIn("thanhtra.govap")).status).toBe(200);
    const me = (await long.get("/api/auth/me")).body as {
      memberships: Array<{ orgName: string; role: string }>;
    };
    expect(me.memberships).toEqual([
      expect.objectContaining({ orgName: "Thanh tra quận Gò Vấp (khu vực 2)", role: "complaint_handler" }),
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
