// The reminders of a case's legal due date on a real database (PGlite), with a clock: before the due
// date, on it, after it, and M working days after it to the body's leaders; each stage once however
// often the job runs; a new due date (thụ lý) reminded afresh; nothing on a day off; and the notices
// and audit events carry the tracking code and the kind, never the denouncer (Luật Tố cáo 2018,
// Điều 47–48) nor what the denunciation says.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamHour } from "../../../core/calendar/vietnam-time.ts";
import { auditEvents } from "../../audit/schema.ts";
import { createSecretBox } from "../../auth/adapters/secret-box.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { notificationDeliveries, notifications } from "../../notifications/schema.ts";
import { users } from "../../people/schema.ts";
import { citizenCaseReminders, citizenCases } from "../schema.ts";
import { accept, assign, classify } from "./handle.ts";
import { remindCases } from "./remind.ts";
import { intakeByHand } from "./submit.ts";

// Phường 1's officials have e-mail addresses (the fixture's accounts have none).
const database = setupTreeAndPeople(async (db) => {
  for (const u of ["chuyenvien.p1", "lanhdao.p1"])
    await db
      .update(users)
      .set({ email: `${u}@thucthi.local` })
      .where(eq(users.username, u));
});
const deps = { box: createSecretBox(Buffer.alloc(32, 5)), storage: memoryStorage() };
const DENOUNCER = { name: "Trần Thị Tố Giác", phone: "0903123456", idNumber: "079188001122" };
const TITLE = "Tố cáo cán bộ địa chính Lê Văn Sai nhận tiền";
const at = (day: string) => vietnamHour(day, 7);

async function deliveriesOf(notificationId: string) {
  return database.db
    .select()
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.notificationId, notificationId));
}

