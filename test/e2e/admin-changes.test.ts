// An administrator changes the tree; the change shows in the tree and in the change log.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  chooseInTree,
  type DomElement,
  expectAccessible,
  expectHeading,
  openFromMenu,
  openPage,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

/** The audit rows as [action, record text], newest first. */
const auditRows = (page: Page) =>
  page
    .locator(".ant-table-tbody tr.ant-table-row")
    .evaluateAll((rows: DomElement[]) =>
      rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent ?? "").slice(2)),
    );

describe("Quản trị cơ cấu tổ chức", () => {
  it("an administrator renames a ward with its decision and sees the new name in the tree, the former name in its history, and the change in the audit page", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await chooseInTree(page, "phuong 5", "Ủy ban nhân dân Phường 5");

    await page.getByRole("button", { name: "Đổi tên" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Tên mới").fill("Ủy ban nhân dân phường Hạnh Thông");
    await dialog.getByLabel("Tên ngắn mới").fill("Phường Hạnh Thông");
    await dialog.getByLabel("Căn cứ (số, ký hiệu quyết định)").fill("Nghị quyết số 1685/NQ-UBTVQH15");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "hidden" });

    // The tree finds it by its new name, without diacritics; the details keep the former name.
    await chooseInTree(page, "hanh thong", "Ủy ban nhân dân phường Hạnh Thông");
    const detail = page.locator(".tt-org-detail");
    await expect.poll(() => detail.textContent()).toContain("Ủy ban nhân dân Phường 5");
    expect(await detail.textContent()).toContain("Căn cứ: Nghị quyết số 1685/NQ-UBTVQH15");

    await openFromMenu(page, "Nhật ký thay đổi");
    await expectHeading(page, "Nhật ký thay đổi");
    await expect
      .poll(() => auditRows(page))
      .toContainEqual([
        "Đổi tên cơ quan",
        expect.stringContaining("Ủy ban nhân dân Phường 5 → Ủy ban nhân dân phường Hạnh Thông"),
      ]);
    // Time in Vietnam, dd/mm/yyyy HH:mm.
    const time = await page.locator(".ant-table-tbody tr.ant-table-row td").first().textContent();
    expect(time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it("an administrator adds a body under the district and sees it in the tree and in the audit page, whose chain stays intact", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await chooseInTree(page, "ubnd quan go vap", "Ủy ban nhân dân quận Gò Vấp");

    await page.getByRole("button", { name: "Thêm cơ quan" }).click();
    const dialog = page.getByRole("dialog");
    // The chosen body is the new one's parent.
    expect(await dialog.locator(".ant-select-selection-item").first().textContent()).toBe(
      "Ủy ban nhân dân quận Gò Vấp",
    );
    await dialog.getByLabel("Tên đầy đủ").fill("Phòng Văn hóa, Khoa học và Thông tin quận Gò Vấp");
    await dialog.getByLabel("Tên ngắn").fill("Phòng VHKHTT");
    await dialog.getByLabel("Loại cơ quan").fill("chuyen mon");
    await page.locator(".ant-select-item-option", { hasText: "Cơ quan chuyên môn" }).click();
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "hidden" });

    // The app opens the new body, inside its parent in the tree.
    await expect
      .poll(() => page.locator(".tt-org-detail h2").textContent())
      .toBe("Phòng Văn hóa, Khoa học và Thông tin quận Gò Vấp");
    const parentRow = page.locator(".tt-org-detail tr", { hasText: "Cơ quan cấp trên" });
    expect(await parentRow.getByRole("link").textContent()).toBe("Ủy ban nhân dân quận Gò Vấp");
    await page.getByLabel("Tìm cơ quan, đơn vị").fill("van hoa khoa hoc");
    await expect
      .poll(() => page.getByTestId("org-count").textContent())
      .toBe("1 đơn vị khớp với “van hoa khoa hoc”");

    await openFromMenu(page, "Nhật ký thay đổi");
    await expect
      .poll(() => auditRows(page))
      .toContainEqual(["Thêm cơ quan", "Phòng Văn hóa, Khoa học và Thông tin quận Gò Vấp"]);
    await page.getByRole("button", { name: "Kiểm tra tính toàn vẹn" }).click();
    await expect
      .poll(() => page.getByTestId("audit-verdict").textContent())
      .toMatch(/^Chuỗi nhật ký toàn vẹn: đã kiểm tra \d+ bản ghi/);
    expect(errors).toEqual([]);
  });
});
