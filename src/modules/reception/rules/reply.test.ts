// The reply after a reception visit: 10 working days from the day the content was received (Luật
// Tiếp công dân 42/2013/QH13, Điều 28), on the working calendar; given once the case has moved on.
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, type IsoDate } from "../../../core/calendar/index.ts";
import { replied, replyDue, replyOverdue } from "./reply.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);

describe("the reply owed after a visit (Điều 28)", () => {
  it("is 10 working days later, skipping weekends: received Monday 23/11/2026, due Monday 07/12/2026", () => {
    const due = replyDue("feedback", "2026-11-23" as IsoDate, cal);
    expect(due.replyDue).toBe("2026-12-07");
    expect(due.replyBasis).toContain("Điều 28");
    expect(cal.workingDaysBetween("2026-11-23" as IsoDate, due.replyDue!)).toBe(10);
  });

  it("skips the holidays of the working calendar: received before 30/4, it counts past the days off", () => {
    const due = replyDue("complaint-first", "2026-04-27" as IsoDate, cal).replyDue!;
    expect(cal.workingDaysBetween("2026-04-27" as IsoDate, due)).toBe(10);
    expect(cal.isWorkingDay("2026-04-30" as IsoDate)).toBe(false);
  });

  it("is given once the case leaves 'received', and overdue only after its last day while not given", () => {
    expect(replied("received")).toBe(false);
    expect(replied("accepted")).toBe(true);
    expect(replied("forwarded")).toBe(true);
    expect(replied(null)).toBe(false);
    expect(replyOverdue("2026-12-07", "received", "2026-12-07" as IsoDate)).toBe(false);
    expect(replyOverdue("2026-12-07", "received", "2026-12-08" as IsoDate)).toBe(true);
    expect(replyOverdue("2026-12-07", "accepted", "2026-12-08" as IsoDate)).toBe(false);
    expect(replyOverdue(null, null, "2026-12-08" as IsoDate)).toBe(false);
  });
});
