import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/support/db.ts";
import {
  actorNamed,
  createPlan,
  orgIdOf,
  seedTreeAndPeople,
} from "../../../../test/support/tasks-fixtures.ts";
import type { Database } from "../../../db/client.ts";
import { dissolveOrg, mergeOrgs, splitOrg } from "../../orgs/use-cases/reorganise.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { assignmentSupporters, assignments } from "../schema.ts";
import { reassign } from "./coordinate.ts";
import { getAssignment } from "./read.ts";

let database: Database;
const NOW = new Date("2026-11-23T03:00:00Z");
const system = (): UseCaseContext => ({ db: database.db, actor: null, system: "test", now: NOW });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedTreeAndPeople(database.db);
});
afterAll(async () => {
  await database.close();
});

const timeframe = { kind: "deadline" as const, text: "trước ngày 31/12/2026", due: "2026-12-31" };
const rowsOf = (directiveId: string) =>
  database.db.select().from(assignments).where(eq(assignments.directiveId, directiveId));

describe("open work follows a reorganised unit", () => {
  it("moves the open work of merged wards to the new ward with a 'moved' entry, and leaves done work where it was", async () => {
    const plan = await createPlan(database.db, {
      symbol: "KH-merge",
      title: "Kế hoạch sáp nhập",
      owner: "gv.pnv",
      issuedOn: "2026-10-01",
      groups: [
        {
          label: "1",
          title: "Nhiệm vụ",
          tasks: [
            { title: "Rà soát hồ sơ", leads: ["gv.p8", "gv.p9"], supports: ["gv.p10"], timeframe },
            { title: "Đã xong trước khi sáp nhập", leads: ["gv.p8"], timeframe },
          ],
        },
      ],
    });
    const [p8, p9, p10] = [
      await orgIdOf(database.db, "gv.p8"),
      await orgIdOf(database.db, "gv.p9"),
      await orgIdOf(database.db, "gv.p10"),
    ];
    const doneId = (await rowsOf(plan.directiveId)).find((r) => r.title === "Đã xong trước khi sáp nhập")!.id;
    await database.db
      .update(assignments)
      .set({ status: "done", completedOn: "2026-11-01" })
      .where(eq(assignments.id, doneId));
    const { successor } = await mergeOrgs(system(), {
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
    const detail = await getAssignment(system(), rows.find((r) => r.title === "Rà soát hồ sơ")!.id);
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
    const plan = await createPlan(database.db, {
      symbol: "KH-dissolve",
      title: "Kế hoạch giải thể",
      owner: "gv.pnv",
      issuedOn: "2026-10-01",
      groups: [
        {
          label: "1",
          title: "Nhiệm vụ",
          tasks: [{ title: "Kiểm tra đô thị", leads: ["gv.qldt"], timeframe }],
        },
      ],
    });
    const [qldt, tnmt] = [await orgIdOf(database.db, "gv.qldt"), await orgIdOf(database.db, "gv.tnmt")];
    await dissolveOrg(system(), qldt, { effectiveDate: "2026-12-01", successorId: tnmt });
    const [row] = await rowsOf(plan.directiveId);
    expect(row).toMatchObject({ leadOrgId: tnmt, needsReassignment: false, version: 2 });
  });

  it("keeps a split unit's open work on it, flagged, until the coordinator gives it to a successor", async () => {
    const plan = await createPlan(database.db, {
      symbol: "KH-split",
      title: "Kế hoạch chia tách",
      owner: "gv.pnv",
      issuedOn: "2026-10-01",
      groups: [
        {
          label: "1",
          title: "Nhiệm vụ",
          tasks: [{ title: "Thống kê dân số", leads: ["gv.p11"], timeframe }],
        },
      ],
    });
    const p11 = await orgIdOf(database.db, "gv.p11");
    const { successors } = await splitOrg(system(), {
      sourceId: p11,
      successors: [
        { system: "state", kind: "ward", name: "Ủy ban nhân dân Phường 11A", aliases: [] },
        { system: "state", kind: "ward", name: "Ủy ban nhân dân Phường 11B", aliases: [] },
      ],
      effectiveDate: "2026-12-01",
    });
    const [flagged] = await rowsOf(plan.directiveId);
    expect(flagged).toMatchObject({ leadOrgId: p11, needsReassignment: true });
    const coordinator = await actorNamed(database.db, "noivu.govap");
    // The coordinator acts the next morning.
    const ctx = { db: database.db, actor: coordinator, now: new Date("2026-11-24T02:00:00Z") };
    const before = await getAssignment(ctx, flagged!.id);
    expect(before.timeline.at(-1)).toMatchObject({ kind: "reassign_needed" });
    expect(before.timeline.at(-1)!.data).toMatchObject({
      candidates: successors.map((s) => ({ id: s.id, name: s.name })),
    });
    // A ward official cannot reassign; the coordinating office can.
    const specialist = await actorNamed(database.db, "chuyenvien.p1");
    await expect(
      reassign({ db: database.db, actor: specialist, now: NOW }, flagged!.id, {
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
    const plan = await createPlan(database.db, {
      symbol: "KH-dissolve-none",
      title: "Kế hoạch",
      owner: "gv.pnv",
      issuedOn: "2026-10-01",
      groups: [
        {
          label: "1",
          title: "Nhiệm vụ",
          tasks: [{ title: "Việc của hội đồng", leads: ["gv.hdpbgdpl"], timeframe }],
        },
      ],
    });
    await dissolveOrg(system(), await orgIdOf(database.db, "gv.hdpbgdpl"), { effectiveDate: "2026-12-01" });
    const [row] = await rowsOf(plan.directiveId);
    expect(row!.needsReassignment).toBe(true);
  });
});
