// Reception on a real database (PGlite): a ward schedules its reception days and is warned below
// the law's minimum; an officer records a visit that opens a case in the citizens' module with the
// reply due by Điều 28, and a refusal with its ground of Điều 9; only the ward's own officials and
// its supervisors read or write, never another ward; every write is audited without the visitor.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { auditEvents } from "../../audit/schema.ts";
import { verifyChain } from "../../audit/use-cases/verify.ts";
import { createSecretBox } from "../../auth/adapters/secret-box.ts";
import { citizenCases } from "../../citizen-cases/schema.ts";
import { accept, classify } from "../../citizen-cases/use-cases/handle.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import type { SessionInput, VisitInput } from "../contract.ts";
import { receptionVisits } from "../schema.ts";
import { readCalendar, scheduleSession } from "./calendar.ts";
import { readRegister, recordVisit } from "./register.ts";

const database = setupTreeAndPeople();
const deps = { box: createSecretBox(Buffer.alloc(32, 3)), storage: memoryStorage() };
const VISITOR = "Nguyễn Văn Khách";

const session = (orgId: string, date: string, over: Partial<SessionInput> = {}): SessionInput => ({
  orgId,
  date,
  leaderName: "Chủ tịch UBND Phường 1",
  headReceives: true,
  kind: "regular",
  mode: "in_person",
  place: "Trụ sở UBND Phường 1",
  ...over,
});

const visit = (over: Partial<VisitInput> = {}): VisitInput => ({
  visitorCount: 3,
  visitor: { name: VISITOR, address: "12 Nguyễn Văn Bảo, Phường 1", idNumber: "079123456789" },
  content: "Đề nghị sửa chữa đoạn cống thoát nước bị vỡ trước nhà số 12, nước tràn ra đường mỗi khi mưa.",
  handling: {
    outcome: "case",
    kind: "proposal",
    field: "environment",
    title: "Cống thoát nước bị vỡ",
    direction: "accept",
  },
  ...over,
});

describe("the reception calendar", () => {
  it("warns a ward below 1 day a week before 01/7/2026 (Điều 15 khoản 2 điểm d) and below 2 days a month from it (Luật 136/2025/QH15)", async () => {
    const p1 = database.orgId("gv.p1");
    const as = database.as("chuyenvien.p1");
    for (const date of ["2026-06-04", "2026-06-18", "2026-07-16"])
      await scheduleSession(as, session(p1, date));
    // An ad hoc session and a deputy's day do not count to the minimum.
    await scheduleSession(as, session(p1, "2026-06-11", { kind: "ad_hoc" }));
    await scheduleSession(as, session(p1, "2026-06-25", { headReceives: false, leaderName: "Phó Chủ tịch" }));
    await scheduleSession(
      as,
      session(p1, "2026-07-30", {
        mode: "online",
        place: undefined,
        onlineLink: "https://hop.example.vn/p1",
      }),
    );

    const june = await readCalendar(as, { orgId: p1, from: "2026-06-01", to: "2026-06-28" });
    expect(june.leader).toBe("commune-chair");
    expect(june.sessions).toHaveLength(4);
    expect(june.gaps.map((g) => g.periodStart)).toEqual(["2026-06-08", "2026-06-22"]);
    expect(june.gaps[0]!.article).toContain("Điều 15");
    expect(june.mayEdit).toBe(true);

    const july = await readCalendar(as, { orgId: p1, from: "2026-07-01", to: "2026-07-31" });
    expect(july.gaps).toEqual([]);
    expect(july.minimums.map((m) => [m.days, m.per])).toEqual([[2, "month"]]);
    expect(july.sessions.find((s) => s.mode === "online")?.onlineLink).toBe("https://hop.example.vn/p1");
  });

  it("asks a place for a session at the office and a link for an online one, in Vietnamese", async () => {
    const p1 = database.orgId("gv.p1");
    const error = await scheduleSession(
      database.as("chuyenvien.p1"),
      session(p1, "2026-08-06", { mode: "online", place: undefined }),
    ).catch((e) => e);
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("đường dẫn");
  });

  it("lets the ward's supervisors read, never another ward: Phường 3 may neither read nor write Phường 1's calendar", async () => {
    const p1 = database.orgId("gv.p1");
    const range = { orgId: p1, from: "2026-06-01", to: "2026-06-30" };
    const leaderAbove = await readCalendar(database.as("lanhdao.govap"), range);
    expect(leaderAbove.sessions.length).toBeGreaterThan(0);
    const read = await readCalendar(database.as("chuyenvien.p3"), range).catch((e) => e);
    expect(read.code).toBe("FORBIDDEN");
    const write = await scheduleSession(database.as("chuyenvien.p3"), session(p1, "2026-08-06")).catch(
      (e) => e,
    );
    expect(write.code).toBe("FORBIDDEN");
    expect(write.message).toContain("tiếp công dân");
  });
});

