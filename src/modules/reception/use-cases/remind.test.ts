// The reply owed after a reception visit (Luật Tiếp công dân 42/2013/QH13, Điều 28: within 10 working
// days) reminded on a real database (PGlite), with a clock: before, on and after the reply's due
// date and to the body's leaders once overdue, each stage once, beside the case's own intake due
// date; no longer owed once the case is accepted or forwarded; the notices never
// name the visitor.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { vietnamHour } from "../../../core/calendar/vietnam-time.ts";
import { auditEvents } from "../../audit/schema.ts";
import { createSecretBox } from "../../auth/adapters/secret-box.ts";
import { citizenCases } from "../../citizen-cases/schema.ts";
import { accept, classify, forward } from "../../citizen-cases/use-cases/handle.ts";
import { remindCases } from "../../citizen-cases/use-cases/remind.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { notificationDeliveries, notifications } from "../../notifications/schema.ts";
import { users } from "../../people/schema.ts";
import type { VisitInput } from "../contract.ts";
import { readRegister, recordVisit } from "./register.ts";
import { remindReplies } from "./remind.ts";

const database = setupTreeAndPeople(async (db) => {
  for (const u of ["chuyenvien.p1", "lanhdao.p1"])
    await db
      .update(users)
      .set({ email: `${u}@thucthi.local` })
      .where(eq(users.username, u));
});
const deps = { box: createSecretBox(Buffer.alloc(32, 7)), storage: memoryStorage() };
const VISITOR = { name: "Phạm Thị Khách", address: "8 Quang Trung, Phường 1", idNumber: "079199887766" };
const at = (day: string) => vietnamHour(day, 7);

const visit = (title: string): VisitInput => ({
  visitorCount: 2,
  visitor: VISITOR,
  content: "Đề nghị phường kiểm tra việc lấn chiếm vỉa hè trước chợ, người đi bộ phải xuống lòng đường.",
  handling: { outcome: "case", kind: "proposal", field: "traffic", title, direction: "accept" },
});

/** Run as the daily job does: the replies first, then the cases' own due dates. */
async function daily(day: string) {
  const replies = await remindReplies(database.system(at(day)));
  const cases = await remindCases(database.system(at(day)));
  return { replies: replies.sent, cases: cases.sent, escalations: replies.escalations };
}

const subjects = async () =>
  (
    await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.orgId, database.orgId("gv.p1")))
  )
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((n) => n.subject);

describe("the reply owed after a reception visit", () => {
  it("is reminded before, on and after its 10th working day (Điều 28), once each, then to the ward's leaders", async () => {
    const officer = database.as("chuyenvien.p1"); // Monday 23/11/2026
    const saved = await recordVisit(officer, deps, visit("Lấn chiếm vỉa hè trước chợ"));
    expect(saved.replyDue).toBe("2026-12-07");
    const [c] = await database.db.select().from(citizenCases).where(eq(citizenCases.id, saved.caseId!));

    // Two deadlines of one visit: the case's intake (xử lý đơn, 10 days from receipt: 03/12) and the
    // reply of Điều 28 (10 working days: 07/12), each reminded in its own words.
    expect(c!.dueDate).toBe("2026-12-03");
    expect(await daily("2026-11-27")).toMatchObject({ replies: 0, cases: 0 });
    expect(await daily("2026-12-01")).toMatchObject({ replies: 0, cases: 1 }); // reply: 4 working days ahead
    expect(await daily("2026-12-02")).toMatchObject({ replies: 1, cases: 0 });
    expect(await daily("2026-12-03")).toMatchObject({ replies: 0, cases: 1 });
    expect(await daily("2026-12-03")).toMatchObject({ replies: 0, cases: 0 });
    expect(await daily("2026-12-07")).toMatchObject({ replies: 1, cases: 1 });
    expect(await daily("2026-12-08")).toMatchObject({ replies: 1, cases: 0 });
    expect(await daily("2026-12-10")).toMatchObject({ replies: 0, cases: 1 });
    expect(await daily("2026-12-14")).toMatchObject({ replies: 1, cases: 0, escalations: 1 });
    expect(await daily("2026-12-15")).toMatchObject({ replies: 0, cases: 0 });

    const mine = (await subjects()).filter((s) => s.includes(saved.caseCode!));
    const reply = `Hạn trả lời sau tiếp công dân: Kiến nghị ${saved.caseCode}`;
    const intake = `Hạn xử lý đơn: Kiến nghị ${saved.caseCode}`;
    expect(mine).toEqual([
      `${intake} — còn 2 ngày làm việc`,
      `${reply} — còn 3 ngày làm việc`,
      `${intake} — đến hạn hôm nay`,
      `${reply} — đến hạn hôm nay`,
      `${intake} — đã quá hạn 2 ngày làm việc`,
      `${reply} — đã quá hạn 1 ngày làm việc`,
      `${intake} — đã quá hạn 5 ngày làm việc, cần lãnh đạo chỉ đạo`,
      `${reply} — đã quá hạn 5 ngày làm việc, cần lãnh đạo chỉ đạo`,
    ]);
    const notices = await database.db.select().from(notifications);
    const last = notices.find((n) => n.subject === mine[7])!;
    expect(last.body).toContain("Điều 28");
    const [delivery] = await database.db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.notificationId, last.id));
    expect(delivery!.recipients).toEqual(["lanhdao.p1@thucthi.local"]);

    const audited = (await database.db.select().from(auditEvents)).filter(
      (e) => e.action === "reception_visit.remind",
    );
    expect(audited.map((e) => e.entityId)).toEqual([saved.id, saved.id, saved.id, saved.id]);
    const said = JSON.stringify([notices, audited]);
    for (const secret of [VISITOR.name, VISITOR.idNumber, "8 Quang Trung", "vỉa hè"])
      expect(said).not.toContain(secret);
  });

  it("is no longer owed once the case is accepted, or forwarded to the competent body", async () => {
    const officer = database.as("chuyenvien.p1");
    const leader = database.as("lanhdao.p1");
    const a = await recordVisit(officer, deps, visit("Hàng quán lấn chiếm lối đi"));
    const b = await recordVisit(officer, deps, visit("Xe tải đỗ trên vỉa hè ban đêm"));
    for (const id of [a.caseId!, b.caseId!]) {
      const [c] = await database.db.select().from(citizenCases).where(eq(citizenCases.id, id));
      const classified = await classify(leader, id, {
        version: c!.version,
        kind: "proposal",
        field: "traffic",
        competent: id === a.caseId,
      });
      if (id === a.caseId) await accept(leader, id, { version: classified.version });
      else
        await forward(leader, id, {
          version: classified.version,
          toOrgId: database.orgId("gv.p3"),
          notice: "Chuyển Phường 3 là nơi xảy ra sự việc.",
        });
    }
    // Their reply was due on 07/12 too; the first visit's stages were sent by the test above.
    expect(a.replyDue).toBe("2026-12-07");
    for (const day of ["2026-12-03", "2026-12-07", "2026-12-14"])
      expect((await remindReplies(database.system(at(day)))).sent).toBe(0);
    expect((await subjects()).filter((s) => s.includes(a.caseCode!) || s.includes(b.caseCode!))).toEqual([]);
    // The register says so too: the forwarded case is "received" at Phường 3, yet answered here.
    const register = await readRegister(database.as("chuyenvien.p1", at("2026-12-14")), {
      orgId: database.orgId("gv.p1"),
    });
    for (const id of [a.id, b.id])
      expect(register.rows.find((r) => r.id === id)).toMatchObject({ replied: true, overdue: false });
  });
});
