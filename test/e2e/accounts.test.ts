import { describe, expect, it } from "vitest";
import { totpCode } from "../../src/modules/auth/adapters/totp.ts";
import {
  apiClient,
  clock,
  DEMO,
  expectAccessible,
  expectHeading,
  openFromMenu,
  openPage,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

/** Ids the API knows: a body by its code, a person by username (as the administrator). */
async function adminApi() {
  const api = apiClient(e2e.server);
  await api.signIn("admin");
  const orgs = (await api.get("/api/orgs")).body as Array<{ id: string; code: string }>;
  return {
    api,
    orgId: (code: string) => orgs.find((o) => o.code === code)!.id,
    personId: async (username: string) =>
      ((await api.get(`/api/people?q=${username}`)).body as Array<{ id: string; username: string }>).find(
        (p) => p.username === username,
      )!.id,
  };
}

describe("Tài khoản", () => {
  it("an official changes their password, signs out, and signs in with the new one", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "chuyenvien.p3");
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Đổi mật khẩu" }).click();
    const dialog = page.getByRole("dialog", { name: "Đổi mật khẩu" });
    await dialog.getByLabel("Mật khẩu hiện tại").fill(DEMO.password);
    await dialog.getByLabel("Mật khẩu mới", { exact: true }).fill("Mật-khẩu-mới-2026");
    await dialog.getByLabel("Nhập lại mật khẩu mới").fill("Mật-khẩu-mới-2026");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã bị đăng xuất.").waitFor();

    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Đăng xuất" }).click();
    await page.waitForURL(/\/login$/);
    await signIn(page, "chuyenvien.p3", "Mật-khẩu-mới-2026");
    await expectHeading(page, "Xin chào, Trịnh Quốc Huy");
  });

  it("an official with roles in two bodies switches the body they work for", async () => {
    const { api, orgId, personId } = await adminApi();
    const granted = await api.post(`/api/people/${await personId("noivu.govap")}/memberships`, {
      orgId: orgId("gv.ptp"),
      role: "specialist",
    });
    expect(granted.status).toBe(200);

    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "noivu.govap");
    const picker = page.getByRole("banner").getByRole("combobox", { name: "Đơn vị đang làm việc" });
    await picker.waitFor();
    await page.getByRole("banner").locator(".tt-acting-select").click();
    await page.getByRole("option", { name: "Phòng Tư pháp quận Gò Vấp" }).click();
    await page.getByText("Đã chuyển sang làm việc tại Phòng Tư pháp quận Gò Vấp.").waitFor();
    await expectAccessible(page);

    // Pages start from the acting body: the people page now lists Phòng Tư pháp.
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
    await page.getByRole("link", { name: "Phạm Văn Bình" }).waitFor();
  });

  it("a new administrator turns on two-factor authentication with the QR code at first sign-in", async () => {
    const { api, orgId } = await adminApi();
    const created = await api.post("/api/people", {
      username: "quantri.moi",
      fullName: "Đặng Thu Hà",
      password: "Quản-trị-mới-2026",
      memberships: [{ orgId: orgId("gv.vp"), role: "admin" }],
    });
    expect(created.status).toBe(200);

    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("quantri.moi");
    await page.getByLabel("Mật khẩu", { exact: true }).fill("Quản-trị-mới-2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Bật xác thực hai lớp" }).waitFor();
    await page.getByText("Tài khoản quản trị phải bật xác thực hai lớp trước khi làm việc.").waitFor();
    const qr = page.getByRole("img", { name: "Mã QR để thêm tài khoản Thực Thi vào ứng dụng xác thực" });
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    await expectAccessible(page);

    const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel("Mã xác thực (6 chữ số)").fill(totpCode(secret, clock.now));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expectHeading(page, "Xin chào, Đặng Thu Hà");
    expect(errors).toEqual([]);
  });

  it("a ward leader creates an account in their ward, and is refused a role in another ward with the server's message", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "lanhdao.p1");
    await openFromMenu(page, "Quản trị", "Cán bộ và vai trò");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expectHeading(page, "Tạo tài khoản cán bộ");
    await page.getByLabel("Tên đăng nhập").fill("tranvanan.p1");
    await page.getByLabel("Họ và tên").fill("Trần Văn An");
    await page.getByLabel("Mật khẩu ban đầu").fill("Phường-Một-2026");
    await page.getByLabel("Chức danh (không bắt buộc)").fill("Công chức Văn hóa – Xã hội");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();

    await expectHeading(page, "Trần Văn An");
    await page.getByRole("cell", { name: "Công chức Văn hóa – Xã hội" }).waitFor();
    expect(await page.getByRole("cell", { name: "Chuyên viên", exact: true }).count()).toBe(1);

    // A role in Phường 3 is beyond a Phường 1 leader: the server says so, in Vietnamese.
    const grant = page.locator("form", { has: page.getByRole("button", { name: "Giao vai trò" }) });
    await grant.getByLabel("Đơn vị", { exact: true }).fill("phuong 3");
    await page.locator(".ant-select-tree-title", { hasText: "Ủy ban nhân dân Phường 3" }).click();
    await grant.getByRole("button", { name: "Giao vai trò" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("Bạn không được giao vai trò này tại đơn vị này.");
    expect(errors).toEqual([]);
  });
});
