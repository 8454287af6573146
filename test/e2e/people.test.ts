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
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
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
  it("opens two pages of Quản trị in a row, whether the sub-menu was left open, closed or opened by the address", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "chuyenvien.p1");
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
