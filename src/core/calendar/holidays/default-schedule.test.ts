import { describe, expect, it } from "vitest";
import { parseIsoDate, weekday } from "../iso-date.ts";
import { BUILT_IN_SCHEDULES } from "../schedules/index.ts";
import { defaultSchedule } from "./default-schedule.ts";
import type { HolidaySchedule } from "./schedule.ts";
import { validateSchedule } from "./schedule.ts";

const offWeekdays = (s: HolidaySchedule, kinds = ["holiday", "compensation", "swap"]) =>
  s.daysOff
    .filter((d) => kinds.includes(d.kind) && weekday(d.date) !== 0 && weekday(d.date) !== 6)
    .map((d) => d.date)
    .sort();

describe("defaultSchedule", () => {
  // The default rule was drawn from these published schedules: it must give the same weekdays
  // off, apart from the swaps that only a decision can make (docs/decisions/calendar-default-schedule.md).
  it.each(BUILT_IN_SCHEDULES.map((s) => [s.year, s] as const))(
    "reproduces the weekdays off published for %i, apart from swapped days",
    (year, published) => {
      expect(offWeekdays(defaultSchedule(year), ["holiday", "compensation"])).toEqual(
        offWeekdays(published, ["holiday", "compensation"]),
      );
    },
  );

  it("gives 5 weekdays for Tết, with the weekends touching them (2026: Saturday 14/02 to Sunday 22/02)", () => {
    const tet = defaultSchedule(2026).daysOff.filter((d) => d.name === "Tết Âm lịch");
    expect(tet.map((d) => d.date)).toEqual([
      "2026-02-14",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
    ]);
    expect(tet.filter((d) => d.kind === "holiday")).toHaveLength(5);
  });

  it("keeps the Monday–Friday week when mùng 1 is a Thursday (2031: 20/01–24/01)", () => {
    const tet = defaultSchedule(2031).daysOff.filter((d) => d.name === "Tết Âm lịch" && d.kind === "holiday");
    expect(tet.map((d) => d.date)).toEqual([
      "2031-01-20",
      "2031-01-21",
      "2031-01-22",
      "2031-01-23",
      "2031-01-24",
    ]);
  });

  it("attaches 3/9 to Quốc khánh when 2/9 is a Monday or Thursday, else 1/9, and compensates weekend days", () => {
    const qk = (y: number) => offWeekdays(defaultSchedule(y)).filter((d) => d.slice(5, 7) === "09");
    expect(qk(2024)).toEqual(["2024-09-02", "2024-09-03"]); // Monday
    expect(qk(2027)).toEqual(["2027-09-02", "2027-09-03"]); // Thursday
    expect(qk(2025)).toEqual(["2025-09-01", "2025-09-02"]); // Tuesday
    expect(qk(2023)).toEqual(["2023-09-01", "2023-09-04"]); // Saturday: compensated on Monday
    expect(qk(2029)).toEqual(["2029-09-03", "2029-09-04"]); // Sunday: 1/9 and 2/9 both compensated
  });

  it("compensates holidays on weekends on the next working day after the holiday period (2023: 02/05 and 03/05)", () => {
    const comp = defaultSchedule(2023).daysOff.filter((d) => d.kind === "compensation");
    expect(comp.map((d) => [d.date, d.name])).toEqual([
      ["2023-01-02", "Nghỉ bù Tết Dương lịch"],
      ["2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương"],
      ["2023-05-03", "Nghỉ bù Ngày Chiến thắng"],
      ["2023-09-04", "Nghỉ bù Quốc khánh"],
    ]);
  });

  it("is a valid schedule marked as default for every year 1900–2100", () => {
    for (let y = 1900; y <= 2100; y++) {
      const s = defaultSchedule(y);
      expect(validateSchedule(s), String(y)).toEqual([]);
      expect(s.origin).toBe("default");
    }
  });
});

describe("validateSchedule", () => {
  it("accepts every built-in schedule", () => {
    for (const s of BUILT_IN_SCHEDULES) expect(validateSchedule(s), String(s.year)).toEqual([]);
  });

  it("reports, in Vietnamese, days outside the year, duplicates, weekday make-up days and missing sources", () => {
    const bad: HolidaySchedule = {
      year: 2027,
      daysOff: [
        { date: parseIsoDate("2026-12-31"), name: "X", kind: "holiday" },
        { date: parseIsoDate("2027-04-30"), name: "Ngày Chiến thắng", kind: "holiday" },
        { date: parseIsoDate("2027-04-30"), name: "Ngày Chiến thắng", kind: "holiday" },
      ],
      makeUpWorkingDays: [{ date: parseIsoDate("2027-05-03"), name: "Làm bù" }],
      sources: [],
      origin: "entered",
    };
    expect(validateSchedule(bad)).toEqual([
      "Ngày nghỉ 31/12/2026 không thuộc năm 2027.",
      "Ngày 30/04/2027 được khai báo hai lần.",
      "Ngày làm bù 03/05/2027 không phải thứ Bảy hoặc Chủ nhật.",
      "Chưa ghi căn cứ (số, ký hiệu văn bản).",
    ]);
  });
});
