// Sideways tasking: a ward that confirms a plan naming another ward and a Party board of another city
// gives the work only to itself; the others receive assignment requests, which are no work (no
// reminders, no overdue counts) until a leader or coordinator of the receiving body accepts — then
// one assignment led by that body alone. Through the API, on the demo data.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../../test/support/context.ts";
import { setupTestApp } from "../../../../test/support/lifecycle.ts";
import { auditEvents } from "../../audit/schema.ts";
import { verifyChain } from "../../audit/use-cases/verify.ts";
import { notifications } from "../../notifications/schema.ts";
import type { AssignmentRequest } from "../contract.ts";
import { assignments } from "../schema.ts";
import { insertOutsideDraft, OUTSIDE_TASK } from "../testdata/outside-plan.ts";
import { runDailyReminders } from "./remind.ts";

const t = setupTestApp();
let plan: Awaited<ReturnType<typeof insertOutsideDraft>>;
let requests: AssignmentRequest[];

const assignmentsOfPlan = () =>
  t.deps.database.db.select().from(assignments).where(eq(assignments.directiveId, plan.id));
const requestTo = (code: string) => requests.find((r) => r.org.id === plan.org[code])!;

beforeAll(async () => {
  plan = await insertOutsideDraft(t.deps.database.db);
});

