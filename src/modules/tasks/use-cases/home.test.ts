// The home through the API, on the demo data: every number it shows is the total of the task list
// opened with its filter (the same read rule, never sideways), for each kind of official; a
// completion sent for approval reaches the unit's leader on the home and in Thông báo (not the other
// members), and one returned reaches the unit as "returned to me".
import { describe, expect, it } from "vitest";
import type { TestClient } from "../../../../test/support/app.ts";
import { setupTestApp } from "../../../../test/support/lifecycle.ts";
import type { AssignmentList, HomeCount, HomeFilter, HomeView } from "../contract.ts";
import { endOfWeek } from "./home.ts";

const t = setupTestApp();

const ACCOUNTS = [
  "chuyenvien.p1",
  "chuyenvien.p3",
  "lanhdao.p1",
  "noivu.govap",
  "lanhdao.govap",
  "tuphap.govap",
  "noichinh.hanoi",
];

/** The list's address for a count's filter (the names of GET /api/assignments). */
function listUrl(f: HomeFilter): string {
  const p = new URLSearchParams({ pageSize: "1" });
  if (f.orgId) p.set("orgId", f.orgId);
  if (f.involvement) p.set("involvement", f.involvement);
  if (f.classes.length) p.set("classes", f.classes.join(","));
  if (f.dueFrom) p.set("dueFrom", f.dueFrom);
  if (f.dueTo) p.set("dueTo", f.dueTo);
  if (f.queue) p.set("queue", f.queue);
  if (f.directiveId) p.set("directiveId", f.directiveId);
  return `/api/assignments?${p}`;
}

function countsOf(h: HomeView): Array<[string, HomeCount]> {
  return [
    ...(h.mine ? Object.entries(h.mine) : []),
    ...(h.approvals ? [["approvals", h.approvals.completions] as [string, HomeCount]] : []),
    ...h.plans.map((p) => [`plan ${p.symbol}`, p.overdue] as [string, HomeCount]),
  ];
}

async function homeOf(c: TestClient): Promise<HomeView> {
  const res = await c.get("/api/home");
  expect(res.status).toBe(200);
  return res.body as HomeView;
}

describe("the home", () => {
  it.each(ACCOUNTS)("shows %s numbers that are the totals of the lists they open", async (username) => {
    const c = await t.signedIn(username);
    const home = await homeOf(c);
    for (const [what, count] of countsOf(home)) {
      const list = await c.get(listUrl(count.filter));
      expect(list.status, what).toBe(200);
      expect((list.body as AssignmentList).total, `${username}: ${what}`).toBe(count.n);
    }
  });

  it("ranks a district leader's units by overdue work, wards apart from departments, all below the district", async () => {
    const c = await t.signedIn("lanhdao.govap");
    const home = await homeOf(c);
    expect(home.area).not.toBeNull();
    const { wards, bodies } = home.area!;
    expect(wards.length).toBeGreaterThan(0);
    expect(wards.every((u) => u.kind === "ward")).toBe(true);
    expect(bodies.every((u) => u.kind !== "ward")).toBe(true);
    for (const list of [wards, bodies])
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]!.overdue).toBeGreaterThanOrEqual(list[i]!.overdue);
    // Each unit's number is what its list (as lead) shows.
    for (const u of wards.slice(0, 3)) {
      const res = await c.get(
        `/api/assignments?orgId=${u.orgId}&involvement=lead&classes=overdue&pageSize=1`,
      );
      expect((res.body as AssignmentList).total).toBe(u.overdue);
    }
  });

  it("shows an official of an unrelated body nothing of Gò Vấp", async () => {
    const c = await t.signedIn("noichinh.hanoi");
    const home = await homeOf(c);
    expect(home.plans.every((p) => !p.symbol?.includes("UBND"))).toBe(true);
    expect(home.area?.wards ?? []).toEqual([]);
  });

  it("takes a completion sent for approval to the ward leader's home and Thông báo, and a return back to the ward", async () => {
    const specialist = await t.signedIn("chuyenvien.p1");
    const leader = await t.signedIn("lanhdao.p1");
    const before = await homeOf(specialist);
    const leaderBefore = await homeOf(leader);
    const list = (
      await specialist.get(
        `/api/assignments?orgId=${before.unit!.id}&involvement=lead&classes=in_progress_on_time,not_started&pageSize=500`,
      )
    ).body as AssignmentList;
    const work = list.items.find((i) => i.status === "in_progress" || i.status === "not_started")!;
    expect(work).toBeDefined();
    const sent = await specialist.post(`/api/assignments/${work.id}/completion`, {
      version: String(work.version),
      narrative: "Đã hoàn thành, có báo cáo kèm theo",
    });
    expect(sent.status).toBe(200);

    const leaderAfter = await homeOf(leader);
    expect(leaderAfter.approvals!.completions.n).toBe(leaderBefore.approvals!.completions.n + 1);
    expect(leaderAfter.approvals!.items.map((i) => i.id)).toContain(work.id);
    expect(leaderAfter.unreadNotices).toBe(leaderBefore.unreadNotices + 1);
    const inbox = (await leader.get("/api/notifications")).body as {
      items: Array<{ kind: string; items: Array<{ assignmentId: string; stage: string }> }>;
    };
    const notice = inbox.items.find((n) => n.kind === "approval" && n.items[0]?.assignmentId === work.id);
    expect(notice?.items[0]?.stage).toBe("approval_requested");
    // The other members of the ward do not get the leader's approval notice.
    const theirs = (await specialist.get("/api/notifications")).body as typeof inbox;
    expect(theirs.items.some((n) => n.kind === "approval")).toBe(false);
    expect((await homeOf(specialist)).mine!.awaiting.n).toBe(before.mine!.awaiting.n + 1);

    const detail = (await leader.get(`/api/assignments/${work.id}`)).body as { version: number };
    const returned = await leader.post(`/api/assignments/${work.id}/approval`, {
      version: detail.version,
      decision: "reject",
      note: "Bổ sung biên bản hội nghị",
    });
    expect(returned.status).toBe(200);
    const after = await homeOf(specialist);
    expect(after.mine!.returned.n).toBe(before.mine!.returned.n + 1);
    expect(after.mine!.awaiting.n).toBe(before.mine!.awaiting.n);
    const ward = (await specialist.get("/api/notifications")).body as typeof inbox;
    expect(ward.items.some((n) => n.kind === "returned" && n.items[0]?.assignmentId === work.id)).toBe(true);
    const back = (
      await specialist.get(listUrl(after.mine!.returned.filter).replace("pageSize=1", "pageSize=50"))
    ).body as AssignmentList;
    expect(back.items.map((i) => i.id)).toContain(work.id);
  });
});

describe("endOfWeek", () => {
  it("is the Sunday of the day's week", () => {
    expect(endOfWeek("2026-12-07")).toBe("2026-12-13"); // a Monday
    expect(endOfWeek("2026-12-13")).toBe("2026-12-13"); // a Sunday
    expect(endOfWeek("2026-12-31")).toBe("2027-01-03");
  });
});
