import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./iso-date.ts";
import type { Period } from "./periods.ts";
import { endOfPeriod, startOfPeriod } from "./periods.ts";

describe("endOfPeriod", () => {
  it("ends Quý IV năm 2024 on 2024-12-31, 6 tháng đầu năm 2024 on 2024-06-30, năm 2025 on 2025-12-31", () => {
    expect(endOfPeriod({ kind: "quarter", year: 2024, quarter: 4 })).toBe("2024-12-31");
    expect(endOfPeriod({ kind: "half", year: 2024, half: 1 })).toBe("2024-06-30");
    expect(endOfPeriod({ kind: "year", year: 2025 })).toBe("2025-12-31");
  });

  it("handles quarters, 9 tháng đầu năm and February of leap years", () => {
    expect(endOfPeriod({ kind: "quarter", year: 2025, quarter: 1 })).toBe("2025-03-31");
    expect(endOfPeriod({ kind: "firstMonths", year: 2025, months: 9 })).toBe("2025-09-30");
    expect(endOfPeriod({ kind: "month", year: 2024, month: 2 })).toBe("2024-02-29");
    expect(startOfPeriod({ kind: "half", year: 2024, half: 2 })).toBe("2024-07-01");
  });

  it("rejects impossible periods in Vietnamese", () => {
    expect(() => endOfPeriod({ kind: "quarter", year: 2024, quarter: 5 as 4 })).toThrow(
      /Kỳ không hợp lệ: quý 5/,
    );
    expect(() => endOfPeriod({ kind: "firstMonths", year: 2024, months: 13 })).toThrow(/13 tháng/);
  });

  it("makes consecutive quarters meet: the day after a quarter's end starts the next quarter (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(1, 2, 3, 4), (year, q) => {
        const p: Period = { kind: "quarter", year, quarter: q as 1 | 2 | 3 | 4 };
        const next: Period =
          q === 4
            ? { kind: "quarter", year: year + 1, quarter: 1 }
            : { kind: "quarter", year, quarter: (q + 1) as 2 | 3 | 4 };
        expect(addDays(endOfPeriod(p), 1)).toBe(startOfPeriod(next));
      }),
    );
  });
});
