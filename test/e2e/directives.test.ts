// An official of the district imports the district's plan, reviews it beside its text (maps "các cơ
// quan, đơn vị" with the tree picker, keeps one lead where the law says one, lets the 16 wards fan out),
// confirms it, and finds it in the cascade under the city plan it implements and in the coverage
// matrix of 27-NQ/TW; every page passes axe, and the review works on a 360 px phone.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_DIR, seedDemo } from "../../src/demo/seed.ts";
import { createSecretBox } from "../../src/modules/auth/adapters/secret-box.ts";
import { memoryStorage } from "../../src/modules/files/adapters/storage.ts";
import { buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";
import { createTestDatabase } from "../support/db.ts";
import { runLogger } from "../support/run-log.ts";
import {
  type E2EServer,
  eventually,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openFromMenu,
  openPage,
  pageScrollWidth,
  signIn,
} from "./support/index.ts";

const PLAN = "seeds/000_00d4ffd155fcb536.txt";
const planPath = fileURLToPath(new URL(`../../demo/${PLAN}`, import.meta.url));

/**
 * The demo, less the district plan this test imports and the mapping an official confirmed for "các
 * cơ quan, đơn vị" in it: the test does that review itself.
 */
function demoWithoutThePlan(): string {
  const dir = mkdtempSync(join(tmpdir(), "thucthi-e2e-demo-"));
  cpSync(DEMO_DIR, dir, { recursive: true });
  const index = JSON.parse(readFileSync(join(dir, "documents/index.json"), "utf8"));
  index.documents = index.documents.filter((d: { file: string }) => d.file !== PLAN);
  writeFileSync(join(dir, "documents/index.json"), JSON.stringify(index));
  const coverage = JSON.parse(readFileSync(join(dir, "coverage.json"), "utf8"));
  coverage.decisions = coverage.decisions.filter((d: { plan: string }) => d.plan !== PLAN);
  writeFileSync(join(dir, "coverage.json"), JSON.stringify(coverage));
  const mappings = JSON.parse(readFileSync(join(dir, "unit-mappings.json"), "utf8"));
  delete mappings["gv.ubnd"]["Các cơ quan, đơn vị"];
  writeFileSync(join(dir, "unit-mappings.json"), JSON.stringify(mappings));
  return dir;
}

async function startServer(demoDir: string): Promise<E2EServer> {
  const database = await createTestDatabase();
  const config = loadConfig(
    {},
    {
      mode: "demo",
      dataDir: "/nonexistent-e2e-data",
      secretKey: Buffer.alloc(32, 7),
      cookieSecure: false,
      loginRateLimit: 1000,
    },
  );
  const box = createSecretBox(config.secretKey);
  const now = () => new Date();
  const storage = memoryStorage();
  await seedDemo(
    { db: database.db, actor: null, system: "demo", now: now() },
    box,
    () => {},
    demoDir,
    storage,
  );
  const deps = { database, config, box, storage, now };
  const app = await buildApp(deps, { serveWeb: true, logger: await runLogger() });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no TCP address");
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    app,
    deps,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let demoDir: string;
let server: E2EServer;
let browser: Browser;
let reviewUrl: string;
beforeAll(async () => {
  demoDir = demoWithoutThePlan();
  [server, browser] = await Promise.all([startServer(demoDir), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(demoDir, { recursive: true, force: true });
});

/** Picks a body in an antd tree picker by typing words of its name without diacritics. */
async function pickInTree(page: Page, pickerLabel: string, query: string, name: string) {
  const picker = page.getByRole("combobox", { name: pickerLabel });
  await picker.click();
  await picker.fill(query);
  await page.locator(".ant-select-dropdown:visible").getByTitle(name, { exact: true }).click();
  await page.keyboard.press("Escape");
}

describe("Văn bản chỉ đạo", () => {
  it("the district leader uploads the district plan, maps a unit, keeps one lead where needed, lets the wards fan out, and confirms", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "lanhdao.govap");
    await openFromMenu(page, "Văn bản chỉ đạo");
    await expectHeading(page, "Văn bản chỉ đạo");
    await expectAccessible(page);

    const started = Date.now();
    await page.locator("input[type=file]").setInputFiles(planPath);
    await page.waitForURL(/\/directives\/[0-9a-f-]{36}\/review$/);
    await expectHeading(page, "Rà soát: Kế hoạch 4998/KH-UBND");
    const uploadToReview = Date.now() - started;
    reviewUrl = new URL(page.url()).pathname;

    // What is missing, in Vietnamese, by task label.
    const problems = page.getByRole("alert").filter({ hasText: "việc cần xử lý trước khi xác nhận" });
    await expect
      .poll(() => problems.textContent())
      .toMatch(/1\.1 «Tổ chức phổ biến, quán triệt.*»: chưa xác định cơ quan cho "Các cơ quan, đơn vị"/);

    // The task beside its text: its lines light up in the original.
    await page.getByRole("button", { name: "Xem nhiệm vụ 1.2 trong văn bản gốc" }).click();
    await expect.poll(() => page.locator(".tt-source-hl").first().textContent()).toContain("1.2");

    // The sixteen wards fan out by default: one assignment per ward.
    const t11 = page.getByTestId("task-1.1");
    await expect
      .poll(() => t11.getByRole("radio", { name: /Giao từng cơ quan thực hiện/ }).isChecked())
      .toBe(true);

    // Map "Các cơ quan, đơn vị" with the tree picker (searching without diacritics).
    await page.locator(".tt-review-switch label").filter({ hasText: "Đơn vị chưa xác định" }).click();
    await pickInTree(
      page,
      "Cơ quan tương ứng với “Các cơ quan, đơn vị”",
      "tu phap",
      "Phòng Tư pháp quận Gò Vấp",
    );
    await eventually(async () =>
      expect(await page.locator(".tt-review-switch").textContent()).toContain("Đơn vị chưa xác định (0)"),
    );
    await pickInTree(
      page,
      "Cơ quan tương ứng với “Các cơ quan, đơn vị”",
      "noi vu",
      "Phòng Nội vụ quận Gò Vấp",
    );
    await expectAccessible(page);

    // Task 3.1 names three leads: keep Phòng Tư pháp, the others support.
    await page
      .locator(".tt-review-switch label")
      .filter({ hasText: /^Nhiệm vụ/ })
      .click();
    const t31 = page.getByTestId("task-3.1");
    await t31.getByRole("combobox", { name: "Cơ quan chủ trì" }).click();
    await page.locator(".ant-select-dropdown:visible").getByTitle("Phòng Tư pháp quận Gò Vấp").click();
    await expect.poll(() => t31.locator("dt:text-is('Chủ trì') + dd").textContent()).toBe("Phòng Tư pháp");
    expect(await t31.locator("dt:text-is('Phối hợp') + dd").textContent()).toMatch(
      /^Hội đồng phối hợp .*Phường 1/,
    );

    const ready = page.getByRole("alert").filter({ hasText: "Bản nháp đã đủ điều kiện" });
    await ready.waitFor();
    expect(await ready.textContent()).toMatch(/xác nhận sẽ giao \d+ việc/);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Xác nhận và giao việc" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "Xác nhận" }).click();
    await page.waitForURL(/\/directives\/[0-9a-f-]{36}$/);
    await expectHeading(page, "Kế hoạch 4998/KH-UBND");
    // Task 1.1 went to the two departments and the sixteen wards, one assignment each.
    await expect
      .poll(() => page.getByTestId("leads-1.1").textContent())
      .toMatch(/^18 cơ quan \(giao từng cơ quan\)/);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    expect(uploadToReview).toBeLessThan(10_000);
  });

  it("anyone finds the plan in the cascade under the city plan it implements, and in 27-NQ/TW's coverage matrix", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "chuyenvien.p1");
    await page.goto("/directives/cascade");
    await expectHeading(page, "Cây thực hiện văn bản");
    const city = page.getByTestId("node-4338/KH-UBND");
    await city.waitFor();
    expect(await city.textContent()).toMatch(/Kế hoạch 4338\/KH-UBND.*Chưa nhập/);
    // The district plan sits under the city plan, which sits under the resolution.
    const order = await page
      .locator(".tt-cascade-node")
      .evaluateAll((nodes) =>
        nodes.map((n) => (n as unknown as { dataset: { testid: string } }).dataset.testid),
      );
    expect(order.slice(0, 1)).toEqual(["node-27-NQ/TW"]);
    expect(order.indexOf("node-4998/KH-UBND")).toBe(order.indexOf("node-4338/KH-UBND") + 1);
    await expectAccessible(page);

    await page.getByTestId("node-27-NQ/TW").getByRole("link", { name: "Mức độ bao phủ" }).click();
    await expectHeading(page, "Mức độ bao phủ");
    const header = page.getByRole("columnheader", { name: /Kế hoạch 4998\/KH-UBND/ });
    await header.waitFor();
    expect(await page.getByRole("columnheader").allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Chương trình 57-CTr\/TU/),
        expect.stringMatching(/Kế hoạch 80-KH\/ĐUK/),
      ]),
    );
    // The first group's cell of the new plan: suggestions only (nobody confirmed yet).
    const cell = page.getByTestId("cell-1-4998/KH-UBND");
    // Its accessible name is its visible text, with the group and plan said before it.
    expect(await cell.textContent()).toMatch(
      /^Nhóm 1, Kế hoạch 4998\/KH-UBND: 0 đã xác nhận\+[1-9]\d* gợi ý$/,
    );
    await expectAccessible(page);
    // A ward's official reads the matrix but does not decide what the district's plan covers.
    await cell.click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Xác nhận" }).first().click();
    await expect
      .poll(() => dialog.getByRole("alert").textContent())
      .toContain(
        "Chỉ cơ quan ban hành kế hoạch (hoặc cấp trên) xác nhận nhiệm vụ của kế hoạch thuộc nhóm nào.",
      );
    await expectAccessible(page);

    // The district's leader does.
    const leader = await openPage(browser, server.baseUrl);
    await signIn(leader.page, "lanhdao.govap");
    await leader.page.goto(new URL(page.url()).pathname);
    const own = leader.page.getByTestId("cell-1-4998/KH-UBND");
    await own.click();
    await leader.page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).first().click();
    await eventually(async () => expect(await own.getAttribute("data-confirmed")).toBe("1"));
    expect(leader.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the district leader's review of a draft works on a 360 px phone without sideways scrolling", async () => {
    const { page } = await openPage(browser, server.baseUrl, { width: 360, height: 740, mobile: true });
    await signIn(page, "lanhdao.govap");
    // Another document, uploaded to get a fresh draft on the phone.
    await page.goto("/directives");
    await expectHeading(page, "Văn bản chỉ đạo");
    const plan = fileURLToPath(
      new URL("../../src/modules/directives/testdata/province-plan.txt", import.meta.url),
    );
    await page.locator("input[type=file]").setInputFiles(plan);
    await page.waitForURL(/\/review$/);
    await expectHeading(page, "Rà soát: Kế hoạch 60-KH/TU");
    await page.getByTestId("task-1, ý 1").waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    // And the confirmed plan of the first test reads on the phone too.
    await page.goto(reviewUrl.replace(/\/review$/, ""));
    await expectHeading(page, "Kế hoạch 4998/KH-UBND");
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
  });
});
