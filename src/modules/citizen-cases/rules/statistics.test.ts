import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { type StatRow, statisticsOf } from "./statistics.ts";

const d = (s: string) => s as IsoDate;
const row = (over: Partial<StatRow>): StatRow => ({
  kind: "feedback",
  field: "environment",
  wardName: "Ủy ban nhân dân Phường 1",
  status: "received",
  receivedOn: d("2026-03-02"),
  dueDate: d("2026-03-16"),
  answeredOn: null,
  ratingScore: null,
  ...over,
});

describe("the portal's public statistics", () => {
  it("counts by kind, field and ward, and what is open or answered", () => {
    const s = statisticsOf([
      row({}),
      row({ kind: "proposal", field: "traffic", status: "accepted" }),
      row({
        kind: "denunciation",
        field: "officials",
        wardName: "Ủy ban nhân dân Phường 10",
        status: "answered",
        answeredOn: d("2026-03-10"),
      }),
      row({ wardName: null, status: "withdrawn", receivedOn: d("2026-01-05") }),
    ]);
    expect(s.total).toBe(4);
    expect(s.since).toBe("2026-01-05");
    expect(s.open).toBe(2);
    expect(s.answered).toBe(1);
    expect(s.byKind.find((k) => k.key === "feedback")?.count).toBe(2);
    expect(s.byKind.find((k) => k.key === "complaint-first")?.count).toBe(0);
    expect(s.byField).toEqual([
      { key: "environment", count: 2 },
      { key: "traffic", count: 1 },
      { key: "officials", count: 1 },
    ]);
    expect(s.byWard).toEqual([
      { name: "Ủy ban nhân dân Phường 1", count: 2 },
      { name: "Ủy ban nhân dân Phường 10", count: 1 },
    ]);
  });

  it("counts a case answered on its due day as on time, the day after as late, and averages calendar days", () => {
    const s = statisticsOf([
      row({ answeredOn: d("2026-03-16"), status: "answered" }), // 14 days, on the due day
      row({ answeredOn: d("2026-03-17"), status: "answered" }), // 15 days, late
      row({ answeredOn: d("2026-03-05"), dueDate: null, status: "answered" }), // 3 days, no due day
      row({}),
    ]);
    expect(s.onTime).toEqual({ timed: 2, onTime: 1, share: 50 });
    expect(s.averageDays).toBeCloseTo((14 + 15 + 3) / 3, 1);
  });

  it("averages the ratings and counts each score; nothing yet is null, not zero", () => {
    const s = statisticsOf([
      row({ ratingScore: 5 }),
      row({ ratingScore: 4 }),
      row({ ratingScore: 4 }),
      row({}),
    ]);
    expect(s.satisfaction.count).toBe(3);
    expect(s.satisfaction.average).toBe(4.3);
    expect(s.satisfaction.byScore.map((b) => b.count)).toEqual([0, 0, 0, 2, 1]);
    const empty = statisticsOf([]);
    expect(empty).toMatchObject({ total: 0, since: null, averageDays: null, onTime: { share: null } });
    expect(empty.satisfaction.average).toBeNull();
  });
});
