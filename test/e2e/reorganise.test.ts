// Reorganising the tree (merge) and moving it in and out of files (import, export).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  chooseInTree,
  expectAccessible,
  openFromMenu,
  openPage,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();

describe("Sắp xếp tổ chức", () => {
  it("an administrator merges two wards into a new one; the old wards show as merged, with their successor, among inactive bodies", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await chooseInTree(page, "phuong 16", "Ủy ban nhân dân Phường 16");

    await page.getByRole("button", { name: "Hợp nhất" }).click();
    const dialog = page.getByRole("dialog", { name: "Hợp nhất cơ quan" });
    // A multiple picker's search box has no width until typed into: click the box, then type.
    await dialog.locator(".ant-select-multiple").click();
    await page.keyboard.type("phuong 17");
    await page.locator(".ant-select-tree-title", { hasText: "Ủy ban nhân dân Phường 17" }).click();
    await page.keyboard.press("Tab"); // leaves the picker, which closes its list
    await dialog.getByLabel("Một cơ quan mới").check();
    await dialog.getByLabel("Tên đầy đủ").fill("Ủy ban nhân dân phường An Hội Tây");
    await dialog.getByLabel("Căn cứ (số, ký hiệu quyết định)").fill("Nghị quyết số 1685/NQ-UBTVQH15");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Hợp nhất" }).click();
    await dialog.waitFor({ state: "hidden" });

    // The app opens the new ward; its history names both former wards.
    const detail = page.locator(".tt-org-detail");
    await expect.poll(() => detail.locator("h2").textContent()).toBe("Ủy ban nhân dân phường An Hội Tây");
    const history = detail.locator(".tt-timeline");
    await expect.poll(() => history.textContent()).toContain("Hợp nhất");
    expect(await history.getByRole("link").allTextContents()).toEqual([
      "Ủy ban nhân dân Phường 16",
      "Ủy ban nhân dân Phường 17",
    ]);

    // Merged wards leave the tree, and come back (marked) with the inactive ones.
    await page.getByLabel("Tìm cơ quan, đơn vị").fill("phuong 16");
    await expect
      .poll(() => page.getByTestId("org-count").textContent())
      .toBe("Không có đơn vị nào khớp với “phuong 16”.");
    await page.getByLabel("Hiện cả đơn vị đã ngừng hoạt động").click();
    const node = page.getByRole("tree").locator(".tt-org-title", { hasText: "Ủy ban nhân dân Phường 16" });
    await expect.poll(() => node.textContent()).toContain("Đã hợp nhất");
    await node.click();
    const successorRow = detail.locator("tr", { hasText: "Đơn vị kế thừa" });
    expect(await successorRow.getByRole("link").textContent()).toBe("Ủy ban nhân dân phường An Hội Tây");
    expect(await detail.locator(".tt-tag").textContent()).toBe("Đã hợp nhất");
    expect(errors).toEqual([]);
  });

  it("an import with bad rows lists every problem and changes nothing; the export downloads the tree as CSV", async () => {
    const { page } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    const count = page.getByTestId("org-count");
    await expect.poll(() => count.textContent()).toMatch(/^\d+ đơn vị$/);
    const total = await count.textContent();

    await page.getByRole("button", { name: "Nhập từ tệp" }).click();
    const dialog = page.getByRole("dialog", { name: "Nhập cây tổ chức" });
    await dialog.locator("input[type=file]").setInputFiles({
      name: "co-cau.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "code,parent_code,system,kind,level,name\n" +
          "gv.pvh,gv.khong-co,state,department,huyện,Phòng Văn hóa quận Gò Vấp\n" +
          "gv.x,gv.ubnd,state,,huyện,\n",
      ),
    });
    await expect.poll(() => dialog.getByLabel("Nội dung tệp").inputValue()).toContain("gv.pvh");
    await dialog.getByRole("button", { name: "Nhập" }).click();
    const alert = dialog.getByRole("alert");
    await expect
      .poll(() => alert.locator("li").allTextContents())
      .toEqual([
        "Dòng 3: thiếu loại cơ quan; thiếu tên",
        'Dòng 2: không có cơ quan cấp trên mã "gv.khong-co".',
      ]);
    expect(await alert.textContent()).toContain("Tệp có 2 lỗi, chưa nhập gì.");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Hủy" }).click();
    expect(await page.getByTestId("org-count").textContent()).toBe(total);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Xuất CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("co-cau-to-chuc.csv");
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.split("\n")[0]).toMatch(/^code,parent_code,system,kind,level,name/);
    expect(csv).toContain("Ủy ban nhân dân quận Gò Vấp");
  });
});
