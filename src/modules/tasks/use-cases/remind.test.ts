import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { type Mailbox, startMailbox } from "../../../../test/support/mailbox.ts";
import { createTaskList, dueBy, PLAN_4998 } from "../../../../test/support/tasks-fixtures.ts";
import { enqueue, scheduleRecurring } from "../../jobs/use-cases/queue.ts";
import { startWorker } from "../../jobs/use-cases/worker.ts";
import { smtpMailer } from "../../notifications/adapters/mailer.ts";
import { notificationDeliveries, notifications } from "../../notifications/schema.ts";
import { sentToUnit } from "../../notifications/use-cases/sent.ts";
import { users } from "../../people/schema.ts";
import { dailySlotVietnam } from "../rules/reminders.ts";
import { getAssignment } from "./read.ts";
import { runDailyReminders } from "./remind.ts";

// Monday 23/11/2026, 07:00 in Vietnam.
const MONDAY_7AM = new Date("2026-11-23T00:00:00Z");
let plan: Awaited<ReturnType<typeof createTaskList>>;
const WITH_EMAIL = [
  "chuyenvien.p1",
  "lanhdao.p1",
  "chuyenvien.p3",
  "noivu.govap",
  "chuyenvien.noivu",
  "lanhdao.govap",
];

const database = setupTreeAndPeople(async (db) => {
  for (const u of WITH_EMAIL)
    await db
      .update(users)
      .set({ email: `${u}@thucthi.local` })
      .where(eq(users.username, u));
  plan = await createTaskList(db, {
    ...PLAN_4998,
    issuedOn: "2026-10-05",
    tasks: [
      dueBy("Rà soát thủ tục hành chính", ["gv.p1", "gv.p3"], "trước ngày 26/11/2026", "2026-11-26"),
      dueBy("Báo cáo sơ kết", ["gv.p1"], "ngày 23/11/2026", "2026-11-23"),
      dueBy("Tổ chức hội nghị quán triệt", ["gv.p1", "gv.p3"], "trước ngày 13/11/2026", "2026-11-13"),
      dueBy("Niêm yết công khai", ["gv.p4"], "trước ngày 19/11/2026", "2026-11-19"),
      dueBy("Tổng hợp kết quả toàn quận", ["gv.pnv"], "trước ngày 13/11/2026", "2026-11-13"),
      {
        title: "Tuyên truyền trên loa phường",
        leads: ["gv.p1"],
        timeframe: { kind: "ongoing", text: "Thường xuyên", due: null },
      },
    ],
  });
});
const system = (now: Date) => database.system(now);
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(async () => {
  await mailbox.close();
});

const mailer = () => ({
  mailer: smtpMailer(mailbox.url, "Thực Thi <khong-tra-loi@thucthi.local>"),
  publicUrl: "https://thucthi.local",
});

