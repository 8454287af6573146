// The reception API end to end through Fastify's inject, on the demo: the contract's shapes (a
// Vietnamese 400 for bad input), the policy (403 for another ward), and the answers run through
// the contract's response schemas so that nothing is dropped unnoticed.
import { describe, expect, it } from "vitest";
import { setupTestApp } from "../../../test/support/lifecycle.ts";
import { calendarOut, publicCalendarOut, registerOut } from "./contract.ts";

const t = setupTestApp();

async function orgId(code: string): Promise<string> {
  const c = await t.signedIn("admin");
  const list = (await c.get("/api/orgs")).body as Array<{ id: string; code: string | null }>;
  return list.find((o) => o.code === code)!.id;
}

describe("the reception API", () => {
  it("schedules a session, shows it with the minimum's warning, and records a visit that opens a case", async () => {
    const p1 = await orgId("gv.p1");
    const c = await t.signedIn("chuyenvien.p1");
    const made = await c.request("POST", "/api/reception/sessions", {
      orgId: p1,
      date: "2026-06-04",
      startTime: "07:30",
      leaderName: "Chủ tịch UBND Phường 1",
      headReceives: true,
      kind: "regular",
      mode: "in_person",
      place: "Trụ sở UBND Phường 1",
    });
    expect(made.status).toBe(200);
    const cal = await c.get(`/api/reception/calendar?orgId=${p1}&from=2026-06-01&to=2026-06-28`);
    expect(cal.status).toBe(200);
    const parsed = calendarOut.parse(cal.body);
    expect(parsed.sessions.map((s) => s.startTime)).toContain("07:30");
    // Only the week of 01/6 has its day (Điều 15 khoản 2 điểm d: 1 day a week).
    expect(parsed.gaps.map((g) => g.periodStart)).toEqual(["2026-06-08", "2026-06-15", "2026-06-22"]);

    const visit = await c.request("POST", "/api/reception/visits", {
      visitorCount: 2,
      visitor: { name: "Trần Thị Dân", phone: "0901234567" },
      content:
        "Phản ánh đèn chiếu sáng hẻm 45 Nguyễn Văn Bảo hỏng nhiều ngày, buổi tối rất tối và nguy hiểm.",
      handling: {
        outcome: "case",
        kind: "feedback",
        field: "traffic",
        title: "Đèn hẻm 45 hỏng",
        direction: "accept",
      },
    });
    expect(visit.status).toBe(200);
    expect(visit.body.replyBasis).toContain("Điều 28");
    const reg = await c.get(`/api/reception/register?orgId=${p1}`);
    const rows = registerOut.parse(reg.body).rows;
    expect(rows.at(-1)).toMatchObject({ caseCode: visit.body.caseCode, visitorCount: 2, overdue: false });
    expect(JSON.stringify(reg.body)).not.toContain("Trần Thị Dân");
  });

  it("answers bad input with a Vietnamese 400 and another ward with 403", async () => {
    const p1 = await orgId("gv.p1");
    const c = await t.signedIn("chuyenvien.p1");
    const bad = await c.request("POST", "/api/reception/visits", {
      visitorCount: 0,
      visitor: {},
      content: "ngắn",
      handling: { outcome: "refused", ground: "no-such-ground", reason: "x" },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/Số người từ 1 đến 500|Nội dung cần ít nhất 20 ký tự/);
    const p3 = await t.signedIn("chuyenvien.p3");
    expect((await p3.get(`/api/reception/register?orgId=${p1}`)).status).toBe(403);
    const write = await p3.request("POST", "/api/reception/sessions", {
      orgId: p1,
      date: "2026-06-11",
      leaderName: "Chủ tịch UBND Phường 1",
      headReceives: true,
      kind: "regular",
      mode: "in_person",
      place: "Trụ sở",
    });
    expect(write.status).toBe(403);
    expect(write.body.message).toContain("tiếp công dân");
  });

  it("the demo: Phường 3 is warned below 2 days a month (Luật 136/2025/QH15), Phường 1 is not, and Phường 1 has a reply overdue (Điều 28)", async () => {
    const [p1, p3] = [await orgId("gv.p1"), await orgId("gv.p3")];
    const leader = await t.signedIn("lanhdao.govap");
    const month = (id: string) =>
      leader.get(`/api/reception/calendar?orgId=${id}&from=2026-11-01&to=2026-11-30`);
    expect(calendarOut.parse((await month(p1)).body).gaps).toEqual([]);
    const p3Gaps = calendarOut.parse((await month(p3)).body).gaps;
    expect(p3Gaps).toHaveLength(1);
    expect(p3Gaps[0]).toMatchObject({ required: 2, scheduled: 1 });
    const reg = registerOut.parse((await leader.get(`/api/reception/register?orgId=${p1}`)).body);
    expect(reg.rows.some((r) => r.overdue)).toBe(true);
    expect(reg.rows.some((r) => r.outcome === "refused" && r.refusalGround === "threatening")).toBe(true);
  });

  it("publishes a ward's upcoming sessions without an account, and answers a bad id in Vietnamese", async () => {
    const p1 = await orgId("gv.p1");
    const anyone = t.client();
    const res = await anyone.get(`/api/public/reception/calendar?orgId=${p1}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cal = publicCalendarOut.parse(res.body);
    expect(cal.sessions.length).toBeGreaterThan(0);
    expect(cal.sessions.every((s) => s.date >= cal.from)).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain("leaderName");
    const bad = await anyone.get("/api/public/reception/calendar?orgId=khong-phai");
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/phường, xã/);
  });
});
