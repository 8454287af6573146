import { describe, expect, it } from "vitest";
import {
  adminTotpCode,
  DEMO,
  expectAccessible,
  expectHeading,
  htmlLang,
  openPage,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

describe("Đăng nhập", () => {
  it("a wrong password gets the server's Vietnamese message and the sign-in page passes axe", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await page.goto("/admin/orgs");
    // Not signed in: sent to the sign-in page, which remembers where to go next.
    await page.waitForURL(/\/login\?next=%2Fadmin%2Forgs$/);
    await page.getByLabel("Tên đăng nhập").fill("chuyenvien.p1");
    await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(await htmlLang(page)).toBe("vi");
    await expectAccessible(page);

    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/\/admin\/orgs$/);
    await expectHeading(page, "Cơ cấu tổ chức");
  });

  it("the administrator signs in with the TOTP step", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("admin");
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();

    await page.getByRole("heading", { name: "Xác thực hai lớp" }).waitFor();
    expect(await page.getByText("Chế độ trình diễn").count()).toBe(1);
    await expectAccessible(page);
    const code = page.getByLabel("Mã xác thực (6 chữ số)");
    const wrong = adminTotpCode() === "000000" ? "111111" : "000000";
    await code.fill(wrong);
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Mã xác thực không đúng");

    await code.fill(adminTotpCode());
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expectHeading(page, "Xin chào, Quản trị hệ thống");
    expect(await page.getByRole("banner").getByText("Chế độ trình diễn").count()).toBe(1);
    // Administrators have all of Quản trị, including the change log.
    const nav = page.getByRole("navigation", { name: "Danh mục chức năng" });
    await nav.getByRole("menuitem", { name: "Quản trị" }).click();
    for (const item of ["Cơ cấu tổ chức", "Cán bộ và vai trò", "Nhật ký thay đổi"])
      await nav.getByRole("menuitem", { name: item }).waitFor();
    expect(errors).toEqual([]);
  });

  it("the English switch changes the menu labels and <html lang>, and back", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "lanhdao.govap");
    const nav = page.getByRole("navigation", { name: /Danh mục chức năng|Modules/ });
    const VI = [
      "Văn bản chỉ đạo",
      "Nhiệm vụ",
      "Báo cáo",
      "Phản ánh – kiến nghị",
      "Tiếp công dân",
      "Dân chủ cơ sở",
      "Thống kê",
      "Quản trị",
    ];
    const EN = [
      "Directives",
      "Tasks",
      "Reports",
      "Feedback and petitions",
      "Citizen reception",
      "Grassroots democracy",
      "Statistics",
      "Administration",
    ];
    // The modules' entries in the required order; a module may add entries of its own between them.
    const labelsAmong = (known: string[]) => async () =>
      (await nav.getByRole("menuitem").allTextContents()).filter((l) => known.includes(l));
    expect(await labelsAmong(VI)()).toEqual(VI);

    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(labelsAmong(EN)).toEqual(EN);
    expect(await htmlLang(page)).toBe("en");
    await expectHeading(page, "Hello, Trần Minh Quang");
    await expectAccessible(page);

    // The choice survives a reload.
    await page.reload();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect.poll(labelsAmong(VI)).toEqual(VI);
    expect(await htmlLang(page)).toBe("vi");
  });
});
