// The calendar's warning, on plain values: the minimum of Luật Tiếp công dân 42/2013/QH13 for the
// body's leader, chosen by date (Luật 136/2025/QH15 from 01/7/2026), over the days that count.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { type CountedSession, calendarGaps, countedDays, minimumsBetween } from "./calendar.ts";
import { leaderOf } from "./leader.ts";

const regular = (date: string, headReceives = true): CountedSession => ({
  date,
  kind: "regular",
  headReceives,
});
const d = (s: string) => s as IsoDate;

describe("which leader's minimum a body owes", () => {
  it("a ward (cấp xã) owes its chairman's (Điều 15), a province's committee Điều 12, a department Điều 18; a party body none", () => {
    expect(leaderOf({ kind: "ward", level: "xã" })).toBe("commune-chair");
    expect(leaderOf({ kind: "peoples_committee", level: "tỉnh" })).toBe("province-chair");
    expect(leaderOf({ kind: "peoples_committee", level: "huyện" })).toBe("district-chair");
    expect(leaderOf({ kind: "department", level: "huyện" })).toBe("agency-head");
    expect(leaderOf({ kind: "party_board", level: "tỉnh" })).toBeNull();
  });
});

describe("the calendar's warning", () => {
  it("Điều 15 khoản 2 điểm d: before 01/7/2026 a commune chairman below 1 day a week is warned, with the article", () => {
    // June 2026: weeks from Mondays 01, 08, 15, 22; days on 04/06 and 18/06 only.
    const gaps = calendarGaps(
      "commune-chair",
      [regular("2026-06-04"), regular("2026-06-18")],
      d("2026-06-01"),
      d("2026-06-28"),
    );
    expect(gaps.map((g) => g.periodStart)).toEqual(["2026-06-08", "2026-06-22"]);
    expect(gaps[0]!.message).toContain("ít nhất 1 ngày mỗi tuần");
    expect(gaps[0]!.article).toContain("Điều 15");
  });

  it("Luật 136/2025/QH15 (Điều 1 khoản 7): from 01/7/2026 two days a month suffice, one is warned", () => {
    const two = [regular("2026-07-02"), regular("2026-07-16")];
    expect(calendarGaps("commune-chair", two, d("2026-07-01"), d("2026-07-31"))).toEqual([]);
    const one = calendarGaps("commune-chair", [regular("2026-07-16")], d("2026-07-01"), d("2026-07-31"));
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ required: 2, scheduled: 1 });
    expect(one[0]!.message).toContain("mỗi tháng");
  });

  it("counts only regular days the head leads in person: an ad hoc session or a deputy's does not make the minimum", () => {
    const sessions: CountedSession[] = [
      regular("2026-07-02", false),
      { date: "2026-07-09", kind: "ad_hoc", headReceives: true },
      regular("2026-07-16"),
    ];
    expect(countedDays(sessions)).toEqual(["2026-07-16"]);
    expect(calendarGaps("commune-chair", sessions, d("2026-07-01"), d("2026-07-31"))).toHaveLength(1);
  });

  it("names both minimums when the range crosses 01/7/2026, and none for a body the law sets none for", () => {
    expect(minimumsBetween("commune-chair", d("2026-06-01"), d("2026-07-31")).map((m) => m.per)).toEqual([
      "week",
      "month",
    ]);
    expect(minimumsBetween(null, d("2026-06-01"), d("2026-07-31"))).toEqual([]);
    expect(calendarGaps(null, [], d("2026-06-01"), d("2026-07-31"))).toEqual([]);
  });
});
