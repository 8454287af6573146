// The statistics' pure rules: periods by due date, age buckets in working days, the share done on
// time, the ranking, and the days a deadline moves from (Bộ luật Dân sự 2015, Điều 148: a deadline
// on a day off ends on the next working day — rules/status.ts, effectiveDue).
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar } from "../../../core/calendar/index.ts";
import { emptyCounts } from "../../tasks/rules/status.ts";
import { ageBounds, ageBucketOf, bandRange, movedDeadlines, onTimeRate, rankUnits } from "./figures.ts";
import { periodChoices, quarterKey, statPeriod } from "./periods.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);

describe("statistics rules", () => {
  it("reads years, halves and quarters by due date", () => {
    expect(statPeriod("2026")).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
    expect(statPeriod("2026-H1")).toMatchObject({ start: "2026-01-01", end: "2026-06-30" });
    expect(statPeriod("2026-H2")).toMatchObject({ start: "2026-07-01", end: "2026-12-31" });
    expect(statPeriod("2026-Q3")).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(statPeriod("2026-Q5")).toBeNull();
    expect(quarterKey(20264)).toBe("2026-Q4");
    expect(periodChoices("2026-11-23").slice(0, 3)).toEqual(["2027", "2027-H1", "2027-H2"]);
  });

  it("puts overdue work in buckets of working days", () => {
    expect([0, 5, 6, 10, 11, 30, 31, 400].map(ageBucketOf)).toEqual([
      "d1_5",
      "d1_5",
      "d6_10",
      "d6_10",
      "d11_30",
      "d11_30",
      "d31",
      "d31",
    ]);
    // Monday 23/11/2026: overdue when due by Friday 20/11; 6 working days or more when due by 13/11.
    const bounds = ageBounds("2026-11-23", cal);
    expect(bounds[0]).toBe("2026-11-20");
    expect(bounds[1]).toBe("2026-11-13");
    expect(bandRange(bounds, 1)).toEqual({ dueFrom: "2026-11-14", dueTo: "2026-11-20" });
    expect(bandRange(bounds, 4).dueFrom).toBeNull();
  });

  it("moves a deadline on a Saturday or a Sunday to the next working day, once per calendar", () => {
    const m = movedDeadlines("2026-11-01", "2026-11-30", cal);
    const at = (d: string) => m.to[m.days.indexOf(d)];
    expect(at("2026-11-28")).toBe("2026-11-30");
    expect(at("2026-11-29")).toBe("2026-11-30");
    expect(m.days).not.toContain("2026-11-27");
    expect(movedDeadlines("2026-11-01", "2026-11-30", cal)).toBe(m);
  });

  it("counts the share done on time among the work that fell due, and ranks by it", () => {
    const c = (on: number, late: number, overdue: number, name: string) => {
      const counts = { ...emptyCounts(), done_on_time: on, done_late: late, overdue, in_progress_on_time: 9 };
      return { name, counts, onTimeRate: onTimeRate(counts) };
    };
    expect(onTimeRate(c(3, 1, 0, "").counts)).toBe(75);
    expect(onTimeRate(emptyCounts())).toBeNull();
    const ranked = rankUnits([c(1, 0, 1, "B"), c(0, 0, 0, "A"), c(3, 1, 0, "C"), c(1, 1, 0, "D")], (a, b) =>
      a.localeCompare(b),
    );
    // B and D both 50 %: D has nothing overdue.
    expect(ranked.map((u) => u.name)).toEqual(["C", "D", "B", "A"]);
  });
});
