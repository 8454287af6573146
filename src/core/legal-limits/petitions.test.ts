// Handling a đơn (Thông tư 05/2021/TT-TTCP) and the answer after a reception visit (Luật Tiếp công
// dân 42/2013/QH13, Điều 28).
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, parseIsoDate } from "../calendar/index.ts";
import { CASE_KINDS, dueDate, limitFor } from "./index.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = parseIsoDate;

describe("petitions and reception replies", () => {
  it("Thông tư 05/2021/TT-TTCP: a đơn is handled within 10 days of receipt (calendar days, the stricter reading)", () => {
    for (const kind of ["feedback", "proposal", "complaint-first", "complaint-second"] as const) {
      const limit = limitFor(kind, "classify", { appliesOn: d("2026-02-10") });
      expect(limit).toMatchObject({ rule: "TT05-classify", days: 10, dayKind: "calendar" });
      expect(limit?.doubt).toBeTruthy();
    }
    // 10/02 + 10 = 20/02, in Tết: Monday 23/02.
    expect(
      dueDate(limitFor("feedback", "classify", { appliesOn: d("2026-02-10") })!, d("2026-02-10"), cal),
    ).toBe("2026-02-23");
    expect(limitFor("feedback", "classify", { appliesOn: d("2021-11-14") })).toBeNull();
  });

  it("Điều 24 khoản 1, Luật Tố cáo prevails over Thông tư 05/2021 for a denunciation's handling", () => {
    expect(limitFor("denunciation", "classify", { appliesOn: d("2026-02-10") })?.rule).toBe("LTC-24-1");
  });

  it("Điều 28, Luật Tiếp công dân: the receiver answers within 10 working days, for every kind", () => {
    for (const kind of CASE_KINDS) {
      const limit = limitFor(kind, "reception-reply", { appliesOn: d("2026-02-10") });
      expect(limit).toMatchObject({ rule: "LTCD-28", days: 10, dayKind: "working", from: "reception" });
      // Tuesday 10/02/2026: 11, 12, 13/02, then Tết, then 23/02 … day 10 is Tuesday 03/03.
      expect(dueDate(limit!, d("2026-02-10"), cal)).toBe("2026-03-03");
    }
  });

  it("gives no resolution limit for phản ánh and kiến nghị: no law found sets one", () => {
    expect(limitFor("feedback", "resolve", { appliesOn: d("2026-08-01") })).toBeNull();
    expect(limitFor("proposal", "resolve", { appliesOn: d("2026-08-01") })).toBeNull();
  });
});
