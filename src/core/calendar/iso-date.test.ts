import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  formatDateVi,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  weekday,
  weekdayNameVi,
} from "./iso-date.ts";

describe("IsoDate", () => {
  it("accepts real dates and rejects impossible or badly written ones", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(() => parseIsoDate("01/02/2025")).toThrow(/YYYY-MM-DD/);
  });

  it("counts day numbers from 1970-01-01 and back", () => {
    expect(toDayNumber(parseIsoDate("1970-01-01"))).toBe(0);
    expect(toDayNumber(parseIsoDate("1969-12-31"))).toBe(-1);
    expect(fromDayNumber(19_723)).toBe("2024-01-01");
  });

  it("names weekdays in Vietnamese and writes dates as dd/mm/yyyy", () => {
    const d = parseIsoDate("2026-02-17");
    expect(weekday(d)).toBe(2);
    expect(weekdayNameVi(d)).toBe("Thứ Ba");
    expect(weekdayNameVi(parseIsoDate("2026-02-22"))).toBe("Chủ nhật");
    expect(formatDateVi(d)).toBe("17/02/2026");
  });

  it("round-trips every day between 1900 and 2100 through day numbers", () => {
    const min = toDayNumber(parseIsoDate("1900-01-01"));
    const max = toDayNumber(parseIsoDate("2100-12-31"));
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.integer({ min: -400, max: 400 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(isIsoDate(d)).toBe(true);
        expect(toDayNumber(d)).toBe(n);
        expect(toDayNumber(addDays(d, k))).toBe(n + k);
      }),
    );
  });
});
