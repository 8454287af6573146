import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createPlan, DEMO_WARDS, PLAN_4998 } from "../../../../test/support/tasks-fixtures.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { assignments } from "../schema.ts";
import { planProgress } from "./plans.ts";
import { getAssignment, listAssignments } from "./read.ts";
import { addUpdate, decideCompletion, requestCompletion } from "./report.ts";

let plan: Awaited<ReturnType<typeof createPlan>>;
const storage = memoryStorage();
// Monday 23/11/2026, 10:00 in Vietnam.
const NOW = new Date("2026-11-23T03:00:00Z");
// Each action a minute after the previous one, so that the timeline has an order.
let minutes = 0;
const tick = () => new Date(NOW.getTime() + ++minutes * 60_000);
const as = (who: string, now = tick()): UseCaseContext => database.as(who, now);
const pdf = (name: string) => ({
  bytes: new TextEncoder().encode(`%PDF-1.4 ${name}`),
  fileName: name,
  mimeType: "application/pdf",
});
/** An update with one PDF attached, by a demo account. */
const addWithFile = (who: string, id: string, update: Parameters<typeof addUpdate>[3], fileName: string) =>
  addUpdate(as(who), storage, id, update, [pdf(fileName)]);

const database = setupTreeAndPeople(async (db) => {
  plan = await createPlan(db, {
    ...PLAN_4998,
    issuedOn: "2023-10-05",
    groups: [
      {
        label: "1",
        title: "Tuyên truyền, quán triệt",
        tasks: [
          {
            title: "Tổ chức quán triệt Nghị quyết đến cán bộ, công chức phường",
            leads: DEMO_WARDS,
            supports: ["gv.ptp"],
            timeframe: { kind: "deadline", text: "trước ngày 20/11/2026", due: "2026-11-20" },
          },
          {
            title: "Tuyên truyền thường xuyên trên hệ thống loa phường",
            leads: DEMO_WARDS,
            timeframe: { kind: "ongoing", text: "Thường xuyên", due: null },
          },
        ],
      },
      {
        label: "2",
        title: "Tổ chức thực hiện",
        tasks: [
          {
            title: "Tổng hợp, báo cáo kết quả thực hiện",
            leads: ["gv.pnv"],
            timeframe: { kind: "period", text: "Quý IV năm 2026", due: "2026-12-31" },
          },
        ],
      },
    ],
  });
});

async function assignmentOf(taskIndex: number, orgCode: string) {
  const orgId = plan.orgIds.get(orgCode)!;
  const rows = await database.db
    .select()
    .from(assignments)
    .where(eq(assignments.directiveTaskId, plan.taskIds[taskIndex]!));
  return rows.find((r) => r.leadOrgId === orgId)!;
}

describe("assignments from a confirmed plan", () => {
  it("fans a task addressed to the 16 wards out into one assignment per ward, each with one lead", async () => {
    const rows = await database.db
      .select()
      .from(assignments)
      .where(eq(assignments.directiveTaskId, plan.taskIds[0]!));
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => r.leadOrgId)).size).toBe(16);
    expect(rows[0]).toMatchObject({
      dueKind: "date",
      dueDate: "2026-11-20",
      status: "not_started",
      version: 1,
    });
  });
});

