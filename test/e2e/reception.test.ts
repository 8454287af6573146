// Tiếp công dân in Chromium: Phường 3's chairman receives only once a month in the demo, so its
// calendar warns — under the rule of 2 days a month from 01/7/2026 (Luật 136/2025/QH15) and, for
// June 2026, the weekly rule of Điều 15 khoản 2 điểm d; its specialist records a visit that opens a
// case with the reply due by Điều 28; the page passes axe.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type E2EServer,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openFromMenu,
  openPage,
  pageScrollWidth,
  signIn,
  startServer,
} from "./support/index.ts";

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Tiếp công dân: a ward's calendar and register", () => {
  it("warns below the legal minimum before and after 01/7/2026, and records a visit that opens a case", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "chuyenvien.p3");
    await openFromMenu(page, "Tiếp công dân");
    await expectHeading(page, "Tiếp công dân");
    const calendar = page.getByRole("region", { name: "Lịch tiếp công dân" });
    await calendar.getByText(/luật yêu cầu ít nhất 2 ngày mỗi tháng/).waitFor();
    await expectAccessible(page);

    const content =
      "Phản ánh rác thải tập kết sai nơi quy định ở đầu hẻm 120, gây mùi hôi cho các hộ dân xung quanh.";
    await page.getByLabel("Nội dung vụ việc").fill(content);
    await page.getByLabel("Tiêu đề").fill("Rác tập kết sai nơi quy định");
    await page.getByRole("button", { name: "Ghi lượt tiếp" }).click();
    await page.getByText(/Đã ghi sổ; hạn trả lời \d{2}\/\d{2}\/\d{4}/).waitFor();
    const register = page.getByRole("region", { name: "Sổ tiếp công dân" });
    await register.getByText(content).waitFor();
    await expect(register.getByRole("row").filter({ hasText: content }).textContent()).resolves.toMatch(
      /Đơn [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/,
    );

    // June 2026: before Luật 136/2025/QH15, one day a week (Điều 15 khoản 2 điểm d).
    const month = page.getByLabel("Tháng");
    await month.click();
    await month.fill("06/2026");
    await month.press("Enter");
    await calendar
      .getByText(/luật yêu cầu ít nhất 1 ngày mỗi tuần \(.*Điều 15/)
      .first()
      .waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("ends a past session with the leader's conclusion and downloads its notice as .docx", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "chuyenvien.p1");
    await openFromMenu(page, "Tiếp công dân");
    await expectHeading(page, "Tiếp công dân");
    // Last month: every session of it is past, so each may be concluded.
    const now = new Date();
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    const month = page.getByLabel("Tháng");
    await month.click();
    await month.fill(`${String(last.getUTCMonth() + 1).padStart(2, "0")}/${last.getUTCFullYear()}`);
    await month.press("Enter");
    const calendar = page.getByRole("region", { name: "Lịch tiếp công dân" });
    await calendar.getByRole("button", { name: "Ghi kết luận" }).first().click();
    await page
      .getByLabel("Nội dung kết luận")
      .fill(
        "Giao Công chức Văn phòng – Thống kê theo dõi, trả lời công dân.\n- Kiểm tra hiện trạng trong 5 ngày làm việc.",
      );
    await expectAccessible(page);
    await page.getByRole("button", { name: "Lưu kết luận" }).click();
    await page.getByText("Đã lưu kết luận buổi tiếp.").waitFor();
    const download = calendar.getByRole("link", { name: "Tải thông báo kết luận (.docx)" }).first();
    await download.waitFor();
    const href = await download.getAttribute("href");
    expect(href).toMatch(/^\/api\/reception\/sessions\/[0-9a-f-]{36}\/conclusion\.docx$/);
    const file = await page.request.get(`${server.baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("wordprocessingml");
    expect((await file.body()).subarray(0, 2).toString()).toBe("PK");
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("publishes Phường 1's upcoming reception days on the citizens' portal, on a 360 px phone", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl, {
      width: 360,
      height: 740,
      mobile: true,
    });
    await page.goto("/cong-dan");
    await page.getByRole("link", { name: /Lịch tiếp công dân/ }).click();
    await expectHeading(page, "Lịch tiếp công dân");
    await page.locator("#f-ward option").nth(1).waitFor({ state: "attached" });
    await expectAccessible(page);
    await page.getByLabel("Phường, xã").selectOption({ label: "Ủy ban nhân dân Phường 1" });
    // The demo's Phường 1 receives every Thursday: the next ones are listed with the chairman's title.
    const first = page.locator(".session").first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toMatch(/^Thứ Năm, \d{2}\/\d{2}\/\d{4}, từ 07:30/);
    await expect(first.textContent()).resolves.toContain("Chủ tịch Ủy ban nhân dân tiếp công dân định kỳ");
    await expectAccessible(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
