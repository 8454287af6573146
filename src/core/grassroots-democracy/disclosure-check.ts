// The pure rules over a commune's disclosures: how one disclosure stands today (on the board, ended
// after its minimum, ended too early, not yet posted) with what it lacks (a channel the law requires
// for its group, too few days of broadcast), and, per group of Điều 11, whether the commune has
// posted what is due, or is missing it. No I/O, no clock: "today" is an argument.
import { addDays, type IsoDate } from "../calendar/index.ts";
import {
  CHANNEL_RULES,
  type Channel,
  DISCLOSURE_GROUPS,
  type DisclosureGroup,
  DURATION_RULES,
} from "./disclosure-law.ts";

export interface DisclosureFacts {
  readonly id: string;
  readonly clause: number;
  readonly channels: readonly Channel[];
  /** Days the loudspeaker carried it, when it did. */
  readonly broadcastDays: number | null;
  readonly postedOn: IsoDate;
  /** The last day it is planned to stay posted; null = until taken down. */
  readonly plannedEnd: IsoDate | null;
  /** The day it was taken down (its last day on the board); null while it stays. */
  readonly takenDownOn: IsoDate | null;
}

export type Standing = "scheduled" | "posting" | "done" | "short";

export type Problem =
  | {
      readonly code: "channel_missing";
      readonly channel: Channel;
      readonly article: string;
      readonly ifAvailable: boolean;
    }
  | {
      readonly code: "broadcast_short";
      readonly days: number;
      readonly minimum: number;
      readonly article: string;
    }
  | {
      readonly code: "ends_early";
      readonly endsOn: IsoDate;
      readonly minimumEnd: IsoDate;
      readonly article: string;
    };

export interface Assessment {
  readonly standing: Standing;
  /** The last day on the board: taken down, else the planned end; null when open-ended. */
  readonly endsOn: IsoDate | null;
  /** The first day it may come down having stayed the minimum (null when no minimum applies). */
  readonly minimumEnd: IsoDate | null;
  readonly problems: readonly Problem[];
}

const boardRule = (clause: number) =>
  DURATION_RULES.find((r) => r.channel === "noticeboard" && r.clauses.includes(clause));
const broadcastRule = (clause: number) =>
  DURATION_RULES.find((r) => r.channel === "loudspeaker" && r.clauses.includes(clause));

/**
 * One disclosure today. The board's minimum counts calendar days from the day after posting (Bộ
 * luật Dân sự 2015 Điều 147: the first day is not counted), so 30 days posted on 01/3 end on 31/3.
 */
export function assessDisclosure(d: DisclosureFacts, today: IsoDate): Assessment {
  const endsOn = d.takenDownOn ?? d.plannedEnd;
  const board = boardRule(d.clause);
  const minimumEnd = board && d.channels.includes("noticeboard") ? addDays(d.postedOn, board.days) : null;
  const problems: Problem[] = [];
  for (const rule of CHANNEL_RULES)
    if (rule.clauses.includes(d.clause) && !d.channels.includes(rule.channel))
      problems.push({
        code: "channel_missing",
        channel: rule.channel,
        article: rule.article,
        ifAvailable: rule.ifAvailable,
      });
  const broadcast = broadcastRule(d.clause);
  if (broadcast && d.channels.includes("loudspeaker") && (d.broadcastDays ?? 0) < broadcast.days)
    problems.push({
      code: "broadcast_short",
      days: d.broadcastDays ?? 0,
      minimum: broadcast.days,
      article: broadcast.article,
    });
  const early = minimumEnd !== null && endsOn !== null && endsOn < minimumEnd;
  if (early && board)
    problems.push({ code: "ends_early", endsOn: endsOn!, minimumEnd: minimumEnd!, article: board.article });
  let standing: Standing;
  if (d.postedOn > today) standing = "scheduled";
  else if (endsOn === null || endsOn >= today) standing = "posting";
  else standing = early ? "short" : "done";
  return { standing, endsOn, minimumEnd, problems };
}

export interface PeriodOf {
  readonly key: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly vi: string;
  readonly en: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) =>
  `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}` as IsoDate;

/** The year or quarter containing `day`, and the one `back` periods before it. */
export function periodOf(cadence: "year" | "quarter", day: IsoDate, back = 0): PeriodOf {
  const y = Number(day.slice(0, 4));
  if (cadence === "year") {
    const yy = y - back;
    return {
      key: `${yy}`,
      from: `${yy}-01-01` as IsoDate,
      to: `${yy}-12-31` as IsoDate,
      vi: `Năm ${yy}`,
      en: `Year ${yy}`,
    };
  }
  const index = y * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3) - back;
  const yy = Math.floor(index / 4);
  const q = (index % 4) + 1;
  return {
    key: `${yy}-Q${q}`,
    from: `${yy}-${pad(q * 3 - 2)}-01` as IsoDate,
    to: lastDay(yy, q * 3),
    vi: `Quý ${q}/${yy}`,
    en: `Q${q} ${yy}`,
  };
}

/**
 * - posted: on the board today; ended: it stayed its minimum and came down; expired: it came down
 *   before the minimum; due: this period's information is not posted yet; missing: the last period
 *   ended with nothing of the group posted; none: a group that arises with events, nothing posted.
 */
export type GroupStatus = "posted" | "ended" | "expired" | "due" | "missing" | "none";

export interface GroupCheck {
  readonly group: DisclosureGroup;
  readonly status: GroupStatus;
  readonly period: PeriodOf | null;
  /** The disclosure the status is read from (the latest of the group in the period), if any. */
  readonly latestId: string | null;
  readonly problems: readonly Problem[];
}

const byPosting = (a: DisclosureFacts, b: DisclosureFacts) =>
  a.postedOn < b.postedOn ? 1 : a.postedOn > b.postedOn ? -1 : 0;
const within = (d: DisclosureFacts, p: PeriodOf) => d.postedOn >= p.from && d.postedOn <= p.to;

function fromStanding(s: Standing): GroupStatus {
  if (s === "posting") return "posted";
  if (s === "done") return "ended";
  if (s === "short") return "expired";
  return "due";
}

/** The commune's standing for each group of Điều 11 on `today`. */
export function checkGroups(disclosures: readonly DisclosureFacts[], today: IsoDate): GroupCheck[] {
  return DISCLOSURE_GROUPS.map((group) => {
    const mine = disclosures.filter((d) => d.clause === group.clause).sort(byPosting);
    if (group.cadence === "as_arising") {
      const latest = mine.find((d) => d.postedOn <= today) ?? mine[0];
      if (!latest) return { group, status: "none", period: null, latestId: null, problems: [] };
      const a = assessDisclosure(latest, today);
      return {
        group,
        status: fromStanding(a.standing),
        period: null,
        latestId: latest.id,
        problems: a.problems,
      };
    }
    const current = periodOf(group.cadence, today);
    const previous = periodOf(group.cadence, today, 1);
    const latest = mine.find((d) => within(d, current));
    if (latest) {
      const a = assessDisclosure(latest, today);
      return {
        group,
        status: fromStanding(a.standing),
        period: current,
        latestId: latest.id,
        problems: a.problems,
      };
    }
    const before = mine.find((d) => within(d, previous));
    if (!before) return { group, status: "missing", period: previous, latestId: null, problems: [] };
    return { group, status: "due", period: current, latestId: null, problems: [] };
  });
}
