// Periodic reports in the browser (issue 14): a ward's official writes the half-year report on a
// phone (360 px) and submits it, the ward's leader signs it off; Phòng Nội vụ's coordinator sees the
// board, returns one ward's report with comments and consolidates; the district's leader signs the
// consolidated report off and its .docx downloads. Every page passes axe.
import { describe, expect, it } from "vitest";
import type { ObligationSummary } from "../../src/modules/reports/contract.ts";
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
const PLAN = "Báo cáo 6 tháng kết quả thực hiện Kế hoạch 4998/KH-UBND";
let wardReport: ObligationSummary;

describe("Báo cáo định kỳ", () => {
  it("a ward writes its report on a phone and submits it; its leader signs it off", async () => {
    const { page, errors, context } = await openPage(e2e.browser, e2e.server.baseUrl, {
      width: 360,
      height: 740,
      mobile: true,
    });
    await signIn(page, "chuyenvien.p1");
    await page.goto("/reports");
    await expectHeading(page, "Báo cáo định kỳ");
    const mine = await apiGet<ObligationSummary[]>(page, "/api/reports/obligations");
    wardReport = mine.find((o) => o.state === "open")!;
    await page.getByRole("link", { name: `${PLAN} — ${wardReport.periodLabel}` }).click();
    await expectHeading(page, `Ủy ban nhân dân Phường 1 — ${wardReport.periodLabel}`);
    await page
      .getByLabel("Kết quả đạt được")
      .fill("Đã tổ chức 5 buổi tuyên truyền pháp luật tại các khu phố.");
    await page.getByLabel("Số hội nghị, buổi tuyên truyền, phổ biến pháp luật (buổi)").fill("5");
    await page.getByLabel("Số lượt người tham dự (lượt người)").fill("410");
    await page.getByLabel("Số văn bản được rà soát (văn bản)").fill("12");
    await page.getByLabel("Số văn bản phát hiện sai sót (văn bản)").fill("1");
    await page.getByLabel("Tỷ lệ người dân hài lòng với dịch vụ hành chính công (%)").fill("93,5");
    await page.getByRole("radio", { name: "Có", exact: true }).check();
    await page.getByText(/Đã lưu nháp lúc/).waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Trình báo cáo" }).click();
    await page.getByText("Chờ lãnh đạo ký duyệt", { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    const leader = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(leader.page, "lanhdao.p1");
    await leader.page.goto(`/reports/${wardReport.id}`);
    await leader.page.getByRole("button", { name: "Ký duyệt và gửi đi" }).click();
    await leader.page.getByText("Người ký duyệt: Bùi Văn Tâm").waitFor();
    await expectAccessible(leader.page);
    expect(leader.errors).toEqual([]);
    await leader.context.close();
  });

  it("Phòng Nội vụ sees the board, returns a report with comments and consolidates; the district leader signs it off", async () => {
    const { page, errors, context } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "noivu.govap");
    await page.goto("/reports");
    await page.getByRole("link", { name: PLAN, exact: true }).click();
    await expectHeading(page, `Theo dõi gửi báo cáo: ${PLAN}`);
    await page.getByText(/^16 đơn vị: \d+ đúng hạn, \d+ trễ hạn, 2 chưa gửi/).waitFor();
    const first = page.locator("tbody tr.ant-table-row").first();
    await expect(first.textContent()).resolves.toMatch(/Chưa gửi, quá hạn \d+ ngày làm việc/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Ủy ban nhân dân Phường 10" }).click();
    await page.getByRole("button", { name: "Trả lại" }).click();
    const dialog = page.getByRole("dialog", { name: "Trả lại" });
    await dialog
      .getByLabel("Nội dung cần bổ sung, sửa (đơn vị sẽ xem được)")
      .fill("Đề nghị bổ sung số liệu tuyên truyền.");
    await dialog.getByRole("button", { name: "Trả lại" }).click();
    await page.getByText("Cơ quan tổng hợp trả lại: Đề nghị bổ sung số liệu tuyên truyền.").waitFor();
    await page.goBack();
    await expectHeading(page, `Theo dõi gửi báo cáo: ${PLAN}`);
    await page.getByRole("button", { name: "Tổng hợp báo cáo" }).click();
    await page.getByRole("heading", { level: 2, name: "Tình hình thực hiện nhiệm vụ theo đơn vị" }).waitFor();
    await page.getByText(/^Đơn vị chưa gửi báo cáo: .*Ủy ban nhân dân Phường 10/).waitFor();
    await expectAccessible(page);
    const consolidatedUrl = page.url();
    await page.getByRole("button", { name: "Trình báo cáo" }).click();
    await page.getByText("Chờ lãnh đạo ký duyệt", { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    const leader = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(leader.page, "lanhdao.govap");
    await leader.page.goto(consolidatedUrl);
    await leader.page.getByRole("button", { name: "Ký duyệt và gửi đi" }).click();
    await leader.page.getByText("Người ký duyệt: Trần Minh Quang").waitFor();
    const download = leader.page.waitForEvent("download");
    await leader.page.getByRole("link", { name: "Tải văn bản (.docx)" }).click();
    expect((await download).suggestedFilename()).toMatch(/^Bao-cao-PNV-.*\.docx$/);
    await expectAccessible(leader.page);
    expect(leader.errors).toEqual([]);
    await leader.context.close();
  });
});