describe("reminders of a case's legal due date", () => {
  it("reminds the holding body before, on and after the due date, once each, then its leaders", async () => {
    const p1 = database.orgId("gv.p1");
    const officer = database.as("chuyenvien.p1"); // Monday 23/11/2026
    const opened = await intakeByHand(officer, deps, {
      kind: "denunciation",
      field: "land",
      wardId: p1,
      title: TITLE,
      content: "Ông Lê Văn Sai, cán bộ địa chính phường, đòi tiền để ký xác nhận hồ sơ đất của gia đình tôi.",
      subject: "Ông Lê Văn Sai, công chức địa chính – xây dựng Phường 1",
      ...DENOUNCER,
      address: "45 Lê Đức Thọ, Phường 1",
      channel: "letter",
    });
    const [c] = await database.db.select().from(citizenCases).where(eq(citizenCases.id, opened.id));
    const due = c!.dueDate as IsoDate;
    expect(c!.dueBasis).toMatch(/^Xử lý đơn: /);
    const cal = await loadCalendar(database.db);

    // Three working days ahead (the default N): not yet; two ahead: "sắp đến hạn", to the body.
    const early = await remindCases(database.system(at(cal.addWorkingDays(due, -4))));
    expect(early.sent).toBe(0);
    const before = await remindCases(database.system(at(cal.addWorkingDays(due, -2))));
    expect(before).toMatchObject({ sent: 1, escalations: 0, skipped: null });
    // The job runs again the same day (a second node, a retry): nothing is sent twice.
    expect((await remindCases(database.system(at(cal.addWorkingDays(due, -2))))).sent).toBe(0);
    expect((await remindCases(database.system(at(cal.addWorkingDays(due, -1))))).sent).toBe(0);

    let told = await database.db.select().from(notifications).where(eq(notifications.orgId, p1));
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toContain(`Tố cáo ${opened.receipt.code}`);
    expect(told[0]!.subject).toContain("còn 2 ngày làm việc");
    // Nobody assigned yet: the e-mail goes to the body's members.
    expect((await deliveriesOf(told[0]!.id))[0]!.recipients).toEqual(
      expect.arrayContaining(["chuyenvien.p1@thucthi.local", "lanhdao.p1@thucthi.local"]),
    );

    // Assigned: the handler gets the e-mail of the due date's day.
    const leader = database.as("lanhdao.p1");
    const [handler] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, "chuyenvien.p1"));
    await assign(leader, opened.id, { version: c!.version, handlerId: handler!.id });
    expect((await remindCases(database.system(at(due)))).sent).toBe(1);
    expect((await remindCases(database.system(at(due)))).sent).toBe(0);
    told = await database.db.select().from(notifications).where(eq(notifications.orgId, p1));
    const today = told.find((n) => n.subject.includes("đến hạn hôm nay"))!;
    expect((await deliveriesOf(today.id))[0]!.recipients).toEqual(["chuyenvien.p1@thucthi.local"]);

    // The first working day after: overdue; five working days after (the default M): the leaders.
    expect((await remindCases(database.system(at(cal.addWorkingDays(due, 1))))).sent).toBe(1);
    expect((await remindCases(database.system(at(cal.addWorkingDays(due, 4))))).sent).toBe(0);
    const escalated = await remindCases(database.system(at(cal.addWorkingDays(due, 5))));
    expect(escalated).toMatchObject({ sent: 1, escalations: 1 });
    expect((await remindCases(database.system(at(cal.addWorkingDays(due, 6))))).sent).toBe(0);
    told = await database.db.select().from(notifications).where(eq(notifications.orgId, p1));
    expect(told.map((n) => n.subject.split(" — ")[1])).toEqual([
      "còn 2 ngày làm việc",
      "đến hạn hôm nay",
      "đã quá hạn 1 ngày làm việc",
      "đã quá hạn 5 ngày làm việc, cần lãnh đạo chỉ đạo",
    ]);
    const toLeaders = told.at(-1)!;
    expect((await deliveriesOf(toLeaders.id))[0]!.recipients).toEqual(["lanhdao.p1@thucthi.local"]);
    expect(await database.db.select().from(citizenCaseReminders)).toHaveLength(4);

    // Accepted (thụ lý): the resolution's due date is reminded afresh (Điều 30 Luật Tố cáo 2018).
    const [now] = await database.db.select().from(citizenCases).where(eq(citizenCases.id, opened.id));
    const later = database.as("lanhdao.p1", at(cal.addWorkingDays(due, 6)));
    const classified = await classify(later, opened.id, {
      version: now!.version,
      kind: "denunciation",
      field: "land",
      competent: true,
    });
    await accept(later, opened.id, { version: classified.version });
    const [accepted] = await database.db.select().from(citizenCases).where(eq(citizenCases.id, opened.id));
    expect(accepted!.dueBasis).toMatch(/^Giải quyết: .*Luật Tố cáo/);
    const resolution = await remindCases(database.system(at(accepted!.dueDate!)));
    expect(resolution.sent).toBe(1);
    told = await database.db.select().from(notifications).where(eq(notifications.orgId, p1));
    expect(told.at(-1)!.subject).toMatch(/^Hạn giải quyết: Tố cáo .* — đến hạn hôm nay$/);

    // Neither the notices nor the audit trail name the denouncer or repeat what was denounced.
    const remindAudit = (await database.db.select().from(auditEvents)).filter(
      (e) => e.action === "citizen_case.remind",
    );
    expect(remindAudit).toHaveLength(5);
    const said = JSON.stringify([told, remindAudit]);
    expect(said).toContain(opened.receipt.code);
    for (const secret of [
      DENOUNCER.name,
      DENOUNCER.phone,
      DENOUNCER.idNumber,
      "Lê Văn Sai",
      TITLE,
      "45 Lê Đức Thọ",
    ])
      expect(said).not.toContain(secret);
  });

  it("sends nothing on a day off (Sunday 29/11/2026): what falls due goes out on the next working day", async () => {
    const run = await remindCases(database.system(at("2026-11-29")));
    expect(run).toMatchObject({ sent: 0, skipped: "Ngày nghỉ: không gửi nhắc hạn." });
  });
});
