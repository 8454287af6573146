import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, BUILT_IN_SCHEDULES, createCalendar, type IsoDate } from "../../../core/calendar/index.ts";
import { ASSIGNMENT_STATUSES, STATUS_CLASSES } from "../contract.ts";
import { memoCalendar } from "./classify.ts";
import {
  countClasses,
  lastDueDateOverdueBy,
  lastOverdueDueDate,
  type StatusFacts,
  standingOf,
} from "./status.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const day0 = Date.UTC(2023, 0, 1);
const dateArb = fc
  .integer({ min: 0, max: 365 * 4 })
  .map((n) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10));
const factsArb: fc.Arbitrary<StatusFacts> = fc.record({
  status: fc.constantFrom(...ASSIGNMENT_STATUSES),
  dueDate: fc.option(dateArb, { nil: null }),
  completedOn: fc.option(dateArb, { nil: null }),
});

describe("status on a given day", () => {
  it.each([
    [
      "counts work done by its deadline as done on time, and after it as done late",
      { status: "done" as const, dueDate: "2026-06-30" },
      "2026-11-23",
      [
        { completedOn: "2026-06-30", standing: { cls: "done_on_time", display: "done" } },
        { completedOn: "2026-07-01", standing: { cls: "done_late", display: "done_late" } },
      ],
    ],
    [
      "keeps work reported done in time in time while the leader decides; reported late, overdue",
      { status: "awaiting_approval" as const, dueDate: "2026-11-20" },
      "2026-11-25",
      [
        { completedOn: "2026-11-19", standing: { cls: "in_progress_on_time", display: "awaiting_approval" } },
        { completedOn: "2026-11-24", standing: { cls: "overdue", display: "awaiting_approval" } },
      ],
    ],
  ] as const)("%s", (_name, facts, today, completions) => {
    for (const { completedOn, standing } of completions)
      expect(standingOf({ ...facts, completedOn }, today, cal)).toMatchObject(standing);
  });

  it("makes unfinished work overdue the day after its deadline, never on the day", () => {
    const f = { status: "in_progress" as const, dueDate: "2026-11-20", completedOn: null };
    expect(standingOf(f, "2026-11-20", cal).cls).toBe("in_progress_on_time");
    expect(standingOf(f, "2026-11-21", cal)).toMatchObject({
      cls: "overdue",
      display: "overdue",
      daysOverdue: 1,
      workingDaysOverdue: 0,
    });
    expect(standingOf(f, "2026-11-23", cal)).toMatchObject({ daysOverdue: 3, workingDaysOverdue: 1 });
  });

  it("moves a deadline on a day off to the next working day (Tết 2026: 14–22/02)", () => {
    const f = { status: "not_started" as const, dueDate: "2026-02-16", completedOn: null };
    const s = standingOf(f, "2026-02-23", cal);
    expect(s.effectiveDue).toBe("2026-02-23");
    expect(s.cls).toBe("not_started");
    expect(standingOf(f, "2026-02-24", cal).cls).toBe("overdue");
  });

  it("keeps ongoing work (no date) in progress, never overdue", () => {
    const s = standingOf({ status: "in_progress", dueDate: null, completedOn: null }, "2030-01-01", cal);
    expect(s).toMatchObject({ cls: "in_progress_on_time", workingDaysLeft: null, daysOverdue: 0 });
  });

  it("counts the classes of a set", () => {
    expect(countClasses(["overdue", "overdue", "done_late"])).toMatchObject({
      overdue: 2,
      done_late: 1,
      done_on_time: 0,
      total: 3,
    });
  });
});

