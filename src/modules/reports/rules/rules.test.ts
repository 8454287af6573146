// The reports' pure rules on plain values: timeliness in working days, the checks between figures
// and the outlier flag, consolidation (sum, average, count of "yes", who did not report).
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, type IsoDate } from "../../../core/calendar/index.ts";
import type { IndicatorDef } from "../contract.ts";
import { consolidate } from "./consolidate.ts";
import { reminderStage } from "./reminders.ts";
import { timelinessOf, totalsOf } from "./timeliness.ts";
import { outliersOf, problemsOf } from "./validation.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = (s: string) => s as IsoDate;

describe("timeliness", () => {
  it("on time, late and missing in working days; pending before the due date", () => {
    expect(timelinessOf(d("2026-06-19"), d("2026-06-19"), d("2026-12-07"), cal)).toEqual({
      kind: "on_time",
      days: 0,
    });
    // Friday 19/6 → Tuesday 23/6: two working days late.
    expect(timelinessOf(d("2026-06-19"), d("2026-06-23"), d("2026-12-07"), cal)).toEqual({
      kind: "late",
      days: 2,
    });
    expect(timelinessOf(d("2026-06-19"), null, d("2026-06-22"), cal)).toEqual({ kind: "missing", days: 1 });
    expect(timelinessOf(d("2026-06-19"), null, d("2026-06-16"), cal)).toEqual({ kind: "pending", days: 3 });
    expect(reminderStage({ kind: "pending", days: 3 })).toBe("before_due");
    expect(reminderStage({ kind: "missing", days: 5 })).toBe("escalated");
    expect(
      totalsOf([
        { kind: "on_time", days: 0 },
        { kind: "missing", days: 2 },
      ]),
    ).toMatchObject({ onTimeRate: 50, missing: 1 });
  });
});

const defs: IndicatorDef[] = [
  { key: "solved", label: "Đã giải quyết", kind: "integer", aggregate: "sum" },
  { key: "on_time", label: "Đã giải quyết đúng hạn", kind: "integer", aggregate: "sum" },
  { key: "rate", label: "Tỷ lệ hài lòng", kind: "percent", aggregate: "average" },
  { key: "plan", label: "Có kế hoạch", kind: "yes_no", aggregate: "count_yes" },
];

describe("checks between figures", () => {
  it("refuses ≤ relations and kinds in Vietnamese; flags values far outside history", () => {
    const rules = [{ left: "on_time", op: "lte" as const, right: "solved" }];
    expect(
      problemsOf(defs, rules, { solved: 3, on_time: 5, rate: 120, plan: true }, { complete: true }),
    ).toEqual([
      '"Tỷ lệ hài lòng" là tỷ lệ, từ 0 đến 100%.',
      '"Đã giải quyết đúng hạn" (5) phải không lớn hơn "Đã giải quyết" (3).',
    ]);
    expect(problemsOf(defs, rules, { solved: 1.5 }, { complete: true })).toContain(
      '"Đã giải quyết" phải là số nguyên.',
    );
    expect(outliersOf(defs, { solved: 400 }, [{ solved: 20 }, { solved: 30 }])[0]?.message).toContain(
      "khác xa các kỳ trước",
    );
    expect(outliersOf(defs, { solved: 40 }, [{ solved: 20 }, { solved: 30 }])).toEqual([]);
  });
});

describe("consolidation", () => {
  it("sums, averages and counts over the units that reported, and names those that did not", () => {
    const c = consolidate(
      defs,
      [
        {
          orgId: "a",
          orgName: "Phường A",
          state: "submitted",
          values: { solved: 4, rate: 90, plan: true },
          narratives: { results: "Làm tốt." },
        },
        {
          orgId: "b",
          orgName: "Phường B",
          state: "accepted",
          values: { solved: 6, rate: 80, plan: false },
          narratives: {},
        },
        {
          orgId: "c",
          orgName: "Phường C",
          state: "draft",
          values: { solved: 100 },
          narratives: { results: "Chưa gửi." },
        },
      ],
      [{ id: "t", orgId: "a", status: "done", dueDate: "2026-06-01", completedOn: "2026-05-30" }],
      "2026-06-14",
    );
    expect(c.values).toEqual({ solved: 10, on_time: 0, rate: 85, plan: 1 });
    expect(c.narratives.results).toBe("- Phường A: Làm tốt.");
    expect(c.notReported).toEqual(["Phường C"]);
    expect(c.statusTable[0]).toMatchObject({ orgName: "Phường A", total: 1, done: 1, onTime: 1, overdue: 0 });
  });
});
