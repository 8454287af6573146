import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar } from "../../../core/calendar/index.ts";
import { checkDates, checkSpecOf, isOneOff, periodAround, readRelative, relativeDue } from "./due.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);

describe("relative time frames", () => {
  it("counts 15 working days from a named date across Tết 2026, not counting the day itself", () => {
    const term = readRelative("Trong 15 ngày làm việc kể từ ngày 10/02/2026", null);
    expect(term).toEqual({ days: 15, working: true, from: "2026-02-10" });
    // 11, 12, 13/02 (3), Tết 14–22/02 off, 23–27/02 (8), 02–06/03 (13), 09/03, 10/03 (15).
    expect(relativeDue(term!, cal)).toBe("2026-03-10");
  });

  it("anchors 'kể từ ngày ký' on the document's own date", () => {
    expect(readRelative("trong vòng 30 ngày kể từ ngày ký", "2023-10-05")).toEqual({
      days: 30,
      working: false,
      from: "2023-10-05",
    });
    expect(relativeDue({ days: 30, working: false, from: "2023-10-05" }, cal)).toBe("2023-11-04");
  });

  it("leaves the due date unset when the anchor is an event the text does not date", () => {
    const term = readRelative("trong 10 ngày làm việc kể từ khi có hướng dẫn của Sở Nội vụ", "2023-10-05");
    expect(term).toEqual({ days: 10, working: true, from: null });
    expect(relativeDue(term!, cal)).toBeNull();
    expect(readRelative("Thường xuyên", null)).toBeNull();
  });

  it("reads a date written in words", () => {
    expect(readRelative("chậm nhất 5 ngày làm việc kể từ ngày 05 tháng 5 năm 2025", null)?.from).toBe(
      "2025-05-05",
    );
  });
});

describe("checkpoints of work without a deadline of its own", () => {
  it("checks ongoing work at the quarter ends when the directive states no reporting", () => {
    const spec = checkSpecOf("ongoing", [])!;
    expect(checkDates(spec, 2026, 2026)).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
    expect(periodAround("2026-11-23", checkDates(spec, 2026, 2027))).toEqual({
      start: "2026-10-01",
      end: "2026-12-31",
    });
    expect(periodAround("2027-01-01", checkDates(spec, 2026, 2027))).toEqual({
      start: "2027-01-01",
      end: "2027-03-31",
    });
  });

  it("uses the directive's yearly reporting dates ('trước ngày 05 tháng 5', 'trước ngày 05 tháng 11')", () => {
    const spec = checkSpecOf("none", [{ due: ["--05-05", "--11-05"], frequency: ["6-monthly", "yearly"] }])!;
    expect(spec).toEqual({ fixed: [], yearly: ["--05-05", "--11-05"] });
    expect(periodAround("2026-11-23", checkDates(spec, 2025, 2027))).toEqual({
      start: "2026-11-06",
      end: "2027-05-05",
    });
  });

  it("takes the period ends of a stated frequency, and a single reporting date as a one-off check", () => {
    expect(checkSpecOf("ongoing", [{ due: [], frequency: "yearly" }])).toEqual({
      fixed: [],
      yearly: ["--12-31"],
    });
    const once = checkSpecOf("none", [{ due: ["2023-07-30"], frequency: "once" }])!;
    expect(isOneOff(once)).toBe(true);
    expect(checkDates(once, 2023, 2027)).toEqual(["2023-07-30"]);
  });

  it("does not check undated work of a directive that states no reporting, nor dated work", () => {
    expect(checkSpecOf("none", [])).toBeNull();
    expect(checkSpecOf("date", [{ due: ["--12-31"], frequency: null }])).toBeNull();
  });
});
