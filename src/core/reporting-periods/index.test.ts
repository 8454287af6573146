import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, BUILT_IN_SCHEDULES, createCalendar, type IsoDate } from "../calendar/index.ts";
import { dueOf, lastEndedPeriod, periodsOfYear, planPeriodsOfYear, type ReportFrequency } from "./index.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const cut = fc.constantFrom("monthly", "quarterly", "six_monthly", "yearly") as fc.Arbitrary<ReportFrequency>;
const years = fc.integer({ min: 2001, max: 2099 });

describe("Nghị định 09/2019/NĐ-CP data cut-off", () => {
  it("states the decree's spans", () => {
    expect(periodsOfYear("monthly", "decree_09", 2026)[0]).toMatchObject({
      start: "2025-12-15",
      end: "2026-01-14",
    });
    expect(periodsOfYear("quarterly", "decree_09", 2026)[1]).toMatchObject({
      start: "2026-03-15",
      end: "2026-06-14",
    });
    expect(periodsOfYear("six_monthly", "decree_09", 2026)[0]).toMatchObject({
      start: "2025-12-15",
      end: "2026-06-14",
      label: "6 tháng đầu năm 2026",
    });
    expect(periodsOfYear("nine_monthly", "decree_09", 2026)[0]).toMatchObject({
      start: "2025-12-15",
      end: "2026-09-14",
    });
    expect(periodsOfYear("yearly", "decree_09", 2026)[0]).toMatchObject({
      start: "2025-12-15",
      end: "2026-12-14",
    });
  });

  it("cuts every year into periods that follow each other with no gap and no overlap, year after year", () => {
    fc.assert(
      fc.property(
        cut,
        fc.constantFrom("decree_09", "calendar") as fc.Arbitrary<"decree_09" | "calendar">,
        years,
        (f, c, y) => {
          const ps = [...periodsOfYear(f, c, y), ...periodsOfYear(f, c, y + 1)];
          for (let i = 1; i < ps.length; i++) expect(ps[i]!.start).toBe(addDays(ps[i - 1]!.end, 1));
          for (const p of ps) expect(p.start < p.end).toBe(true);
          expect(new Set(ps.map((p) => p.key)).size).toBe(ps.length);
        },
      ),
    );
  });

  it("a report is never due before its period ends, and is due on a working day", () => {
    fc.assert(
      fc.property(cut, years, fc.integer({ min: 0, max: 20 }), (f, y, n) => {
        for (const p of periodsOfYear(f, "decree_09", y)) {
          const due = dueOf(p, { daysAfter: n }, cal);
          expect(due >= p.end).toBe(true);
          expect(cal.isWorkingDay(due)).toBe(true);
        }
      }),
    );
  });
});

describe("the plan's own dates", () => {
  it("each date ends a period and is its due date", () => {
    const ps = planPeriodsOfYear(["--05-05", "--11-05"], 2026);
    expect(ps.map((p) => [p.start, p.end])).toEqual([
      ["2025-11-06", "2026-05-05"],
      ["2026-05-06", "2026-11-05"],
    ]);
    expect(dueOf(ps[0]!, { dates: ["--05-05", "--11-05"], daysAfter: 5 })).toBe("2026-05-05");
  });

  it("periods of consecutive years join up for any set of yearly dates", () => {
    const mmdd = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([m, d]) => `--${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.uniqueArray(mmdd, { minLength: 1, maxLength: 4 }), years, (dates, y) => {
        const ps = [...planPeriodsOfYear(dates, y), ...planPeriodsOfYear(dates, y + 1)];
        expect(ps).toHaveLength(dates.length * 2);
        for (let i = 1; i < ps.length; i++) expect(ps[i]!.start).toBe(addDays(ps[i - 1]!.end, 1));
      }),
    );
  });

  it("the last ended period is the latest one before today", () => {
    const s = { frequency: "six_monthly" as const, cutoff: "decree_09" as const, dates: [] };
    expect(lastEndedPeriod(s, "2026-12-07" as IsoDate)?.key).toBe("2026-H1");
    expect(lastEndedPeriod(s, "2026-12-15" as IsoDate)?.key).toBe("2026-H2");
  });
});
