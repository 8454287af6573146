// Every screen and dialog of the shell passes axe (no serious or critical violation), on a PC and
// at 360 px. The other tests check their own screens too; this one makes sure none is forgotten.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  type AxeViolation,
  describeViolations,
  expectAccessible,
  expectHeading,
  openPage,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

/** Checks the page as it is now; collects the lesser (minor, moderate) findings for the log. */
async function check(page: Page, where: string, minor: string[]) {
  let lesser: AxeViolation[];
  try {
    lesser = await expectAccessible(page);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
  if (lesser.length) minor.push(`${where}:\n${describeViolations(lesser)}`);
}

async function dialog(page: Page, button: string, where: string, minor: string[]) {
  await page.getByRole("button", { name: button, exact: true }).first().click();
  const d = page.getByRole("dialog");
  await d.waitFor();
  await check(page, where, minor);
  await d.getByRole("button", { name: "Hủy" }).click();
  await d.waitFor({ state: "hidden" });
}

describe("Trợ năng", () => {
  it("every page and dialog an administrator opens passes axe", async () => {
    const minor: string[] = [];
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await expectHeading(page, "Xin chào, Quản trị hệ thống");
    await check(page, "trang chủ", minor);

    const orgs = (await page.evaluate("fetch('/api/orgs').then((r) => r.json())")) as Array<{
      id: string;
      code: string;
    }>;
    const district = orgs.find((o) => o.code === "gv.ubnd")!.id;
    await page.goto(`/admin/orgs/${district}`);
    await expectHeading(page, "Cơ cấu tổ chức");
    await page.locator(".tt-org-detail h2").waitFor();
    await check(page, "cơ cấu tổ chức", minor);
    for (const button of [
      "Thêm cơ quan",
      "Nhập từ tệp",
      "Sửa thông tin",
      "Đổi tên",
      "Chuyển cấp trên",
      "Chia tách",
      "Giải thể",
    ])
      await dialog(page, button, `hộp thoại ${button}`, minor);
    await page.getByRole("button", { name: "Hợp nhất", exact: true }).click();
    await page.getByRole("dialog").getByLabel("Một cơ quan mới").check();
    await check(page, "hộp thoại Hợp nhất (cơ quan mới)", minor);
    await page.getByRole("dialog").getByRole("button", { name: "Hủy" }).click();

    await page.goto("/admin/people");
    await page.getByTestId("people-count").waitFor();
    await check(page, "cán bộ", minor);
    await page.goto("/admin/people/new");
    await expectHeading(page, "Tạo tài khoản cán bộ");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click(); // empty: every field shows its error
    await page.locator(".ant-form-item-explain-error").first().waitFor();
    await check(page, "tạo tài khoản (có lỗi)", minor);

    await page.goto("/admin/audit");
    await page.locator(".ant-table-row").first().waitFor();
    await page.getByRole("button", { name: "Kiểm tra tính toàn vẹn" }).click();
    await page.getByTestId("audit-verdict").waitFor();
    await check(page, "nhật ký thay đổi", minor);

    await page.goto("/stats");
    // The administrator's area is the whole tree; the heading names it.
    await page
      .getByRole("main")
      .getByRole("heading", { level: 1, name: /^Thống kê: / })
      .waitFor();
    await page.getByRole("main").locator(".tt-stats-panel").first().waitFor();
    await check(page, "thống kê", minor);
    await page.goto("/khong-co-trang-nay");
    await expectHeading(page, "Không có trang này");
    await check(page, "trang không tồn tại", minor);

    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Đổi mật khẩu" }).click();
    await page.getByRole("dialog").waitFor();
    await check(page, "đổi mật khẩu", minor);

    if (minor.length) console.info(`Lesser axe findings:\n${minor.join("\n")}`);
  });

  it("at 360 px every list, form and the open menu pass axe", async () => {
    const minor: string[] = [];
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl, {
      width: 360,
      height: 740,
      mobile: true,
    });
    await signIn(page, "lanhdao.govap");
    await page.getByRole("button", { name: "Mở danh mục chức năng" }).click();
    await page.getByRole("dialog").waitFor();
    await check(page, "menu trong ngăn kéo", minor);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /Close|Đóng/ })
      .click();

    await page.goto("/admin/people?below=1");
    await page.getByTestId("people-count").waitFor();
    await check(page, "cán bộ", minor);
    await page.getByRole("link", { name: "Nguyễn Thị Mai" }).click();
    await page.getByRole("heading", { name: "Giao vai trò" }).waitFor();
    await check(page, "một cán bộ", minor);
    await page.goto("/admin/audit");
    await page.locator(".ant-table-row").first().waitFor();
    await check(page, "nhật ký", minor);

    // A person who has not turned on the second factor can do it from the user menu.
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Bật xác thực hai lớp" }).click();
    await page.getByRole("img", { name: /Mã QR/ }).waitFor();
    await check(page, "bật xác thực hai lớp", minor);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);

    if (minor.length) console.info(`Lesser axe findings (360 px):\n${minor.join("\n")}`);
  });
});
