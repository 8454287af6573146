import { describe, expect, it } from "vitest";
import { checkDates } from "./due.ts";
import { overdueLineVi, periodEnding, periodLabelVi } from "./periods.ts";

const label = (end: string, dates: string[]) => periodLabelVi(periodEnding(end, dates));

describe("reporting periods named as officials name them", () => {
  const quarters = checkDates(
    { fixed: [], yearly: ["--03-31", "--06-30", "--09-30", "--12-31"] },
    2025,
    2027,
  );

  it("names quarters in Roman numerals, with their first day", () => {
    expect(periodEnding("2026-09-30", quarters)).toEqual({
      kind: "quarter",
      year: 2026,
      n: 3,
      start: "2026-07-01",
      end: "2026-09-30",
    });
    expect(label("2026-12-31", quarters)).toBe("quý IV/2026");
    // The first checkpoint of the list is judged by the gap to the next.
    expect(periodEnding("2025-03-31", quarters)).toMatchObject({
      kind: "quarter",
      n: 1,
      start: "2025-01-01",
    });
  });

  it("names halves, years and months", () => {
    const halves = checkDates({ fixed: [], yearly: ["--06-30", "--12-31"] }, 2025, 2027);
    expect(label("2026-06-30", halves)).toBe("6 tháng đầu năm 2026");
    expect(label("2026-12-31", halves)).toBe("6 tháng cuối năm 2026");
    const years = checkDates({ fixed: [], yearly: ["--12-31"] }, 2025, 2027);
    expect(label("2026-12-31", years)).toBe("năm 2026");
    const months = checkDates({ fixed: [], yearly: ["--01-31", "--02-28", "--03-31"] }, 2026, 2026);
    expect(label("2026-02-28", months)).toBe("tháng 2/2026");
  });

  it("calls any other spacing a span ending on its date", () => {
    const odd = ["2026-06-15", "2026-11-20"];
    expect(periodEnding("2026-11-20", odd)).toMatchObject({ kind: "span", start: "2026-06-16" });
    expect(label("2026-11-20", odd)).toBe("kỳ đến 20/11/2026");
  });

  it("says which report is late, and only the delay for a dated deadline", () => {
    expect(overdueLineVi(5, periodEnding("2026-09-30", quarters))).toBe(
      "báo cáo kỳ quý III/2026 quá hạn 5 ngày làm việc",
    );
    expect(overdueLineVi(3, periodEnding("2026-11-20", ["2026-06-15", "2026-11-20"]))).toBe(
      "báo cáo kỳ đến 20/11/2026 quá hạn 3 ngày làm việc",
    );
    expect(overdueLineVi(2, null)).toBe("quá hạn 2 ngày làm việc");
  });
});