describe("confirming a plan that names bodies outside the owner's authority", () => {
  it("warns in the review which leads will only be asked", async () => {
    const c = await t.signedIn("lanhdao.p1");
    const review = await c.get(`/api/directives/${plan.id}/review`);
    expect(review.status).toBe(200);
    const outside = (review.body as { outsideAuthority: { orgId: string; message: string }[] })
      .outsideAuthority;
    expect(outside.map((o) => o.orgId).sort()).toEqual([plan.org["gv.p3"], plan.org["hn.bnc"]].sort());
    expect(outside[0]!.message).toMatch(/đề nghị phối hợp, chờ .* chấp nhận/);
  });

  it("gives the work to the owner ward only, and asks the other ward and the other city's board", async () => {
    const c = await t.signedIn("lanhdao.p1");
    const res = await c.post(`/api/directives/${plan.id}/confirm`, { version: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as { assignments: number }).assignments).toBe(1);
    const given = await assignmentsOfPlan();
    expect(given.map((a) => a.leadOrgId)).toEqual([plan.org["gv.p1"]]);

    const byPlan = await c.get(`/api/plans/${plan.id}/requests`);
    expect(byPlan.status).toBe(200);
    requests = byPlan.body as AssignmentRequest[];
    expect(requests.map((r) => [r.org.id, r.status]).sort()).toEqual(
      [
        [plan.org["gv.p3"], "pending"],
        [plan.org["hn.bnc"], "pending"],
      ].sort(),
    );
    expect(requests.every((r) => r.owner?.id === plan.org["gv.p1"] && !r.canDecide)).toBe(true);
  });

  it("keeps pending requests out of the receiving bodies' work, overdue counts and reminders", async () => {
    const p3 = await t.signedIn("chuyenvien.p3");
    const list = await p3.get(`/api/assignments?orgId=${plan.org["gv.p3"]}&classes=overdue&pageSize=500`);
    expect(list.status).toBe(200);
    const items = (list.body as { items: { directive: { id: string } }[] }).items;
    expect(items.filter((i) => i.directive.id === plan.id)).toEqual([]);

    const run = await runDailyReminders(systemContext(t.deps.database.db, t.clock.now), {
      mailer: null,
      publicUrl: "http://thucthi.test",
    });
    expect(run.skipped).toBeNull();
    const told = await t.deps.database.db.select().from(notifications);
    const about = (orgId: string) =>
      told.filter((n) => n.orgId === orgId && n.items.some((i) => i.title === OUTSIDE_TASK));
    // The owner ward's own (overdue) assignment of the same task is reminded; the asked bodies are not.
    expect(about(plan.org["gv.p1"]!).length).toBe(1);
    expect(about(plan.org["gv.p3"]!)).toEqual([]);
    expect(about(plan.org["hn.bnc"]!)).toEqual([]);
  });

  it("lists the request for the receiving body, and lets no specialist there or third body answer it", async () => {
    const p3 = await t.signedIn("chuyenvien.p3");
    const mine = (await p3.get("/api/assignment-requests?status=pending")).body as AssignmentRequest[];
    expect(mine.map((r) => r.id)).toEqual([requestTo("gv.p3").id]);
    expect(mine[0]!.canDecide).toBe(false);
    const refused = await p3.post(`/api/assignment-requests/${requestTo("gv.p3").id}/accept`);
    expect(refused.status).toBe(403);

    const cantho = await t.signedIn("noichinh.cantho");
    expect(((await cantho.get("/api/assignment-requests")).body as AssignmentRequest[]).length).toBe(0);
    const third = await cantho.post(`/api/assignment-requests/${requestTo("hn.bnc").id}/accept`);
    expect(third.status).toBe(403);
    expect((third.body as { code: string }).code).toBe("FORBIDDEN");
    expect((await assignmentsOfPlan()).length).toBe(1);
  });

  it("becomes one active assignment, led by the receiving body alone, when its coordinator accepts", async () => {
    const hanoi = await t.signedIn("noichinh.hanoi");
    const incoming = (await hanoi.get("/api/assignment-requests")).body as AssignmentRequest[];
    expect(incoming.map((r) => [r.id, r.canDecide])).toEqual([[requestTo("hn.bnc").id, true]]);
    const res = await hanoi.post(`/api/assignment-requests/${requestTo("hn.bnc").id}/accept`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const accepted = res.body as AssignmentRequest;
    expect(accepted).toMatchObject({ status: "accepted", canDecide: false });
    const given = await assignmentsOfPlan();
    const theirs = given.filter((a) => a.leadOrgId === plan.org["hn.bnc"]);
    expect(theirs.length).toBe(1);
    expect(theirs[0]!.id).toBe(accepted.assignmentId);
    expect(theirs[0]).toMatchObject({ status: "not_started", dueDate: "2026-11-18", title: OUTSIDE_TASK });
    const detail = await hanoi.get(`/api/assignments/${accepted.assignmentId}`);
    expect(detail.status).toBe(200);
    expect((detail.body as { lead: { id: string } }).lead.id).toBe(plan.org["hn.bnc"]);

    const again = await hanoi.post(`/api/assignment-requests/${requestTo("hn.bnc").id}/accept`);
    expect(again.status).toBe(409);
    expect((await assignmentsOfPlan()).length).toBe(2);
  });

  it("is marked refused with its reason, which the owner body sees, when the other ward's superior refuses", async () => {
    const district = await t.signedIn("lanhdao.govap");
    const id = requestTo("gv.p3").id;
    const empty = await district.post(`/api/assignment-requests/${id}/refuse`, { reason: "   " });
    expect(empty.status).toBe(400);
    expect((empty.body as { message: string }).message).toMatch(/lý do/);
    const res = await district.post(`/api/assignment-requests/${id}/refuse`, {
      reason: "Tuyến đường không thuộc địa bàn Phường 3.",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const owner = await t.signedIn("lanhdao.p1");
    const seen = (await owner.get(`/api/plans/${plan.id}/requests`)).body as AssignmentRequest[];
    expect(seen.find((r) => r.id === id)).toMatchObject({
      status: "refused",
      reason: "Tuyến đường không thuộc địa bàn Phường 3.",
    });
    expect((await assignmentsOfPlan()).map((a) => a.leadOrgId).sort()).toEqual(
      [plan.org["gv.p1"], plan.org["hn.bnc"]].sort(),
    );
    const trail = await t.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entity, "assignment_request"));
    expect(trail.map((e) => e.action).sort()).toEqual([
      "assignment_request.accept",
      "assignment_request.refuse",
    ]);
    expect((await verifyChain(t.deps.database.db)).ok).toBe(true);
  });
});