describe("progress reports", () => {
  it("lets a ward specialist report progress with a file, recording who and when", async () => {
    const a = await assignmentOf(1, "gv.p1");
    const res = await addWithFile(
      "chuyenvien.p1",
      a.id,
      { kind: "progress", version: a.version, percent: 40, narrative: "Đã phát 12 bản tin trên loa phường" },
      "bao-cao-thang-11.pdf",
    );
    expect(res.assignment).toMatchObject({ version: 2, status: "in_progress", percent: 40 });
    const detail = await getAssignment(as("chuyenvien.p1"), a.id);
    const last = detail.timeline.at(-1)!;
    expect(last).toMatchObject({
      kind: "progress",
      percent: 40,
      narrative: "Đã phát 12 bản tin trên loa phường",
      authorName: database.actor("chuyenvien.p1").fullName,
      authorOrgName: "Ủy ban nhân dân Phường 1",
    });
    expect(last.at > NOW.toISOString()).toBe(true);
    expect(last.files.map((f) => f.fileName)).toEqual(["bao-cao-thang-11.pdf"]);
    expect(detail.permissions).toMatchObject({ report: true, approve: false });
  });

  it("refuses another ward's specialist, in Vietnamese", async () => {
    const a = await assignmentOf(1, "gv.p1");
    await expect(getAssignment(as("chuyenvien.p3"), a.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Bạn không được xem công việc này.",
    });
    await expect(
      addUpdate(as("chuyenvien.p3"), storage, a.id, { kind: "progress", version: 2, percent: 90 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets a supporting unit see the work and add a contribution with a file, but not report progress", async () => {
    const a = await assignmentOf(0, "gv.p3");
    const res = await addWithFile(
      "tuphap.govap",
      a.id,
      { kind: "contribution", narrative: "Cử báo cáo viên pháp luật hỗ trợ hội nghị" },
      "danh-sach-bao-cao-vien.pdf",
    );
    expect(res.entry.files).toHaveLength(1);
    const detail = await getAssignment(as("tuphap.govap"), a.id);
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: "contribution",
      authorOrgName: "Phòng Tư pháp quận Gò Vấp",
    });
    expect(detail.permissions).toMatchObject({ report: false, contribute: true });
    await expect(
      addUpdate(as("tuphap.govap"), storage, a.id, { kind: "progress", version: a.version, percent: 50 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses pausing by a specialist: the leader or the coordinating office decides", async () => {
    const a = await assignmentOf(0, "gv.p1");
    await expect(
      addUpdate(as("chuyenvien.p1"), storage, a.id, {
        kind: "progress",
        version: a.version,
        status: "paused",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Tạm dừng") });
  });

  it("gives the second of two officials saving the same version a CONFLICT that shows the first one's change", async () => {
    const a = await assignmentOf(0, "gv.p1");
    await addUpdate(as("chuyenvien.p1"), storage, a.id, {
      kind: "progress",
      version: a.version,
      percent: 60,
      narrative: "Đã tổ chức hội nghị cho 45 cán bộ",
    });
    const error = await addUpdate(as("lanhdao.p1"), storage, a.id, {
      kind: "progress",
      version: a.version,
      percent: 30,
    }).catch((e) => e);
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("Đã tổ chức hội nghị cho 45 cán bộ");
    expect(error.details.current).toMatchObject({ version: a.version + 1, percent: 60 });
    expect((await assignmentOf(0, "gv.p1")).percent).toBe(60);
  });
});

describe("completion and approval", () => {
  it("asks for completion, then the ward's leader approves: done on time", async () => {
    const a = await assignmentOf(0, "gv.p1");
    const asked = await requestCompletion(as("chuyenvien.p1"), storage, a.id, {
      version: a.version,
      completedOn: "2026-11-19",
      narrative: "Đã hoàn thành quán triệt cho toàn bộ cán bộ, công chức",
    });
    expect(asked.assignment.status).toBe("awaiting_approval");
    await expect(
      decideCompletion(as("chuyenvien.p1"), a.id, { version: asked.assignment.version, decision: "approve" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Chỉ lãnh đạo đơn vị chủ trì được duyệt hoàn thành công việc này.",
    });
    const done = await decideCompletion(as("lanhdao.p1"), a.id, {
      version: asked.assignment.version,
      decision: "approve",
    });
    expect(done.assignment.status).toBe("done");
    const detail = await getAssignment(as("lanhdao.p1"), a.id);
    expect(detail).toMatchObject({ cls: "done_on_time", display: "done", completedOn: "2026-11-19" });
    expect(detail.timeline.slice(-2).map((e) => e.kind)).toEqual(["completion_requested", "approved"]);
  });

  it("sends a rejected completion back to in progress, with the leader's reason", async () => {
    const a = await assignmentOf(0, "gv.p3");
    const asked = await requestCompletion(as("chuyenvien.p3"), storage, a.id, {
      version: a.version,
      narrative: "Xong",
    });
    // Phường 3 has no leader account: a leader above (the district) decides.
    const rejected = await decideCompletion(as("lanhdao.govap"), a.id, {
      version: asked.assignment.version,
      decision: "reject",
      note: "Chưa có biên bản hội nghị",
    });
    expect(rejected.assignment).toMatchObject({ status: "in_progress" });
    const detail = await getAssignment(as("lanhdao.govap"), a.id);
    expect(detail).toMatchObject({ cls: "overdue", completedOn: null });
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: "rejected",
      narrative: "Chưa có biên bản hội nghị",
    });
  });
});

describe("time in Vietnam", () => {
  it("makes work due on 20/11 overdue at Vietnamese midnight, not at UTC midnight", async () => {
    const a = await assignmentOf(0, "gv.p5");
    const before = new Date("2026-11-20T16:59:00Z"); // 23:59 on 20/11 in Vietnam
    const after = new Date("2026-11-20T17:00:00Z"); // 00:00 on 21/11 in Vietnam
    expect((await getAssignment(as("noivu.govap", before), a.id)).cls).toBe("not_started");
    expect((await getAssignment(as("noivu.govap", after), a.id)).cls).toBe("overdue");
  });

  it("dates a completion reported at 00:30 in Vietnam on the Vietnamese day", async () => {
    const a = await assignmentOf(0, "gv.p6");
    const p = database.actor("chuyenvien.p1");
    // chuyenvien.p1 does not work in Phường 6: use the system (the coordinator's import) instead.
    expect(p.memberships[0]).toBeDefined();
    const res = await requestCompletion(
      { db: database.db, actor: null, system: "test", now: new Date("2026-11-19T17:30:00Z") },
      storage,
      a.id,
      { version: a.version, narrative: "Hoàn thành" },
    );
    expect(res.assignment.status).toBe("awaiting_approval");
    const [row] = await database.db.select().from(assignments).where(eq(assignments.id, a.id));
    expect(row!.completedOn).toBe("2026-11-20");
  });
});

describe("the coordinator's view of the plan", () => {
  it("shows overdue work first, with roll-ups by task, group, unit and plan", async () => {
    const view = await planProgress(as("noivu.govap"), plan.directiveId);
    expect(view.counts.total).toBe(33);
    // 14 wards past the 20/11 deadline, and 15 wards that reported nothing on their ongoing work in
    // the quarter that ended on 30/09 (Phường 1 reported today, which clears it).
    expect(view.counts.overdue).toBe(29);
    expect(view.overdue[0]!.display).toBe("overdue");
    expect(view.overdueTotal).toBe(29);
    expect(view.units[0]!.counts.overdue).toBeGreaterThan(0);
    const task0 = view.groups[0]!.tasks[0]!;
    // P1 done (100), P6 asked (100), P3 rejected (min(previous 0, 99) = 0), the rest 0: 200/16.
    expect(task0.progress).toBe(12.5);
    expect(task0.assignments[0]!.cls).toBe("overdue");
    // Group 1 = mean of its two tasks; the plan = mean of all three tasks.
    const task1 = view.groups[0]!.tasks[1]!;
    expect(view.groups[0]!.progress).toBeCloseTo((12.5 + task1.progress!) / 2, 1);
    expect(view.groups.map((g) => g.title)).toEqual(["Tuyên truyền, quán triệt", "Tổ chức thực hiện"]);
  });

  it("refuses the plan view to a ward, which sees only its own work in its list", async () => {
    await expect(planProgress(as("chuyenvien.p1"), plan.directiveId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const list = await listAssignments(as("chuyenvien.p1"), {
      classes: [],
      page: 1,
      pageSize: 50,
    });
    expect(new Set(list.items.map((i) => i.lead.name))).toEqual(new Set(["Ủy ban nhân dân Phường 1"]));
  });

  it("filters the coordinator's list by status class, overdue first", async () => {
    const list = await listAssignments(as("noivu.govap"), {
      directiveId: plan.directiveId,
      classes: ["overdue"],
      page: 1,
      pageSize: 5,
    });
    expect(list.total).toBe(29);
    expect(list.items).toHaveLength(5);
    expect(list.items.every((i) => i.cls === "overdue")).toBe(true);
    expect(list.counts.overdue).toBe(29);
  });
});
