// Sideways tasking in the browser: a ward's plan named another ward and a Party board of another
// city as leads; confirmed, it only asks them. The city board's coordinator accepts the request in
// "Đề nghị nhận việc" (the work becomes theirs), the district's leader refuses the other ward's with
// a reason, and the ward's plan view shows both answers. Every page passes axe.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOutsideDraft, OUTSIDE_TASK } from "../../src/modules/tasks/testdata/outside-plan.ts";
import {
  apiClient,
  type E2EServer,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openFromMenu,
  openPage,
  signIn,
} from "./support/index.ts";
import { startServer } from "./support/server.ts";

let server: E2EServer;
let browser: Browser;
let planId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const draft = await insertOutsideDraft(server.deps.database.db, { symbol: "78/KH-UBND" });
  planId = draft.id;
  const api = apiClient(server);
  await api.signIn("lanhdao.p1");
  const done = await api.post(`/api/directives/${planId}/confirm`, { version: 1 });
  if (done.status !== 200) throw new Error(`confirmation refused: ${JSON.stringify(done.body)}`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Đề nghị nhận việc", () => {
  it("the other city's board accepts: the work becomes its own", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "noichinh.hanoi");
    await openFromMenu(page, "Đề nghị nhận việc");
    await expectHeading(page, "Đề nghị nhận việc");
    await page.getByText("Đề nghị phối hợp — chờ Ban Nội chính Thành ủy Hà Nội chấp nhận").waitFor();
    await expectAccessible(page);
    await page
      .getByRole("button", { name: `Chấp nhận: ${OUTSIDE_TASK} (Ban Nội chính Thành ủy Hà Nội)` })
      .click();
    await page.getByText("Không có đề nghị nào.").waitFor();
    await page.locator(".ant-segmented").getByText("Đã chấp nhận", { exact: true }).click();
    await page.getByRole("link", { name: OUTSIDE_TASK }).click();
    await expectHeading(page, OUTSIDE_TASK);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the district's leader refuses the other ward's with a reason; the ward's plan view shows both answers", async () => {
    const reason = "Tuyến đường không thuộc địa bàn Phường 3.";
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "lanhdao.govap");
    await page.goto("/tasks/requests");
    await expectHeading(page, "Đề nghị nhận việc");
    await page.getByRole("button", { name: `Từ chối: ${OUTSIDE_TASK} (Ủy ban nhân dân Phường 3)` }).click();
    const dialog = page.getByRole("dialog", { name: "Từ chối đề nghị nhận việc" });
    await dialog.getByRole("button", { name: "Từ chối" }).click();
    await dialog.getByText("Hãy nêu lý do từ chối").waitFor();
    await dialog.getByLabel("Lý do từ chối (cơ quan đề nghị sẽ xem được)").fill(reason);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Từ chối" }).click();
    await page.getByText("Không có đề nghị nào.").waitFor();
    await page.context().close();

    const owner = await openPage(browser, server.baseUrl);
    await signIn(owner.page, "lanhdao.p1");
    await owner.page.goto(`/tasks/plans/${planId}`);
    await expectHeading(owner.page, "Tiến độ thực hiện 78/KH-UBND");
    await owner.page.getByText("Đề nghị phối hợp — Ban Nội chính Thành ủy Hà Nội đã chấp nhận").waitFor();
    await owner.page.getByText(`Đề nghị phối hợp — Ủy ban nhân dân Phường 3 đã từ chối: ${reason}`).waitFor();
    await expectAccessible(owner.page);
    expect([...errors, ...owner.errors]).toEqual([]);
    await owner.page.context().close();
  });
});