describe("recurring work, checked at every reporting period", () => {
  const quarters = ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31"];
  const checks = (lastReportOn: string | null, startedOn = "2026-01-05") => ({
    dates: quarters,
    oneOff: false,
    lastReportOn,
    startedOn,
  });
  const f = (lastReportOn: string | null, startedOn?: string) => ({
    status: "in_progress" as const,
    dueDate: null,
    completedOn: null,
    checks: checks(lastReportOn, startedOn),
  });

  it("is in time while the unit reports in each period, with the current checkpoint as its date", () => {
    const s = standingOf(f("2026-08-14"), "2026-11-23", cal);
    expect(s).toMatchObject({ cls: "in_progress_on_time", effectiveDue: "2026-12-31" });
    expect(s.checkpoint).toMatchObject({
      next: "2026-12-31",
      periodStart: "2026-10-01",
      reportedThisPeriod: false,
      missed: null,
      missedPeriod: null,
      period: { kind: "quarter", n: 4, year: 2026 },
    });
  });

  it("is overdue once a checkpoint passes with no report in its period, counted from that checkpoint", () => {
    const s = standingOf(f("2026-05-20"), "2026-11-23", cal);
    expect(s).toMatchObject({ cls: "overdue", display: "overdue" });
    expect(s.checkpoint!.missed).toBe("2026-09-30");
    // The report that is late is named by its period, never by the next checkpoint.
    expect(s.checkpoint!.missedPeriod).toMatchObject({ kind: "quarter", n: 3, year: 2026 });
    expect(s.workingDaysOverdue).toBe(
      cal.workingDaysBetween("2026-09-30" as IsoDate, "2026-11-23" as IsoDate),
    );
  });

  it("clears when the unit reports late, and does not count a period the work was given during", () => {
    expect(standingOf(f("2026-11-02"), "2026-11-23", cal).cls).toBe("in_progress_on_time");
    expect(standingOf(f(null, "2026-08-10"), "2026-11-23", cal).cls).toBe("in_progress_on_time");
    expect(standingOf(f(null, "2026-06-10"), "2026-11-23", cal).cls).toBe("overdue");
  });

  it("gives rows that share a checkpoint list, on any day, what a list of their own gives", () => {
    // The position among the checkpoints is worked out once per list and day (status.ts, positionOf).
    for (const today of ["2026-11-23", "2026-02-01", "2027-05-01", "2026-11-23", "2026-07-01"])
      for (const [report, started] of [
        ["2026-05-20", "2026-01-05"],
        [null, "2026-08-10"],
        ["2026-11-02", "2026-01-05"],
      ] as const) {
        const shared = standingOf(f(report, started), today, cal);
        const own = standingOf(
          { ...f(report, started), checks: { ...checks(report, started), dates: [...quarters] } },
          today,
          cal,
        );
        expect(shared, `${today} ${report}`).toEqual(own);
      }
  });

  it("treats a single reporting date as a deadline: done after it is done late", () => {
    const once = { dates: ["2023-07-30"], oneOff: true, lastReportOn: null, startedOn: "2023-06-30" };
    expect(
      standingOf(
        { status: "done", dueDate: null, completedOn: "2023-08-15", checks: once },
        "2026-11-23",
        cal,
      ).cls,
    ).toBe("done_late");
    expect(
      standingOf({ status: "in_progress", dueDate: null, completedOn: null, checks: once }, "2026-11-23", cal)
        .cls,
    ).toBe("overdue");
  });
});

describe("status properties", () => {
  it("puts every assignment in exactly one class; done work and only done work is in a done class", () => {
    fc.assert(
      fc.property(factsArb, dateArb, (f, today) => {
        const s = standingOf(f, today, cal);
        expect(STATUS_CLASSES).toContain(s.cls);
        expect(s.cls === "done_on_time" || s.cls === "done_late").toBe(f.status === "done");
        expect(s.cls === "paused").toBe(f.status === "paused");
      }),
    );
  });

  it("is never overdue on or before the stated due date", () => {
    fc.assert(
      fc.property(factsArb, dateArb, (f, today) => {
        if (standingOf(f, today, cal).cls === "overdue") expect(today > f.dueDate!).toBe(true);
      }),
    );
  });

  it("stays overdue as days pass while nothing changes", () => {
    fc.assert(
      fc.property(factsArb, dateArb, fc.integer({ min: 1, max: 400 }), (f, today, later) => {
        if (standingOf(f, today, cal).cls !== "overdue") return;
        expect(standingOf(f, addDays(today as IsoDate, later), cal).cls).toBe("overdue");
      }),
    );
  });

  it("calls done work late exactly when it was reported after the effective due date", () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (due, completed, today) => {
        const s = standingOf({ status: "done", dueDate: due, completedOn: completed }, today, cal);
        expect(s.cls === "done_late").toBe(completed > cal.addWorkingDays(due as IsoDate, 0));
      }),
    );
  });

  it("selects overdue rows by a plain date bound: overdue iff due ≤ lastOverdueDueDate(today)", () => {
    fc.assert(
      fc.property(dateArb, dateArb, (due, today) => {
        const s = standingOf({ status: "in_progress", dueDate: due, completedOn: null }, today, cal);
        expect(s.cls === "overdue").toBe(due <= lastOverdueDueDate(today, cal));
      }),
    );
  });

  it("selects rows overdue by at least n working days by a plain date bound too", () => {
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: 1, max: 15 }), (due, today, n) => {
        const s = standingOf({ status: "not_started", dueDate: due, completedOn: null }, today, cal);
        expect(s.workingDaysOverdue >= n).toBe(due <= lastDueDateOverdueBy(today, n, cal));
      }),
    );
  });
});

describe("the counting calendar used for long lists", () => {
  it("counts exactly as the calendar does, both ways, across years", () => {
    const memo = memoCalendar(cal);
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: -30, max: 30 }), (a, b, n) => {
        expect(memo.workingDaysBetween(a as IsoDate, b as IsoDate)).toBe(
          cal.workingDaysBetween(a as IsoDate, b as IsoDate),
        );
        expect(memo.addWorkingDays(a as IsoDate, n)).toBe(cal.addWorkingDays(a as IsoDate, n));
      }),
    );
  });
});
