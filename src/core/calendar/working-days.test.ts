import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HolidaySchedule } from "./holidays/schedule.ts";
import type { IsoDate } from "./iso-date.ts";
import { fromDayNumber, parseIsoDate, toDayNumber, weekday } from "./iso-date.ts";
import { BUILT_IN_SCHEDULES } from "./schedules/index.ts";
import { createCalendar } from "./working-days.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = parseIsoDate;

describe("working days with the 2026 schedule (Công văn 9859/VPCP-KGVX, Thông báo 9441/TB-BNV)", () => {
  it("puts 10 working days after Thursday 12/02/2026 on Thursday 05/03/2026, across the 9-day Tết", () => {
    expect(cal.addWorkingDays(d("2026-02-12"), 10)).toBe("2026-03-05");
    expect(cal.addWorkingDays(d("2026-02-12"), 1)).toBe("2026-02-13");
    expect(cal.addWorkingDays(d("2026-02-12"), 2)).toBe("2026-02-23");
  });

  it("makes Saturday 22/08/2026 a working day and Monday 31/08/2026 a day off", () => {
    expect(cal.isWorkingDay(d("2026-08-22"))).toBe(true);
    expect(cal.isWorkingDay(d("2026-08-31"))).toBe(false);
    expect(cal.addWorkingDays(d("2026-08-21"), 1)).toBe("2026-08-22");
    expect(cal.addWorkingDays(d("2026-08-28"), 1)).toBe("2026-09-03");
  });

  it("gives Monday 27/04/2026 off in compensation for Giỗ Tổ on Sunday 26/04", () => {
    expect(cal.isWorkingDay(d("2026-04-27"))).toBe(false);
    expect(cal.nextWorkingDay(d("2026-04-24"))).toBe("2026-04-28");
  });

  it("counts one working day from Friday 13/02 to Monday 23/02/2026, across Tết, and minus one backwards", () => {
    expect(cal.workingDaysBetween(d("2026-02-13"), d("2026-02-23"))).toBe(1);
    expect(cal.workingDaysBetween(d("2026-02-23"), d("2026-02-13"))).toBe(-1);
  });
});

describe("working days around Tết and 2/9 in 2023–2025", () => {
  it("2025 (Công văn 8726/VPCP-KGVX): 3 working days after 24/01/2025 is 05/02/2025; Saturday 26/04 is worked, Friday 02/05 is off", () => {
    expect(cal.addWorkingDays(d("2025-01-24"), 3)).toBe("2025-02-05");
    expect(cal.isWorkingDay(d("2025-04-26"))).toBe(true);
    expect(cal.isWorkingDay(d("2025-05-02"))).toBe(false);
    expect(cal.addWorkingDays(d("2025-08-29"), 1)).toBe("2025-09-03");
  });

  it("2024 (Thông báo 5015/TB-LĐTBXH, Công văn 2450/VPCP-KGVX): Tết 08–14/02, Saturday 04/05 worked, 02–03/09 off", () => {
    expect(cal.addWorkingDays(d("2024-02-07"), 1)).toBe("2024-02-15");
    expect(cal.isWorkingDay(d("2024-05-04"))).toBe(true);
    expect(cal.isWorkingDay(d("2024-04-29"))).toBe(false);
    expect(cal.addWorkingDays(d("2024-08-30"), 1)).toBe("2024-09-04");
  });

  it("2023 (Công văn 8056/VPCP-KGVX): working days resume on 27/01 after Tết and on 04/05 after the 29/04–03/05 holidays", () => {
    expect(cal.addWorkingDays(d("2023-01-19"), 1)).toBe("2023-01-27");
    expect(cal.addWorkingDays(d("2023-04-28"), 1)).toBe("2023-05-04");
    expect(cal.addWorkingDays(d("2023-08-31"), 1)).toBe("2023-09-05");
  });

  it("counts backwards: 5 working days before 27/01/2023 is 13/01/2023", () => {
    expect(cal.addWorkingDays(d("2023-01-27"), -5)).toBe("2023-01-13");
  });

  it("moves a 0-day deadline on a day off to the next working day", () => {
    expect(cal.addWorkingDays(d("2026-02-17"), 0)).toBe("2026-02-23");
    expect(cal.addWorkingDays(d("2026-02-13"), 0)).toBe("2026-02-13");
  });
});

