// The arithmetic of due dates, as properties over every rule of the data and random dates in the
// years of the built-in holiday schedules (2023–2026), and the invariants of the data itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  BUILT_IN_SCHEDULES,
  createCalendar,
  InvalidDateError,
  type IsoDate,
  isWeekend,
  parseIsoDate,
} from "../calendar/index.ts";
import { CASE_KINDS, dueDate, isOverdue, type LegalLimit, limitFor, RULES, STEPS } from "./index.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = parseIsoDate;

const dates = fc.integer({ min: 0, max: 4 * 365 - 100 }).map((n) => addDays(d("2023-01-01"), n));
const options = fc.record({
  remote: fc.boolean(),
  complex: fc.boolean(),
  especiallyComplex: fc.boolean(),
});
const limits = fc
  .tuple(fc.constantFrom(...CASE_KINDS), fc.constantFrom(...STEPS), dates, options)
  .map(([kind, step, on, opts]) => ({ limit: limitFor(kind, step, { appliesOn: on, ...opts }), on }))
  .filter((x): x is { limit: LegalLimit; on: IsoDate } => x.limit !== null);

describe("due date arithmetic (BLDS 2015, Điều 147–148)", () => {
  it("never falls before the anchor day and always falls on a working day", () => {
    fc.assert(
      fc.property(limits, ({ limit, on }) => {
        const due = dueDate(limit, on, cal);
        expect(due > on).toBe(true);
        expect(cal.isWorkingDay(due)).toBe(true);
      }),
    );
  });

  it("counts working-day limits over working days only: weekends and holidays are skipped", () => {
    fc.assert(
      fc.property(
        limits.filter(({ limit }) => limit.dayKind === "working"),
        ({ limit, on }) => {
          const due = dueDate(limit, on, cal);
          expect(cal.workingDaysBetween(on, due)).toBe(limit.days);
          expect(isWeekend(due) && !cal.isWorkingDay(due)).toBe(false);
        },
      ),
    );
  });

  it("ends a calendar-day limit on its last day, or on the first working day after it when that is a day off", () => {
    fc.assert(
      fc.property(
        limits.filter(({ limit }) => limit.dayKind === "calendar"),
        ({ limit, on }) => {
          const last = addDays(on, limit.days);
          const due = dueDate(limit, on, cal);
          expect(due >= last).toBe(true);
          for (let x = last; x < due; x = addDays(x, 1)) expect(cal.isWorkingDay(x)).toBe(false);
        },
      ),
    );
  });

  it("gives an extended due date never before the base one, each granted extension moving it forward", () => {
    fc.assert(
      fc.property(
        limits.filter(({ limit }) => limit.extension !== undefined),
        ({ limit, on }) => {
          let previous = dueDate(limit, on, cal);
          for (let k = 1; k <= (limit.extension?.times ?? 0); k++) {
            const next = dueDate(limit, on, cal, { extensions: k });
            expect(next > previous).toBe(true);
            previous = next;
          }
        },
      ),
    );
  });

  it("moves the due date forward by a suspension only where the law stops the clock", () => {
    fc.assert(
      fc.property(
        limits,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 15 }),
        ({ limit, on }, start, length) => {
          const from = addDays(on, start);
          const suspensions = [{ from, to: addDays(from, length) }];
          const plain = dueDate(limit, on, cal);
          const suspended = dueDate(limit, on, cal, { suspensions });
          if (limit.suspensionStopsClock) expect(suspended >= plain).toBe(true);
          else expect(suspended).toBe(plain);
        },
      ),
    );
  });

  it("does not count the anchor day itself (Điều 147 khoản 1): 1 working day after a Friday is the Monday", () => {
    const limit = { ...limitFor("denunciation", "forward", { appliesOn: d("2026-03-06") })!, days: 1 };
    expect(dueDate(limit, d("2026-03-06"), cal)).toBe("2026-03-09");
  });

  it("is overdue only after the last day has ended", () => {
    expect(isOverdue(d("2026-04-01"), d("2026-04-01"))).toBe(false);
    expect(isOverdue(d("2026-04-01"), d("2026-04-02"))).toBe(true);
  });

  it("rejects a bad date with a Vietnamese message and a fractional extension count", () => {
    const limit = limitFor("denunciation", "resolve", { appliesOn: d("2026-03-02"), complex: true })!;
    expect(() => dueDate(limit, "2026-02-30" as IsoDate, cal)).toThrow(InvalidDateError);
    expect(() => dueDate(limit, "2026-02-30" as IsoDate, cal)).toThrow(/Ngày không hợp lệ/);
    expect(() => dueDate(limit, d("2026-03-02"), cal, { extensions: 0.5 })).toThrow(/gia hạn/);
    expect(() => limitFor("feedback", "classify", { appliesOn: "30/06/2026" as IsoDate })).toThrow(
      InvalidDateError,
    );
  });
});

describe("the data", () => {
  it("has, for a kind and a step, at most one rule in force on any day", () => {
    for (const a of RULES) {
      for (const b of RULES) {
        if (a === b || a.step !== b.step || !a.kinds.some((k) => b.kinds.includes(k))) continue;
        const overlap =
          a.validFrom <= (b.validUntil ?? "9999-12-31") && b.validFrom <= (a.validUntil ?? "9999-12-31");
        expect(overlap, `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it("never shortens a period for a complex case or a remote area, and cites an article for every rule", () => {
    for (const r of RULES) {
      const { normal, complex = normal, remote = normal, remoteComplex = Math.max(complex, remote) } = r.days;
      expect(complex).toBeGreaterThanOrEqual(normal);
      expect(remote).toBeGreaterThanOrEqual(normal);
      expect(remoteComplex).toBeGreaterThanOrEqual(Math.max(complex, remote));
      expect(r.article).toMatch(/Điều \d+|Thông tư/);
      if (r.source.checked === "conservative") expect(r.doubt, r.id).toBeTruthy();
    }
  });
});
