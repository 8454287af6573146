import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createTaskList } from "../../../../test/support/tasks-fixtures.ts";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { verifyChain } from "../../audit/use-cases/verify.ts";
import { assignments, assignmentUpdates } from "../../tasks/schema.ts";
import { loadCalendar } from "../queries.ts";
import { deleteSchedule, getSchedule, listSchedules, saveSchedule } from "./schedules.ts";

const database = setupTreeAndPeople();
const ctx = () => database.system();
const BUILT_IN_2026_OFF = 17;

const entry2026 = {
  daysOff: [
    { date: "2026-01-01", name: "Tết Dương lịch", kind: "holiday" as const },
    { date: "2026-02-16", name: "Tết Âm lịch", kind: "holiday" as const },
    { date: "2026-02-17", name: "Tết Âm lịch", kind: "holiday" as const },
  ],
  makeUpWorkingDays: [{ date: "2026-02-07", name: "Làm bù", replaces: "2026-02-16" }],
  sources: [{ symbol: "Thông báo mẫu/TB-BNV" }],
};

describe("holiday schedules entered by an administrator", () => {
  it("lists built-in years and this year, with where each comes from", async () => {
    const list = await listSchedules(database.db, new Date("2026-11-23T03:00:00Z"));
    expect(list.map((s) => s.year)).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(list.find((s) => s.year === 2027)!.origin).toBe("default");
    expect(list.find((s) => s.year === 2026)!.daysOff.length).toBeGreaterThanOrEqual(BUILT_IN_2026_OFF - 8);
  });

  it("refuses a schedule the validator rejects, listing every problem in Vietnamese", async () => {
    const error = await saveSchedule(ctx(), 2026, {
      ...entry2026,
      daysOff: [...entry2026.daysOff, { date: "2025-12-31", name: "", kind: "holiday" }],
      sources: [],
    }).catch((e) => e);
    expect(error.code).toBe("VALIDATION");
    expect(error.details.problems).toEqual([
      "Ngày nghỉ 31/12/2025 không thuộc năm 2026.",
      "Ngày nghỉ 31/12/2025 chưa có tên.",
      "Chưa ghi căn cứ (số, ký hiệu văn bản).",
    ]);
  });

  it("overrides the built-in year, recounts working-day deadlines, and is audited", async () => {
    const plan = await createTaskList(database.db, {
      symbol: "KH-tuong-doi",
      issuedOn: "2026-02-05",
      tasks: [
        {
          title: "Báo cáo trong 10 ngày làm việc",
          leads: ["gv.p1"],
          timeframe: { kind: "relative", text: "trong 10 ngày làm việc kể từ ngày ký", due: null },
        },
      ],
    });
    const [before] = await database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, plan.assignmentIds[0]!));
    // Built-in 2026: Tết off 14–22/02; from Thu 05/02: 06, 09, 10, 11, 12, 13, 23, 24, 25, 26/02.
    expect(before).toMatchObject({ dueKind: "relative", dueDate: "2026-02-26" });
    const saved = await saveSchedule(database.as("admin", new Date("2026-01-10T03:00:00Z")), 2026, entry2026);
    expect(saved).toMatchObject({ origin: "entered", version: 1, hasBuiltIn: true });
    const cal = await loadCalendar(database.db);
    expect(cal.isWorkingDay("2026-02-19" as IsoDate)).toBe(true);
    expect(cal.isWorkingDay("2026-02-07" as IsoDate)).toBe(true);
    const [after] = await database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, plan.assignmentIds[0]!));
    // Entered 2026: only 16–17/02 off, Sat 07/02 worked: 06, 07, 09, 10, 11, 12, 13, 18, 19, 20/02.
    expect(after!.dueDate).toBe("2026-02-20");
    const entries = await database.db
      .select()
      .from(assignmentUpdates)
      .where(eq(assignmentUpdates.assignmentId, plan.assignmentIds[0]!));
    expect(entries.map((e) => e.narrative)).toContain(
      "Hạn được tính lại theo lịch nghỉ lễ mới: 26/02/2026 → 20/02/2026.",
    );
    expect((await verifyChain(database.db)).ok).toBe(true);
  });

  it("refuses a stale edit and anyone but an administrator", async () => {
    const now = new Date("2026-01-11T03:00:00Z");
    await expect(
      saveSchedule(database.as("admin", now), 2026, { ...entry2026, version: 9 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      saveSchedule(database.as("lanhdao.govap", now), 2026, { ...entry2026, version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("removing the entered year brings the built-in schedule back", async () => {
    const back = await deleteSchedule(ctx(), 2026, 1);
    expect(back.origin).toBe("built-in");
    expect((await getSchedule(database.db, 2026)).origin).toBe("built-in");
    expect((await loadCalendar(database.db)).isWorkingDay("2026-02-19" as IsoDate)).toBe(false);
  });
});