describe("daily reminders", () => {
  it("sends one digest per unit, grouped, and tells the coordinating office of work 5 working days overdue", async () => {
    const run = await runDailyReminders(system(MONDAY_7AM), mailer());
    expect(run).toMatchObject({ day: "2026-11-23", skipped: null, digests: 5, escalations: 3 });
    expect(run.delivery).toEqual({ sent: 4, failed: 0, notSent: 0 });
    const mails = await mailbox.waitFor(4);
    const to = (addr: string) => mails.filter((m) => m.to.includes(addr));
    // Phường 1: one e-mail to its two officials, three stages in it.
    const p1 = to("chuyenvien.p1@thucthi.local");
    expect(p1).toHaveLength(1);
    expect(p1[0]!.to).toEqual(["chuyenvien.p1@thucthi.local", "lanhdao.p1@thucthi.local"]);
    expect(p1[0]!.subject).toBe(
      "[Thực Thi] Nhắc việc ngày 23/11/2026 — Ủy ban nhân dân Phường 1: 1 việc quá hạn, 1 việc đến hạn hôm nay, 1 việc sắp đến hạn",
    );
    expect(p1[0]!.text).toContain("Rà soát thủ tục hành chính [4998/KH-UBND] (hạn 26/11/2026");
    expect(p1[0]!.text).toContain("còn 3 ngày làm việc");
    expect(p1[0]!.text).toContain("quá hạn 6 ngày làm việc");
    expect(p1[0]!.text).toContain("https://thucthi.local/tasks/");
    // Phòng Nội vụ (the plan's coordinating body) is told of both wards' overdue conference.
    const pnv = to("noivu.govap@thucthi.local");
    expect(pnv).toHaveLength(1);
    expect(pnv[0]!.text).toContain("Công việc của đơn vị được giao theo dõi đã quá hạn, cần đôn đốc");
    expect(pnv[0]!.text).toContain("Tổ chức hội nghị quán triệt [4998/KH-UBND] — Ủy ban nhân dân Phường 1");
    expect(pnv[0]!.text).toContain("Tổ chức hội nghị quán triệt [4998/KH-UBND] — Ủy ban nhân dân Phường 3");
    // Phòng Nội vụ's own overdue work goes to the body above it (the district People's Committee).
    const district = to("lanhdao.govap@thucthi.local");
    expect(district).toHaveLength(1);
    expect(district[0]!.text).toContain("Tổng hợp kết quả toàn quận");
  });

  it("records a digest for a unit without e-mail addresses, and shows every unit what was sent and when", async () => {
    const p4 = database.orgId("gv.p4");
    const [n] = await database.db.select().from(notifications).where(eq(notifications.orgId, p4));
    const [d] = await database.db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.notificationId, n!.id));
    expect(d).toMatchObject({ status: "no_recipients", recipients: [] });
    const sent = await sentToUnit(database.as("lanhdao.p1", MONDAY_7AM), database.orgId("gv.p1"), {});
    expect(sent).toHaveLength(1);
    expect(sent[0]!.deliveries[0]).toMatchObject({
      status: "sent",
      recipients: ["chuyenvien.p1@thucthi.local", "lanhdao.p1@thucthi.local"],
      sentAt: MONDAY_7AM.toISOString(),
    });
    await expect(
      sentToUnit(database.as("chuyenvien.p3", MONDAY_7AM), database.orgId("gv.p1"), {}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("puts the reminder in the assignment's timeline", async () => {
    const detail = await getAssignment(system(MONDAY_7AM), plan.assignmentIds[0]!);
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: "reminder",
      narrative: "Nhắc việc: sắp đến hạn, còn 3 ngày làm việc.",
    });
  });

  it("sends nothing twice: a second run the same day makes no digest and no e-mail", async () => {
    const before = mailbox.messages.length;
    const again = await runDailyReminders(system(new Date("2026-11-23T05:00:00Z")), mailer());
    expect(again).toMatchObject({ digests: 0, items: 0 });
    expect(mailbox.messages.length).toBe(before);
  });

  it("sends only the new stage the next day: yesterday's due-today work is now overdue", async () => {
    const before = mailbox.messages.length;
    const run = await runDailyReminders(system(new Date("2026-11-24T00:00:00Z")), mailer());
    expect(run).toMatchObject({ digests: 1, items: 1 });
    const [mail] = (await mailbox.waitFor(before + 1)).slice(before);
    expect(mail!.subject).toContain("Ủy ban nhân dân Phường 1: 1 việc quá hạn");
    expect(mail!.text).toContain("Báo cáo sơ kết");
  });

  it("sends nothing on a day off", async () => {
    const run = await runDailyReminders(system(new Date("2026-11-28T00:00:00Z")), mailer());
    expect(run.skipped).toBe("Ngày nghỉ: không gửi nhắc việc.");
  });

  it("reminds ongoing work not reported in the period, N working days before the quarter ends", async () => {
    const run = await runDailyReminders(system(new Date("2026-12-28T00:00:00Z")), mailer());
    const p1 = database.orgId("gv.p1");
    expect(run.digests).toBeGreaterThan(0);
    const all = await database.db.select().from(notifications).where(eq(notifications.orgId, p1));
    const last = all.find((n) => n.digestDate === "2026-12-28")!;
    expect(last.items.find((i) => i.stage === "checkpoint")).toMatchObject({
      title: "Tuyên truyền trên loa phường",
      dueDate: "2026-12-31",
    });
  });

  it("names the missed period's report for ongoing work, and gives it no deadline of its own", async () => {
    // No report in the first quarter of 2027 (the work was given before it began).
    await runDailyReminders(system(new Date("2027-04-05T00:00:00Z")), mailer());
    const all = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.orgId, database.orgId("gv.p1")));
    const item = all
      .find((n) => n.digestDate === "2027-04-05")!
      .items.find((i) => i.title === "Tuyên truyền trên loa phường" && i.stage === "overdue");
    expect(item).toMatchObject({ dueDate: null, dueText: "Thường xuyên" });
    expect(item!.note).toMatch(/^báo cáo kỳ quý I\/2027 quá hạn \d+ ngày làm việc$/);
  });

  it("records e-mails as not sent when no SMTP server is configured", async () => {
    const run = await runDailyReminders(system(new Date("2026-12-29T00:00:00Z")), {
      mailer: null,
      publicUrl: "https://thucthi.local",
    });
    expect(run.digests).toBeGreaterThan(0);
    expect(run.delivery.sent).toBe(0);
    const rows = await database.db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.status, "not_sent"));
    expect(rows[0]!.detail).toContain("SMTP_URL");
  });
});

describe("the daily slot", () => {
  it("is named by the Vietnam date and due at 07:00 Vietnam time, near midnight too", () => {
    const slot = dailySlotVietnam(7);
    expect(slot(new Date("2026-11-23T16:59:00Z"))).toEqual({
      key: "2026-11-23",
      runAt: new Date("2026-11-23T00:00:00Z"),
    });
    expect(slot(new Date("2026-11-23T17:00:00Z"))).toEqual({
      key: "2026-11-24",
      runAt: new Date("2026-11-24T00:00:00Z"),
    });
  });

  it("survives a restart: a slot scheduled before the restart runs in the next worker", async () => {
    const at = new Date("2026-12-30T00:30:00Z");
    await scheduleRecurring(database.db, [{ queue: "reminders.daily", slot: dailySlotVietnam(7) }], at);
    let ran: string | null = null;
    // A new worker (as after a restart) with the reminders handler finds the durable job.
    const worker = startWorker(
      database.db,
      {
        "reminders.daily": async (payload) => {
          ran = (await runDailyReminders(system(at), mailer(), String(payload.slot))).day;
        },
      },
      { now: () => at, autoStart: false },
    );
    expect(await worker.drain()).toBe(1);
    expect(ran).toBe("2026-12-30");
    // The same slot is never enqueued twice.
    expect(
      await enqueue(database.db, "reminders.daily", {}, at, { dedupeKey: "reminders.daily:2026-12-30" }),
    ).toBeNull();
    await worker.stop();
  });
});
