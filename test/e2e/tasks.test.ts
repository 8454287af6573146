// A ward specialist reports progress on a task of the district plan with a file; the Phòng Nội vụ
// coordinator, whom the plan charges with following it, sees the plan with overdue work first and
// the ward's report with its evidence; the daily reminders reach a local SMTP server, one digest per
// unit; the administrator's pages for holiday schedules and reminders work; every page passes axe,
// and the unit's work list is usable on a 360 px phone.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, type IsoDate } from "../../src/core/calendar/index.ts";
import { vietnamDate } from "../../src/core/calendar/vietnam-time.ts";
import { smtpMailer } from "../../src/modules/notifications/adapters/mailer.ts";
import { runDailyReminders } from "../../src/modules/tasks/use-cases/remind.ts";
import { type Mailbox, startMailbox } from "../support/mailbox.ts";
import {
  apiClient,
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
let mailbox: Mailbox;

interface Item {
  id: string;
  title: string;
  status: string;
  directive: { symbol: string | null };
}

beforeAll(async () => {
  [server, browser, mailbox] = await Promise.all([startServer(), launchBrowser(), startMailbox()]);
  // The server sends its e-mails to the test's SMTP server (read from the configuration per send).
  server.deps.config.smtpUrl = mailbox.url;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mailbox?.close();
});

/** An open task of Phường 1 in the district plan 4998/KH-UBND, found through the API. */
async function openTaskOfWard1(): Promise<Item> {
  const api = apiClient(server);
  await api.signIn("chuyenvien.p1");
  const me = (await api.get("/api/auth/me")).body as { memberships: Array<{ orgId: string }> };
  const list = (
    await api.get(`/api/assignments?orgId=${me.memberships[0]!.orgId}&involvement=lead&pageSize=500`)
  ).body as { items: Item[] };
  const item = list.items.find(
    (i) =>
      i.directive.symbol === "4998/KH-UBND" && (i.status === "in_progress" || i.status === "not_started"),
  );
  if (!item) throw new Error("no open task of Phường 1 in 4998/KH-UBND in the demo data");
  return item;
}

describe("Nhiệm vụ: a ward reports, the coordinating office follows", () => {
  let task: Item;
  const narrative = "Đã tổ chức hội nghị quán triệt cho 42 cán bộ, công chức phường";

  it("a ward specialist updates progress with a file, and sees it in the timeline", async () => {
    task = await openTaskOfWard1();
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "chuyenvien.p1");
    await openFromMenu(page, "Nhiệm vụ");
    await expectHeading(page, "Công việc của đơn vị");
    await page.getByRole("table").getByRole("link").first().waitFor();
    await expectAccessible(page);
    await page.goto(`/tasks/${task.id}`);
    await expectHeading(page, task.title);
    await page.getByLabel("Tỷ lệ hoàn thành").fill("60");
    await page.getByLabel("Kết quả, nội dung đã thực hiện").fill(narrative);
    await page.locator("#tt-progress-files").setInputFiles({
      name: "bien-ban-hoi-nghi.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 biên bản hội nghị quán triệt"),
    });
    await page.getByRole("button", { name: "Lưu tiến độ" }).click();
    const timeline = page.getByRole("region", { name: "Quá trình thực hiện" });
    await timeline.getByText(narrative).waitFor();
    await timeline.getByRole("link", { name: "bien-ban-hoi-nghi.pdf" }).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the Phòng Nội vụ coordinator sees the plan with overdue work first, and the ward's report with its file", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "noivu.govap");
    await page.goto("/tasks/plans");
    await expectHeading(page, "Theo dõi kế hoạch");
    await expectAccessible(page);
    await page.getByRole("link", { name: "4998/KH-UBND" }).click();
    await expectHeading(page, "Tiến độ thực hiện 4998/KH-UBND");
    const overdueTab = page.getByRole("tab", { name: /^Quá hạn \(\d+\)$/ });
    expect(await overdueTab.getAttribute("aria-selected")).toBe("true");
    const firstRow = page.getByRole("tabpanel").getByRole("row").nth(1);
    await expect(firstRow.textContent()).resolves.toContain("Quá hạn");
    await expectAccessible(page);
    await page.getByRole("tab", { name: "Theo đơn vị" }).click();
    await page.getByRole("figure", { name: "Biểu đồ công việc của từng đơn vị theo phân loại" }).waitFor();
    await expectAccessible(page);

    // Ongoing work is overdue for the period it did not report, and the list says which period
    // ("Báo cáo kỳ quý III/2026 quá hạn 5 ngày làm việc"), with no deadline beside it.
    await page.goto("/tasks");
    await expectHeading(page, "Công việc của đơn vị");
    await page
      .getByText(/^Báo cáo kỳ .+ quá hạn \d+ ngày làm việc$/)
      .first()
      .waitFor();

    await page.goto(`/tasks/${task.id}`);
    await expectHeading(page, task.title);
    const timeline = page.getByRole("region", { name: "Quá trình thực hiện" });
    await timeline.getByText(narrative).waitFor();
    const href = await timeline.getByRole("link", { name: "bien-ban-hoi-nghi.pdf" }).getAttribute("href");
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toBe("%PDF-1.4 biên bản hội nghị quán triệt");
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the daily reminders reach the SMTP server, one digest per unit, escalations to Phòng Nội vụ", async () => {
    const admin = apiClient(server);
    await admin.signIn("admin");
    let run = (await admin.post("/api/reminders/run")).body as { skipped: string | null; digests: number };
    if (run.skipped) {
      // A weekend or holiday today: the run of the next working day (the job would do the same).
      const cal = createCalendar(BUILT_IN_SCHEDULES);
      const day = cal.addWorkingDays(vietnamDate(new Date()) as IsoDate, 0);
      run = await runDailyReminders(
        { db: server.deps.database.db, actor: null, system: "e2e", now: new Date() },
        { mailer: smtpMailer(mailbox.url, server.deps.config.mailFrom), publicUrl: server.baseUrl },
        day,
      );
    }
    expect(run.digests).toBeGreaterThan(1);
    const mails = await mailbox.waitFor(2);
    const toWard1 = mails.filter((m) => m.to.includes("chuyenvien.p1@thucthi.local"));
    expect(toWard1).toHaveLength(1);
    expect(toWard1[0]!.to).toEqual(["chuyenvien.p1@thucthi.local", "lanhdao.p1@thucthi.local"]);
    expect(toWard1[0]!.subject).toMatch(
      /^\[Thực Thi\] Nhắc việc ngày \d\d\/\d\d\/\d{4} — Ủy ban nhân dân Phường 1: /,
    );
    const toPnv = mails.filter((m) => m.to.includes("noivu.govap@thucthi.local"));
    expect(toPnv).toHaveLength(1);
    expect(toPnv[0]!.text).toContain("Công việc của đơn vị được giao theo dõi đã quá hạn, cần đôn đốc");

    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "noivu.govap");
    await page.goto("/tasks/notifications");
    await expectHeading(page, "Thông báo");
    await page.getByRole("tab", { name: "Thông báo đã gửi" }).click();
    await page.getByRole("tabpanel").getByText("Đã gửi").first().waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the unit's work list fits a 360 px phone", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl, {
      width: 360,
      height: 740,
      mobile: true,
    });
    await signIn(page, "chuyenvien.p1");
    await page.goto("/tasks");
    await expectHeading(page, "Công việc của đơn vị");
    // On a phone the list is cards, not a table that would scroll sideways.
    await page.getByRole("main").getByRole("link", { name: /./ }).nth(2).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.getByText("Theo trạng thái", { exact: true }).click();
    await page.getByRole("heading", { name: /^Quá hạn \(\d+\)$/ }).waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("Quản trị: holiday schedules and reminder settings", () => {
  it("the administrator opens the 2027 schedule and the reminder settings; both pages pass axe", async () => {
    const { page, errors } = await openPage(browser, server.baseUrl);
    await signIn(page, "admin");
    await openFromMenu(page, "Quản trị", "Lịch nghỉ lễ");
    await expectHeading(page, "Lịch nghỉ lễ, Tết");
    await page.getByRole("button", { name: "Nhập lịch năm 2027" }).click();
    await page.getByRole("heading", { name: "Lịch nghỉ năm 2027" }).waitFor();
    await expectAccessible(page);
    await openFromMenu(page, "Quản trị", "Nhắc việc");
    await expectHeading(page, "Nhắc việc");
    await page.getByLabel("Nhắc trước hạn (ngày làm việc)").waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
