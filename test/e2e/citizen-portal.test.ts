// On a 360 px phone: a citizen files a feedback and a complaint on the portal (/cong-dan), keeps the
// tracking codes and looks one up; a ward official finds the feedback in Phản ánh – kiến nghị,
// classifies, accepts, answers and publishes it, masked; the answer appears on the portal, where
// the citizen rates it with the follow-up secret. Every page passes axe.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  expectHeading,
  openPage,
  PHONE,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

async function check(page: Page, where: string) {
  try {
    await expectAccessible(page);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
  expect(await pageScrollWidth(page), `${where} fits 360 px`).toBeLessThanOrEqual(360);
}

async function fillCommon(page: Page, title: string, content: string, field: string) {
  const ward = page.getByLabel("Phường, xã nơi xảy ra sự việc");
  await page.locator("#f-wardId option").nth(1).waitFor({ state: "attached" });
  await ward.selectOption({ label: "Ủy ban nhân dân Phường 1" });
  await page.getByLabel("Lĩnh vực").selectOption(field);
  await page.getByLabel("Tiêu đề").fill(title);
  await page.getByLabel("Nội dung").fill(content);
}

describe("Cổng công dân", () => {
  it("a feedback and a complaint are filed on a phone, answered by the ward and published masked", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl, PHONE);
    await page.goto("/cong-dan");
    await expectHeading(page, "Bạn muốn gửi gì?");
    await check(page, "trang đầu cổng công dân");

    // A feedback: an empty form first shows each field's Vietnamese message.
    await page.getByRole("link", { name: /^Phản ánh/ }).click();
    await expectHeading(page, "Gửi phản ánh");
    await page.getByRole("button", { name: "Gửi" }).click();
    await page.getByText("Hãy chọn phường, xã").first().waitFor();
    await check(page, "biểu mẫu phản ánh (có lỗi)");
    await fillCommon(
      page,
      "Rác tồn đọng đầu hẻm 45",
      "Rác tồn đọng nhiều ngày ở đầu hẻm 45, bốc mùi, ảnh hưởng sinh hoạt của các hộ dân xung quanh.",
      "environment",
    );
    await page.getByLabel("Họ và tên (không bắt buộc)").fill("Đặng Văn Phúc");
    await page.getByLabel("Số điện thoại").fill("0907654321");
    await page.getByRole("button", { name: "Gửi" }).click();
    await expectHeading(page, "Đã gửi thành công");
    const code = (await page.getByTestId("tracking-code").textContent())!.trim();
    const secret = (await page.getByTestId("follow-secret").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await check(page, "biên nhận");

    // A complaint: the law asks the complainant's name and address and the decision complained of.
    await page.goto("/cong-dan");
    await page.getByRole("link", { name: /^Khiếu nại/ }).click();
    await expectHeading(page, "Gửi khiếu nại");
    await fillCommon(
      page,
      "Khiếu nại quyết định xử phạt",
      "Tôi khiếu nại quyết định xử phạt vi phạm hành chính vì hành vi không phải do tôi thực hiện.",
      "public_order",
    );
    await page
      .getByLabel("Quyết định, hành vi hành chính bị khiếu nại")
      .fill("Quyết định xử phạt số 15/QĐ-XPHC");
    await page.getByRole("button", { name: "Gửi" }).click();
    await page.getByText("Đơn khiếu nại phải ghi họ và tên").first().waitFor();
    await page.getByLabel("Họ và tên", { exact: true }).fill("Hồ Thị Mai");
    await page.getByLabel("Địa chỉ", { exact: true }).fill("Phường 1, quận Gò Vấp");
    await page.getByRole("button", { name: "Gửi" }).click();
    await expectHeading(page, "Đã gửi thành công");
    const complaint = (await page.getByTestId("tracking-code").textContent())!.trim();

    // Anyone looks a case up by its code.
    await page.goto("/cong-dan");
    await page.getByLabel("Mã tra cứu").fill(complaint);
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expectHeading(page, `Đơn ${complaint}`);
    await page.getByTestId("case-status").getByText("Đã tiếp nhận").waitFor();
    await check(page, "tra cứu đơn");

    // The ward's official handles the feedback.
    const office = (await openPage(e2e.browser, e2e.server.baseUrl, PHONE)).page;
    await signIn(office, "chuyenvien.p1");
    await office.goto("/feedback");
    await expectHeading(office, "Phản ánh – kiến nghị");
    await office.getByRole("link", { name: code }).waitFor();
    await check(office, "hộp thư phản ánh");
    await office.getByRole("link", { name: code }).click();
    await office.getByRole("button", { name: "Phân loại", exact: true }).waitFor();
    await check(office, "một đơn");
    await office.getByRole("button", { name: "Phân loại", exact: true }).click();
    await office.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await office
      .getByTestId("case-status")
      .getByText("Đã thụ lý")
      .waitFor()
      .catch(async (e) => {
        throw new Error(`${(e as Error).message}\n${await office.locator("main").innerText()}`);
      });
    await office
      .getByLabel("Trả lời người gửi")
      .fill("Cảm ơn ông Đặng Văn Phúc (0907654321). Phường 1 đã thu gom rác ở đầu hẻm 45 trong ngày.");
    await office.getByRole("button", { name: "Gửi trả lời" }).click();
    await office.getByRole("button", { name: "Xem bản công khai" }).click();
    const reviewed = office.getByLabel("Công khai câu trả lời");
    await expect.poll(() => reviewed.inputValue(), { timeout: 20_000 }).toContain("[họ tên]");
    expect(await reviewed.inputValue()).not.toContain("0907654321");
    await check(office, "rà soát bản công khai");
    await office.getByRole("button", { name: "Công khai", exact: true }).click();
    await office.getByText("Đã công khai").first().waitFor();

    // The answer is on the portal, masked; the sender rates it with the secret.
    await page.goto(`/cong-dan/tra-cuu/${code}`);
    const published = page.getByTestId("published-answer");
    await expect.poll(() => published.textContent(), { timeout: 20_000 }).toContain("đã thu gom rác");
    expect(await published.textContent()).not.toContain("Phúc");
    await page.getByLabel("Mã bí mật").fill(secret);
    await page.getByRole("button", { name: "Xem chi tiết" }).click();
    await page.getByRole("heading", { name: "Đơn của bạn" }).waitFor();
    await check(page, "đơn của người gửi");
    await page.getByLabel("Mức hài lòng").selectOption("5");
    await page.getByLabel("Nhận xét (không bắt buộc)").fill("Xử lý nhanh");
    await page.getByRole("button", { name: "Gửi đánh giá" }).click();
    await page.getByText("Cảm ơn bạn đã đánh giá.").waitFor();
    // The page reloads the case after a moment: the rating is shown beside the published answer.
    await page.getByText("Người gửi đánh giá: 5/5 — Xử lý nhanh").waitFor();
  });
});
