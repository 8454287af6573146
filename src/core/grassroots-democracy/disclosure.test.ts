// The disclosure rules of Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 as data (Điều 11–13) and the
// checks over them; each test names the article it holds the code to. Where the law's text was not
// seen, the test names the reading chosen in docs/decisions/disclosure.md.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../calendar/index.ts";
import {
  assessDisclosure,
  CHANNEL_RULES,
  CHANNELS,
  checkGroups,
  DISCLOSURE_GROUPS,
  type DisclosureFacts,
  DURATION_RULES,
  periodOf,
} from "./index.ts";

const d = (over: Partial<DisclosureFacts> = {}): DisclosureFacts => ({
  id: "d1",
  clause: 1,
  channels: ["noticeboard", "portal"],
  broadcastDays: null,
  postedOn: "2026-03-01" as IsoDate,
  plannedEnd: null,
  takenDownOn: null,
  ...over,
});

describe("the law's data", () => {
  it("has the 14 groups of Điều 11, clauses 1–3 read verbatim and the others kept by number", () => {
    expect(DISCLOSURE_GROUPS.map((g) => g.clause)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(DISCLOSURE_GROUPS.filter((g) => g.seen).map((g) => g.clause)).toEqual([1, 2, 3]);
    // Điều 11 khoản 1: "hằng năm"; khoản 2: "định kỳ theo quý, 06 tháng, hằng năm".
    expect(DISCLOSURE_GROUPS[0]!.cadence).toBe("year");
    expect(DISCLOSURE_GROUPS[1]!.cadence).toBe("quarter");
    expect(DISCLOSURE_GROUPS.find((g) => !g.seen && g.vi !== null)).toBeUndefined();
  });

  it("has the nine channels of Điều 12 khoản 1", () => {
    expect(CHANNELS).toHaveLength(9);
  });

  it("puts clauses 7–12 of Điều 11 on the loudspeaker for at least 03 consecutive days (Điều 13 khoản 3) and through village heads (Điều 13 khoản 4)", () => {
    const speaker = CHANNEL_RULES.find((r) => r.channel === "loudspeaker")!;
    expect(speaker).toMatchObject({ article: "Điều 13 khoản 3", seen: true, ifAvailable: true });
    expect(speaker.clauses).toEqual([7, 8, 9, 10, 11, 12]);
    expect(DURATION_RULES.find((r) => r.channel === "loudspeaker")).toMatchObject({
      days: 3,
      kind: "consecutive_broadcast",
    });
    expect(CHANNEL_RULES.find((r) => r.channel === "village_heads")).toMatchObject({
      article: "Điều 13 khoản 4",
      clauses: [7, 8, 9, 10, 11, 12],
    });
  });

  it("keeps the board's 30 days as the Luật Tiếp cận thông tin fallback (Điều 21 khoản 2), marked not seen in Luật 10/2022", () => {
    const board = DURATION_RULES.find((r) => r.channel === "noticeboard")!;
    expect(board).toMatchObject({ days: 30, seen: false });
    expect(board.article).toContain("Luật Tiếp cận thông tin");
  });
});

describe("one disclosure", () => {
  it("stays on the board 30 days counted from the day after posting (Bộ luật Dân sự Điều 147)", () => {
    const a = assessDisclosure(d({ plannedEnd: "2026-03-31" as IsoDate }), "2026-03-10" as IsoDate);
    expect(a).toMatchObject({ standing: "posting", minimumEnd: "2026-03-31", problems: [] });
    expect(
      assessDisclosure(d({ plannedEnd: "2026-03-31" as IsoDate }), "2026-04-01" as IsoDate).standing,
    ).toBe("done");
  });

  it("is expired when taken down before the minimum, and warned while planned to end early", () => {
    const down = assessDisclosure(d({ takenDownOn: "2026-03-11" as IsoDate }), "2026-03-20" as IsoDate);
    expect(down.standing).toBe("short");
    expect(down.problems).toContainEqual(
      expect.objectContaining({ code: "ends_early", minimumEnd: "2026-03-31" }),
    );
    const planned = assessDisclosure(d({ plannedEnd: "2026-03-15" as IsoDate }), "2026-03-05" as IsoDate);
    expect(planned.standing).toBe("posting");
    expect(planned.problems.map((p) => p.code)).toEqual(["ends_early"]);
  });

  it("lacks the loudspeaker and village heads for a clause 7–12 item (Điều 13 khoản 3, 4), and 2 days of broadcast are too few", () => {
    const none = assessDisclosure(d({ clause: 8 }), "2026-03-05" as IsoDate);
    expect(none.problems.map((p) => (p.code === "channel_missing" ? p.channel : p.code))).toEqual([
      "loudspeaker",
      "village_heads",
    ]);
    const short = assessDisclosure(
      d({ clause: 8, channels: ["noticeboard", "portal", "loudspeaker", "village_heads"], broadcastDays: 2 }),
      "2026-03-05" as IsoDate,
    );
    expect(short.problems).toEqual([
      expect.objectContaining({ code: "broadcast_short", minimum: 3, article: "Điều 13 khoản 3" }),
    ]);
  });

  it("is scheduled before its posting day", () => {
    expect(assessDisclosure(d(), "2026-02-27" as IsoDate).standing).toBe("scheduled");
  });
});

describe("the checker per group", () => {
  it("names quarters and years", () => {
    expect(periodOf("quarter", "2026-02-10" as IsoDate, 1)).toMatchObject({
      key: "2025-Q4",
      from: "2025-10-01",
      to: "2025-12-31",
    });
    expect(periodOf("year", "2026-02-10" as IsoDate)).toMatchObject({ key: "2026", vi: "Năm 2026" });
  });

  it("says the budget (Điều 11 khoản 2, quarterly) is missing when the last quarter passed without it, due when only this quarter lacks it", () => {
    const today = "2026-05-10" as IsoDate;
    const none = checkGroups([], today);
    expect(none.find((c) => c.group.clause === 2)).toMatchObject({
      status: "missing",
      period: { key: "2026-Q1" },
    });
    expect(none.find((c) => c.group.clause === 3)!.status).toBe("none");
    const lastQuarter = checkGroups(
      [d({ clause: 2, postedOn: "2026-02-01" as IsoDate, plannedEnd: "2026-03-05" as IsoDate })],
      today,
    );
    expect(lastQuarter.find((c) => c.group.clause === 2)).toMatchObject({
      status: "due",
      period: { key: "2026-Q2" },
    });
  });

  it("reads a group from its latest disclosure of the period: posted, ended, or expired", () => {
    const today = "2026-05-10" as IsoDate;
    const checks = checkGroups(
      [
        d({ id: "a", clause: 1, postedOn: "2026-01-05" as IsoDate, takenDownOn: "2026-01-15" as IsoDate }),
        d({ id: "b", clause: 2, postedOn: "2026-04-02" as IsoDate }),
        d({ id: "c", clause: 3, postedOn: "2026-03-01" as IsoDate, plannedEnd: "2026-04-15" as IsoDate }),
      ],
      today,
    );
    expect(checks.find((c) => c.group.clause === 1)).toMatchObject({ status: "expired", latestId: "a" });
    expect(checks.find((c) => c.group.clause === 2)).toMatchObject({ status: "posted", latestId: "b" });
    expect(checks.find((c) => c.group.clause === 3)).toMatchObject({ status: "ended", latestId: "c" });
  });
});
