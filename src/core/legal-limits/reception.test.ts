// Minimum periodic reception per leader (Luật Tiếp công dân 42/2013/QH13, Điều 12, 13, 15, 18;
// Luật 136/2025/QH15 from 01/7/2026), chosen by date, and the schedule check of issue 16.
import { describe, expect, it } from "vitest";
import { type IsoDate, parseIsoDate } from "../calendar/index.ts";
import { receptionGaps, receptionLeadersOn, receptionMinimum } from "./index.ts";

const d = parseIsoDate;

describe("minimum reception frequency", () => {
  it("Điều 12 khoản 5, Luật Tiếp công dân: the provincial chairman at least 1 day a month", () => {
    expect(receptionMinimum("province-chair", d("2024-05-01"))).toMatchObject({ days: 1, per: "month" });
    expect(receptionMinimum("province-chair", d("2026-08-01"))).toMatchObject({ days: 1, per: "month" });
  });

  it("Điều 13 khoản 5, Luật Tiếp công dân: the district chairman 2 days a month, until the district level ended on 30/6/2025", () => {
    expect(receptionMinimum("district-chair", d("2025-06-30"))).toMatchObject({ days: 2, per: "month" });
    expect(receptionMinimum("district-chair", d("2025-07-01"))).toBeNull();
    expect(receptionLeadersOn(d("2025-06-30"))).toContain("district-chair");
    expect(receptionLeadersOn(d("2025-07-01"))).toEqual(["province-chair", "commune-chair", "agency-head"]);
  });

  it("Điều 15 khoản 2 điểm d, Luật Tiếp công dân, then khoản 7 Điều 1 Luật 136/2025/QH15: commune chairman 1 day a week, then 2 days a month", () => {
    expect(receptionMinimum("commune-chair", d("2026-06-30"))).toMatchObject({
      rule: "LTCD-15-2-d",
      days: 1,
      per: "week",
    });
    expect(receptionMinimum("commune-chair", d("2026-07-01"))).toMatchObject({
      rule: "L136-1-7",
      days: 2,
      per: "month",
    });
  });

  it("Điều 18, Luật Tiếp công dân; Điều 4 khoản 2, Nghị định 64/2014/NĐ-CP: agency heads at least 1 day a month", () => {
    expect(receptionMinimum("agency-head", d("2026-03-01"))).toMatchObject({ days: 1, per: "month" });
    expect(receptionMinimum("agency-head", d("2014-06-30"))).toBeNull();
  });
});

describe("receptionGaps", () => {
  const thursdays = (dates: string[]): IsoDate[] => dates.map(d);

  it("warns a commune in June 2026 for each week without a day (Điều 15 khoản 2 điểm d), and in July for fewer than 2 days (Luật 136/2025)", () => {
    // June 2026: Mondays 01, 08, 15, 22, 29; reception on 04/06 and 18/06 only.
    const june = receptionGaps(
      "commune-chair",
      thursdays(["2026-06-04", "2026-06-18"]),
      d("2026-06-01"),
      d("2026-06-28"),
    );
    expect(june.map((g) => g.periodStart)).toEqual(["2026-06-08", "2026-06-22"]);
    expect(june.every((g) => g.required === 1 && g.scheduled === 0)).toBe(true);
    // The same two days a month satisfy the rule from July 2026; one day does not.
    expect(
      receptionGaps(
        "commune-chair",
        thursdays(["2026-07-02", "2026-07-16"]),
        d("2026-07-01"),
        d("2026-07-31"),
      ),
    ).toEqual([]);
    const july = receptionGaps("commune-chair", thursdays(["2026-07-16"]), d("2026-07-01"), d("2026-07-31"));
    expect(july).toHaveLength(1);
    expect(july[0]).toMatchObject({
      periodStart: "2026-07-01",
      periodEnd: "2026-07-31",
      required: 2,
      scheduled: 1,
    });
    expect(july[0]?.minimum.rule).toBe("L136-1-7");
  });

  it("counts a day once however many sessions it holds, and ignores partial periods at the edges", () => {
    const gaps = receptionGaps(
      "province-chair",
      thursdays(["2026-03-05", "2026-03-05"]),
      d("2026-02-15"),
      d("2026-04-10"),
    );
    // Only March lies whole in the range, and it has its one day.
    expect(gaps).toEqual([]);
    expect(receptionGaps("province-chair", [], d("2026-03-01"), d("2026-03-31"))).toHaveLength(1);
  });

  it("finds nothing to warn about for a level that does not exist (district, after 30/6/2025)", () => {
    expect(receptionGaps("district-chair", [], d("2025-08-01"), d("2025-12-31"))).toEqual([]);
  });
});
