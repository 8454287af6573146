// The import review as a district coordinator uses it on a 1366 × 768 office screen: work that would
// be overdue on the day it is confirmed is pointed out before confirmation (an open-ended frame is
// ongoing, not due), tasks without a lead are one line per group, each group says how sure the
// parser was, the unit map fits its box, and a whole group of bodies (every ward of the district)
// is added in one choice; another province's department is recorded as an outside body (cơ quan
// ngoài hệ thống), given no work, instead of a wrong match.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectAccessible, openFromMenu, openPage, setupBrowserApp, signIn } from "./support/index.ts";

const e2e = setupBrowserApp();
const dir = mkdtempSync(join(tmpdir(), "thucthi-e2e-review-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A plan of an earlier year: "Năm 2025" is a due date already past; "Năm 2025 và các năm tiếp
// theo" is ongoing work. Three tasks of one group name no unit.
const PLAN = `ỦY BAN NHÂN DÂN
QUẬN GÒ VẤP

Số: 321/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Gò Vấp, ngày 03 tháng 3 năm 2025

KẾ HOẠCH
Chuyển đổi số trong cơ quan hành chính quận năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả phục vụ người dân.

II. NHIỆM VỤ
1. Hạ tầng số
a) Nâng cấp mạng nội bộ của các cơ quan.
b) Trang bị máy tính cho bộ phận một cửa.
c) Rà soát phần mềm dùng chung.
2. Dữ liệu số
a) Số hóa sổ hộ tịch đã lưu trữ.
- Đơn vị thực hiện: Phòng Tư pháp quận.
- Thời gian thực hiện: Năm 2025.
b) Cập nhật dữ liệu dân cư trên địa bàn.
- Đơn vị thực hiện: Các đơn vị được phân công.
- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.
c) Hướng dẫn kết nối liên thông dữ liệu hộ tịch giữa hai địa phương.
- Đơn vị thực hiện: Sở Tư pháp tỉnh Đồng Nai.

III. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ quận theo dõi, tổng hợp kết quả thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn Thử
`;

describe("Rà soát văn bản nhập", () => {
  it("warns of work born overdue, groups the missing leads, shows each group's confidence, and maps a whole group of wards in a unit map that fits 1366 px", async () => {
    const file = join(dir, "ke-hoach-chuyen-doi-so.txt");
    writeFileSync(file, PLAN);
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "lanhdao.govap");
    await openFromMenu(page, "Văn bản chỉ đạo");
    await page.locator("input[type=file]").setInputFiles(file);
    await page.waitForURL(/\/directives\/[0-9a-f-]{36}\/review$/);

    // Born overdue: the task due at the end of 2025, not the ongoing one.
    const late = page.getByTestId("born-overdue");
    await expect.poll(() => late.textContent()).toContain("1 việc sẽ quá hạn ngay khi xác nhận");
    expect(await late.textContent()).toContain("«Số hóa sổ hộ tịch đã lưu trữ.»: hạn 31/12/2025 đã qua");
    expect(await late.textContent()).not.toContain("Cập nhật dữ liệu dân cư");

    // The three tasks of group 1 without a lead: one line for the group, not three.
    const problems = page.getByRole("alert").filter({ hasText: "việc cần xử lý trước khi xác nhận" });
    const text = (await problems.textContent()) ?? "";
    expect(text).toContain("1. Hạ tầng số: 3 nhiệm vụ chưa có cơ quan chủ trì.");
    expect(text.match(/chưa có cơ quan chủ trì \(chọn cơ quan/g) ?? []).toHaveLength(0);

    // Each group: its source line and the parser's confidence; each task its line.
    const confidence = page.getByTestId("group-confidence");
    await expect.poll(() => confidence.count()).toBe(2);
    expect(await confidence.first().textContent()).toBe("Cần kiểm tra kỹ");
    expect(await page.locator(".tt-group-signal").first().textContent()).toContain("dòng 17");
    const card = page.locator(".tt-task-card").filter({ hasText: "Nâng cấp mạng nội bộ" });
    expect(await card.locator("h4").textContent()).toContain("(dòng 18)");

    // The unit map: a whole group chosen at once; the table stays inside its box.
    await page.locator(".tt-review-switch label").filter({ hasText: "Đơn vị chưa xác định" }).click();
    const group = page.getByRole("combobox", { name: "Thêm cả nhóm cho “Các đơn vị được phân công”" });
    await group.click();
    await group.fill("phuong");
    await page
      .locator(".ant-select-dropdown:visible")
      .getByText(/Tất cả phường, xã, thị trấn thuộc Ủy ban nhân dân quận Gò Vấp \(\d+\)/)
      .click();
    const row = page.locator(".tt-units-table tr").filter({ hasText: "Các đơn vị được phân công" });
    await expect.poll(() => row.textContent()).toContain("Cơ quan do người duyệt chọn");
    expect(await row.textContent()).toContain("Ủy ban nhân dân Phường 17");
    const fits = await page
      .locator(".tt-units-table")
      .evaluate(
        (el) =>
          el.scrollWidth <= el.clientWidth + 1 &&
          el.getBoundingClientRect().right <= el.ownerDocument.documentElement.clientWidth,
      );
    expect(fits).toBe(true);

    // Another province's department: not in the tree, recorded as an outside body.
    const outside = page.locator(".tt-units-table tr").filter({ hasText: "Sở Tư pháp tỉnh Đồng Nai" });
    const mark = outside.getByRole("checkbox", { name: /Cơ quan ngoài hệ thống/ });
    // antd draws the box over a visually hidden input: the official clicks its label.
    await outside.locator("label.ant-checkbox-wrapper").click();
    await expect.poll(() => mark.isChecked()).toBe(true);
    await expect.poll(() => outside.textContent()).toContain("không giao việc");
    expect(await outside.locator(".tt-tag").first().textContent()).toBe("Cơ quan ngoài hệ thống");
    await expect
      .poll(
        async () => (await problems.count()) === 0 || !(await problems.textContent())?.includes("Đồng Nai"),
      )
      .toBe(true);
    await expectAccessible(page);
    await page.locator(".tt-review-switch label").first().click();
    const outsideCard = page.locator(".tt-task-card").filter({ hasText: "Hướng dẫn kết nối liên thông" });
    expect(await outsideCard.locator("dd[data-testid^=outside-]").textContent()).toBe(
      "Sở Tư pháp tỉnh Đồng Nai",
    );
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
