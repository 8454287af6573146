import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createTaskList } from "../../../../test/support/tasks-fixtures.ts";
import { dissolveOrg, mergeOrgs, splitOrg } from "../../orgs/use-cases/reorganise.ts";
import { assignmentSupporters, assignments } from "../schema.ts";
import { reassign } from "./coordinate.ts";
import { getAssignment } from "./read.ts";

const database = setupTreeAndPeople();
const timeframe = { kind: "deadline" as const, text: "trước ngày 31/12/2026", due: "2026-12-31" };
const rowsOf = (directiveId: string) =>
  database.db.select().from(assignments).where(eq(assignments.directiveId, directiveId));

describe("open work follows a reorganised unit", () => {
  it("moves the open work of merged wards to the new ward with a 'moved' entry, and leaves done work where it was", async () => {
    const plan = await createTaskList(database.db, {
      symbol: "KH-merge",
      title: "Kế hoạch sáp nhập",
      tasks: [
        { title: "Rà soát hồ sơ", leads: ["gv.p8", "gv.p9"], supports: ["gv.p10"], timeframe },
        { title: "Đã xong trước khi sáp nhập", leads: ["gv.p8"], timeframe },
      ],
    });
    const [p8, p9, p10] = database.orgIds("gv.p8", "gv.p9", "gv.p10");
    const doneId = (await rowsOf(plan.directiveId)).find((r) => r.title === "Đã xong trước khi sáp nhập")!.id;
    await database.db
      .update(assignments)
      .set({ status: "done", completedOn: "2026-11-01" })
      .where(eq(assignments.id, doneId));
    const { successor } = await mergeOrgs(database.system(), {
      sourceIds: [p8, p9, p10],
      successor: { system: "state", kind: "ward", name: "Ủy ban nhân dân Phường An Nhơn", aliases: [] },
      effectiveDate: "2026-12-01",
      decisionRef: "Nghị quyết mẫu/NQ-UBTVQH15",
    });
    const rows = await rowsOf(plan.directiveId);
    expect(rows.filter((r) => r.title === "Rà soát hồ sơ").map((r) => r.leadOrgId)).toEqual([
      successor.id,
      successor.id,
    ]);
    expect(rows.find((r) => r.id === doneId)!.leadOrgId).toBe(p8);
    const detail = await getAssignment(database.system(), rows.find((r) => r.title === "Rà soát hồ sơ")!.id);
    expect(detail.timeline.at(-1)).toMatchObject({ kind: "moved" });
    expect(detail.timeline.at(-1)!.narrative).toContain("hợp nhất vào Ủy ban nhân dân Phường An Nhơn");
    expect(detail.timeline.at(-1)!.data).toMatchObject({
      fromOrgId: expect.any(String),
      toOrgId: successor.id,
      reason: "merge",
    });
    // The supporting ward merged into the lead itself: it no longer supports its own work.
    const sup = await database.db
      .select()
      .from(assignmentSupporters)
      .where(eq(assignmentSupporters.orgId, successor.id));
    expect(sup).toEqual([]);
  });

  it("moves the open work of a dissolved unit to its named successor", async () => {
    const plan = await createTaskList(database.db, {
      symbol: "KH-dissolve",
      title: "Kế hoạch giải thể",
      tasks: [{ title: "Kiểm tra đô thị", leads: ["gv.qldt"], timeframe }],
    });
    const [qldt, tnmt] = database.orgIds("gv.qldt", "gv.tnmt");
    await dissolveOrg(database.system(), qldt, { effectiveDate: "2026-12-01", successorId: tnmt });
    const [row] = await rowsOf(plan.directiveId);
    expect(row).toMatchObject({ leadOrgId: tnmt, needsReassignment: false, version: 2 });
  });

  it("keeps a split unit's open work on it, flagged, until the coordinator gives it to a successor", async () => {
    const plan = await createTaskList(database.db, {
      symbol: "KH-split",
      title: "Kế hoạch chia tách",
      tasks: [{ title: "Thống kê dân số", leads: ["gv.p11"], timeframe }],
    });
    const p11 = database.orgId("gv.p11");
    const { successors } = await splitOrg(database.system(), {
      sourceId: p11,
      successors: [
        { system: "state", kind: "ward", name: "Ủy ban nhân dân Phường 11A", aliases: [] },
        { system: "state", kind: "ward", name: "Ủy ban nhân dân Phường 11B", aliases: [] },
      ],
      effectiveDate: "2026-12-01",
    });
    const [flagged] = await rowsOf(plan.directiveId);
    expect(flagged).toMatchObject({ leadOrgId: p11, needsReassignment: true });
    // The coordinator acts the next morning.
    const ctx = database.as("noivu.govap", new Date("2026-11-24T02:00:00Z"));
    const before = await getAssignment(ctx, flagged!.id);
    expect(before.timeline.at(-1)).toMatchObject({ kind: "reassign_needed" });
    expect(before.timeline.at(-1)!.data).toMatchObject({
      candidates: successors.map((s) => ({ id: s.id, name: s.name })),
    });
    // A ward official cannot reassign; the coordinating office can.
    await expect(
      reassign(database.as("chuyenvien.p1"), flagged!.id, {
        version: flagged!.version,
        leadOrgId: successors[0]!.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await reassign(ctx, flagged!.id, {
      version: flagged!.version,
      leadOrgId: successors[0]!.id,
      note: "Địa bàn thuộc Phường 11A",
    });
    const [after] = await rowsOf(plan.directiveId);
    expect(after).toMatchObject({ leadOrgId: successors[0]!.id, needsReassignment: false });
    const detail = await getAssignment(ctx, flagged!.id);
    expect(detail.timeline.at(-1)).toMatchObject({ kind: "moved", narrative: "Địa bàn thuộc Phường 11A" });
  });

  it("flags the open work of a unit dissolved without successor", async () => {
    const plan = await createTaskList(database.db, {
      symbol: "KH-dissolve-none",
      tasks: [{ title: "Việc của hội đồng", leads: ["gv.hdpbgdpl"], timeframe }],
    });
    await dissolveOrg(database.system(), database.orgId("gv.hdpbgdpl"), { effectiveDate: "2026-12-01" });
    const [row] = await rowsOf(plan.directiveId);
    expect(row!.needsReassignment).toBe(true);
  });
});
