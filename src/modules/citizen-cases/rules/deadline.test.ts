// The due dates a case carries, from core/legal-limits on the built-in working calendar: the
// kinds of the API are the limits' kinds, a complaint's resolution follows its law's version on
// the day it was accepted, and a phản ánh has no resolution limit in law.
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, type IsoDate } from "../../../core/calendar/index.ts";
import { CASE_KINDS, dueDate, limitFor } from "../../../core/legal-limits/index.ts";
import { KINDS } from "../contract.ts";
import { intakeDue, resolutionDue } from "./deadline.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);

describe("a case's due dates", () => {
  it("names the same kinds as the legal limits", () => {
    expect([...KINDS]).toEqual([...CASE_KINDS]);
  });

  it("gives every kind the time to handle the petition, with the article it comes from", () => {
    for (const kind of KINDS) {
      const due = intakeDue(kind, "2026-11-23" as IsoDate, cal);
      const limit = limitFor(kind, "classify", { appliesOn: "2026-11-23" as IsoDate });
      expect(due.dueDate).toBe(limit ? dueDate(limit, "2026-11-23" as IsoDate, cal) : null);
      if (limit) expect(due.dueBasis).toBe(`Xử lý đơn: ${limit.article}`);
      if (due.dueDate) expect(due.dueDate > "2026-11-23").toBe(true);
    }
  });

  it("counts a complaint's resolution from acceptance under the law in force that day", () => {
    for (const on of ["2026-06-15", "2026-07-15"] as IsoDate[]) {
      const limit = limitFor("complaint-first", "resolve", { appliesOn: on });
      const due = resolutionDue("complaint-first", on, cal);
      expect(due.dueDate).toBe(limit ? dueDate(limit, on, cal) : null);
      expect(due.dueBasis).toBe(limit ? `Giải quyết: ${limit.article}` : null);
    }
    expect(resolutionDue("feedback", "2026-11-23" as IsoDate, cal)).toEqual(
      limitFor("feedback", "resolve", { appliesOn: "2026-11-23" as IsoDate })
        ? expect.anything()
        : { dueDate: null, dueBasis: null },
    );
  });
});
