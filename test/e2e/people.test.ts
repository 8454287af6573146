import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  expectHeading,
  openFromMenu,
  openPage,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

describe("Cán bộ và vai trò", () => {
  it("a ward specialist sees their own ward's people and gets the Vietnamese 403 message for another ward", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "chuyenvien.p1");
    // No menu entry (a specialist administers nothing): the page is reached by its address.
    await page.goto("/admin/people");
    await expectHeading(page, "Cán bộ và vai trò");

    // Their own ward by default (the acting body).
    const names = () => page.locator(".ant-table-tbody tr td:first-child").allTextContents();
    await expect.poll(names).toEqual(expect.arrayContaining(["Nguyễn Thị Mai", "Bùi Văn Tâm"]));
    expect(await page.getByTestId("people-count").textContent()).toBe("2 cán bộ");
    expect(await page.getByRole("cell", { name: "Chuyên viên – Ủy ban nhân dân Phường 1" }).count()).toBe(1);
    await expectAccessible(page);

    // Another ward: chosen in the body picker, searched without diacritics.
    const picker = page.getByLabel("Đơn vị", { exact: true });
    await picker.fill("phuong 3");
    await page.locator(".ant-select-tree-title", { hasText: "Ủy ban nhân dân Phường 3" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("Bạn không được xem cán bộ của đơn vị này.");
    expect(await page.locator(".ant-table").count()).toBe(0);
    await expectAccessible(page);
  });

  it("a district leader sees the wards' people below and opens a person with their roles", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "lanhdao.govap");
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
    await page.getByLabel("Gồm cả đơn vị cấp dưới").click();
    await expect.poll(() => page.getByTestId("people-count").textContent()).not.toBe("1 cán bộ");
    await page.getByRole("link", { name: "Nguyễn Thị Mai" }).click();
    await expectHeading(page, "Nguyễn Thị Mai");
    expect(await page.getByRole("cell", { name: "Chuyên viên", exact: true }).count()).toBe(1);
    // A leader may manage the people below: the role form and the lock button are offered.
    await page.getByRole("heading", { name: "Giao vai trò" }).waitFor();
    expect(await page.getByRole("button", { name: "Khóa tài khoản" }).count()).toBe(1);
    await expectAccessible(page);
  });
});

describe("the module menu", () => {
  const menu = (page: Page) => page.getByRole("navigation", { name: "Danh mục chức năng" });

  it("shows Quản trị to those who administer (with the pages each may use), not to a specialist", async () => {
    for (const [account, pages] of [
      ["chuyenvien.p1", []],
      ["admin", ["Cơ cấu tổ chức", "Cán bộ và vai trò", "Nhật ký thay đổi", "Lịch nghỉ lễ", "Nhắc việc"]],
      ["lanhdao.govap", ["Cơ cấu tổ chức", "Cán bộ và vai trò", "Nhật ký thay đổi"]],
    ] as const) {
      const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
      await signIn(page, account);
      const nav = menu(page);
      await nav.getByRole("menuitem", { name: "Nhiệm vụ", exact: true }).waitFor();
      const admin = nav.getByRole("menuitem", { name: "Quản trị", exact: true });
      expect(await admin.count(), account).toBe(pages.length ? 1 : 0);
      expect(await nav.getByText("Quản trị", { exact: true }).count(), account).toBe(pages.length ? 1 : 0);
      if (pages.length) {
        await admin.click();
        await nav.locator(`[role="menuitem"][aria-expanded="true"]`, { hasText: "Quản trị" }).waitFor();
        const shown = await nav.locator(".ant-menu-sub [role=menuitem]").allTextContents();
        expect(shown, account).toEqual([...pages]);
      }
      expect(errors, account).toEqual([]);
      await page.close();
    }
  });

  it("opens two pages of Quản trị in a row, whether the sub-menu was left open, closed or opened by the address", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "lanhdao.govap");
    const admin = page.getByRole("navigation").getByRole("menuitem", { name: "Quản trị", exact: true });
    // Closed at first; the first page leaves the sub-menu open, the second must not close it.
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
    await expectHeading(page, "Cán bộ và vai trò");
    expect(await admin.getAttribute("aria-expanded")).toBe("true");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await expectHeading(page, "Cơ cấu tổ chức");
    // Closed by hand, then opened again by the helper.
    await admin.click();
    await expect.poll(() => admin.getAttribute("aria-expanded")).toBe("false");
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
    await expectHeading(page, "Cán bộ và vai trò");
    // A page of Quản trị loaded by its address opens the sub-menu itself.
    await page.goto("/admin/orgs");
    await expectHeading(page, "Cơ cấu tổ chức");
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
    await expectHeading(page, "Cán bộ và vai trò");
    expect(errors).toEqual([]);
  });
});
