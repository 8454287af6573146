import { describe, expect, it } from "vitest";
import {
  apiGet,
  type DomElement,
  expectAccessible,
  expectHeading,
  openFromMenu,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const WARDS = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map(
  (n) => `Ủy ban nhân dân Phường ${n}`,
);

const e2e = setupBrowserApp();

describe("Cơ cấu tổ chức", () => {
  it("a ward leader searches “go vap” and sees the district People's Committee with its 16 wards, in correct Vietnamese, on an accessible page", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl);
    await signIn(page, "lanhdao.p1");
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await expectHeading(page, "Cơ cấu tổ chức");

    await page.getByLabel("Tìm cơ quan, đơn vị").fill("go vap");
    const count = page.getByTestId("org-count");
    await expect.poll(() => count.textContent()).toMatch(/đơn vị khớp với “go vap”/);

    // The page's folding finds exactly what the server's diacritic-free search finds.
    const serverMatches = await apiGet<unknown[]>(page, "/api/orgs?q=go%20vap");
    expect(await count.textContent()).toBe(`${serverMatches.length} đơn vị khớp với “go vap”`);

    // Each row of the tree: its name and its depth (indent units), in display order.
    const rows = await page.locator(".tt-tree .ant-tree-treenode").evaluateAll((nodes: DomElement[]) =>
      nodes.map((n) => ({
        name: n.querySelector(".tt-org-name")?.textContent ?? "",
        depth: n.querySelectorAll(".ant-tree-indent-unit").length,
        bold: n.querySelector(".tt-match") !== null,
      })),
    );
    const district = rows.findIndex((r) => r.name === "Ủy ban nhân dân quận Gò Vấp");
    expect(district).toBeGreaterThan(-1);
    const districtDepth = rows[district]!.depth;
    // Its subtree: the rows after it that are deeper.
    const below: typeof rows = [];
    for (const r of rows.slice(district + 1)) {
      if (r.depth <= districtDepth) break;
      below.push(r);
    }
    const wards = below.filter((r) => r.name.startsWith("Ủy ban nhân dân Phường")).map((r) => r.name);
    expect(wards).toEqual(WARDS); // sorted as people read numbers: 1, 3, 4 … 10 … 17
    expect(below.every((r) => r.depth === districtDepth + 1 && r.bold)).toBe(true);
    // Its ancestors are shown (not bold) so the match is in context.
    expect(rows.slice(0, district).map((r) => r.name)).toContain("Ủy ban nhân dân Thành phố Hồ Chí Minh");

    // Correct Vietnamese: composed characters (NFC) throughout, no replacement characters.
    const text = (await page.locator("#root").textContent()) ?? "";
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/\uFFFD|Ã|Æ°|áº/);
    expect(text).toContain("Hiện cả đơn vị đã ngừng hoạt động");

    await page.getByRole("tree").getByText("Ủy ban nhân dân Phường 1", { exact: true }).click();
    const detail = page.locator(".tt-org-detail");
    await expect.poll(() => detail.locator("h2").textContent()).toBe("Ủy ban nhân dân Phường 1");
    expect(await detail.getByRole("link", { name: "Ủy ban nhân dân quận Gò Vấp" }).count()).toBe(1);

    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it("at 360 px wide the menu opens in a drawer and the tree is usable", async () => {
    const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl, {
      width: 360,
      height: 740,
      mobile: true,
    });
    await signIn(page, "lanhdao.p1");

    // No side column on a phone: a button opens the menu in a drawer.
    expect(await page.getByRole("complementary").count()).toBe(0);
    const menuButton = page.getByRole("button", { name: "Mở danh mục chức năng" });
    await menuButton.click();
    const drawer = page.getByRole("dialog");
    await drawer.waitFor();
    expect(await drawer.getByText("Ủy ban nhân dân Phường 1").count()).toBeGreaterThan(0);
    await openFromMenu(page, "Quản trị", "Cơ cấu tổ chức");
    await drawer.waitFor({ state: "hidden" });
    await expectHeading(page, "Cơ cấu tổ chức");

    await page.getByLabel("Tìm cơ quan, đơn vị").fill("phuong 3");
    const ward = page.locator(".tt-tree").getByText("Ủy ban nhân dân Phường 3", { exact: true });
    await ward.tap();
    const detail = page.locator(".tt-org-detail");
    await expect.poll(() => detail.locator("h2").textContent()).toBe("Ủy ban nhân dân Phường 3");
    await expect.poll(() => detail.isVisible()).toBe(true);

    // Nothing wider than the screen: the page never scrolls sideways.
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