describe("the register", () => {
  it("records a delegation's visit as one case of the citizens' module, with the reply due 10 working days later (Điều 28)", async () => {
    const as = database.as("chuyenvien.p1"); // 23/11/2026, a Monday
    const saved = await recordVisit(as, deps, visit());
    expect(saved.caseCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(saved.replyDue).toBe("2026-12-07");
    expect(saved.replyBasis).toContain("Điều 28");
    const [c] = await database.db.select().from(citizenCases).where(eq(citizenCases.id, saved.caseId!));
    expect(c).toMatchObject({ channel: "reception", kind: "proposal", orgId: database.orgId("gv.p1") });

    const p1 = database.orgId("gv.p1");
    const now = await readRegister(as, { orgId: p1 });
    const row = now.rows.find((r) => r.id === saved.id)!;
    expect(row).toMatchObject({ visitorCount: 3, caseStatus: "received", replied: false, overdue: false });
    expect(JSON.stringify(now)).not.toContain(VISITOR);

    // The day after the last day, still unanswered: overdue.
    const later = await readRegister(database.as("chuyenvien.p1", new Date("2026-12-08T03:00:00Z")), {
      orgId: p1,
    });
    expect(later.rows.find((r) => r.id === saved.id)).toMatchObject({ overdue: true, replied: false });

    // Accepting the case in the citizens' module is the reply Điều 28 asks for.
    const classified = await classify(as, saved.caseId!, {
      version: c!.version,
      kind: "proposal",
      field: "environment",
      competent: true,
    });
    const stillOwed = await readRegister(as, { orgId: p1 });
    expect(stillOwed.rows.find((r) => r.id === saved.id)).toMatchObject({ replied: false });
    await accept(as, saved.caseId!, { version: classified.version });
    const after = await readRegister(database.as("chuyenvien.p1", new Date("2026-12-08T03:00:00Z")), {
      orgId: p1,
    });
    expect(after.rows.find((r) => r.id === saved.id)).toMatchObject({ overdue: false, replied: true });
  });

  it("records a refusal with its ground of Điều 9 Luật Tiếp công dân, opening no case and owing no reply", async () => {
    const saved = await recordVisit(
      database.as("chuyenvien.p1"),
      deps,
      visit({
        visitorCount: 1,
        handling: {
          outcome: "refused",
          ground: "threatening",
          reason: "Lớn tiếng xúc phạm cán bộ tiếp dân, không chấp hành nội quy.",
        },
      }),
    );
    expect(saved).toMatchObject({ caseId: null, replyDue: null });
    const reg = await readRegister(database.as("lanhdao.govap"), { orgId: database.orgId("gv.p1") });
    const row = reg.rows.find((r) => r.id === saved.id)!;
    expect(row).toMatchObject({
      outcome: "refused",
      refusalGround: "threatening",
      replied: false,
      overdue: false,
    });
    expect(reg.mayEdit).toBe(true);
  });

  it("loses nothing when the case is refused: a complaint without the act complained of saves neither visit nor case", async () => {
    const as = database.as("chuyenvien.p1");
    const before = (await database.db.select().from(receptionVisits)).length;
    const cases = (await database.db.select().from(citizenCases)).length;
    const error = await recordVisit(
      as,
      deps,
      visit({
        handling: {
          outcome: "case",
          kind: "complaint-first",
          field: "land",
          title: "Khiếu nại quyết định thu hồi đất",
          direction: "accept",
        },
      }),
    ).catch((e) => e);
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("khiếu nại");
    expect(await database.db.select().from(receptionVisits)).toHaveLength(before);
    expect(await database.db.select().from(citizenCases)).toHaveLength(cases);
  });

  it("refuses a visit dated after today, and another ward's register", async () => {
    const late = await recordVisit(
      database.as("chuyenvien.p1"),
      deps,
      visit({ receivedOn: "2026-11-30" }),
    ).catch((e) => e);
    expect(late.code).toBe("VALIDATION");
    const sideways = await readRegister(database.as("chuyenvien.p3"), {
      orgId: database.orgId("gv.p1"),
    }).catch((e) => e);
    expect(sideways.code).toBe("FORBIDDEN");
  });

  it("audits every write in the hash chain, naming the visit and never the visitor", async () => {
    const events = await database.db.select().from(auditEvents);
    const actions = events.map((e) => e.action);
    expect(actions).toContain("reception_session.schedule");
    expect(actions.filter((a) => a === "reception_visit.record")).toHaveLength(2);
    expect(actions).toContain("citizen_case.receive");
    expect(JSON.stringify(events)).not.toContain(VISITOR);
    expect(JSON.stringify(events)).not.toContain("079123456789");
    expect((await verifyChain(database.db)).ok).toBe(true);
  });
});