describe("schedules passed to createCalendar", () => {
  it("let a later schedule for the same year override an earlier one (entered over built-in)", () => {
    const entered: HolidaySchedule = {
      year: 2026,
      daysOff: [{ date: d("2026-03-02"), name: "Nghỉ đặc biệt", kind: "holiday" }],
      makeUpWorkingDays: [],
      sources: [{ symbol: "1/QĐ-TEST" }],
      origin: "entered",
    };
    const overridden = createCalendar([...BUILT_IN_SCHEDULES, entered]);
    expect(overridden.isWorkingDay(d("2026-03-02"))).toBe(false);
    expect(overridden.isWorkingDay(d("2026-02-16"))).toBe(true);
    expect(overridden.holidays(2026).origin).toBe("entered");
  });

  it("fall back to the default schedule for a year without one", () => {
    expect(cal.holidays(2030).origin).toBe("default");
    expect(cal.holidays(2026).origin).toBe("built-in");
    expect(cal.isWorkingDay(d("2030-01-01"))).toBe(false);
  });

  it("refuse dates outside 1900–2100 with a Vietnamese message", () => {
    expect(() => cal.isWorkingDay(d("2101-01-03"))).toThrow(/ngoài phạm vi/);
    expect(() => cal.addWorkingDays(d("2026-01-05"), 1.5)).toThrow(/không hợp lệ/);
  });
});

describe("working-day arithmetic (properties)", () => {
  const min = toDayNumber(d("1990-01-01"));
  const max = toDayNumber(d("2090-12-31"));
  const dates = fc.integer({ min, max }).map((n) => fromDayNumber(n));
  const isOffOrWeekend = (date: IsoDate): boolean => {
    const year = Number(date.slice(0, 4));
    const s = cal.holidays(year);
    if (s.makeUpWorkingDays.some((m) => m.date === date)) return false;
    return weekday(date) === 0 || weekday(date) === 6 || s.daysOff.some((o) => o.date === date);
  };

  it("lands on a working day, never a holiday or a weekend unless it is a make-up working Saturday", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -300, max: 300 }), (date, n) => {
        const r = cal.addWorkingDays(date, n);
        expect(cal.isWorkingDay(r)).toBe(true);
        expect(isOffOrWeekend(r)).toBe(false);
      }),
    );
  });

  it("counting back from addWorkingDays(d, n) gives n", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -300, max: 300 }), (date, n) => {
        fc.pre(n !== 0 || cal.isWorkingDay(date));
        expect(cal.workingDaysBetween(date, cal.addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it("is monotonic in n and in the start date", () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (date, n, k) => {
          expect(cal.addWorkingDays(date, n + k) > cal.addWorkingDays(date, n)).toBe(true);
          const later = fromDayNumber(toDayNumber(date) + k);
          expect(cal.addWorkingDays(later, n) >= cal.addWorkingDays(date, n)).toBe(true);
        },
      ),
    );
  });

  it("adds in steps: n + m working days equals m working days after n working days", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 }), (date, n, m) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(date, n), m)).toBe(cal.addWorkingDays(date, n + m));
      }),
    );
  });

  it("nextWorkingDay is addWorkingDays(d, 1), and is never d itself", () => {
    fc.assert(
      fc.property(dates, (date) => {
        expect(cal.nextWorkingDay(date)).toBe(cal.addWorkingDays(date, 1));
        expect(cal.nextWorkingDay(date) > date).toBe(true);
      }),
    );
  });
});
