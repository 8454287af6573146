// The statistics API's shapes (Zod): a leader's "how is my area doing" (issue 14 item 6). Imports
// only zod, core and other contracts, so the web app takes its types from here.
import { z } from "zod";
import { nullableText } from "../shared/contract.ts";
import { classCounts, homeFilter } from "../tasks/contract.ts";

/** A period of the statistics, by due date: a year "2026", a half "2026-H1" or a quarter "2026-Q3". */
export const STAT_PERIOD = /^(20\d\d)(?:-(H[12]|Q[1-4]))?$/;

export const statsQuery = z.object({
  /** The unit whose area is shown (default: the actor's acting unit, else the top one they read). */
  orgId: z.uuid({ error: "Mã đơn vị không hợp lệ." }).optional(),
  directiveId: z.uuid({ error: "Mã kế hoạch không hợp lệ." }).optional(),
  period: z
    .string()
    .regex(STAT_PERIOD, { error: "Kỳ thống kê không hợp lệ (ví dụ: 2026, 2026-H1, 2026-Q3)." })
    .optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

const ref = z.object({ id: z.string(), name: z.string() });

/** Counts in the Government Office's classes, with the share done on time of the work that fell due. */
export const completion = z.object({
  counts: classCounts,
  /** done on time ÷ (done on time + done late + overdue), percent with one decimal; null when none fell due. */
  onTimeRate: z.number().nullable(),
});
export type Completion = z.infer<typeof completion>;

export const AGE_BUCKETS = ["d1_5", "d6_10", "d11_30", "d31"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export const unitStat = completion.extend({
  orgId: z.string(),
  name: z.string(),
  shortName: nullableText,
  /** The focus unit's own work (as lead), shown beside the units below it. */
  own: z.boolean(),
  /** Places in the ranking (1 = best), among the units below the focus unit. */
  rank: z.number().nullable(),
  /** Overdue work by age (working days), in AGE_BUCKETS order; the last figure is recurring work. */
  overdueByAge: z.array(z.number()),
  overdueRecurring: z.number(),
  /** The task list showing exactly this unit's rows (null when its work lies in units below it). */
  filter: homeFilter.nullable(),
  /** The unit has units below it with work: its own statistics screen opens one level down. */
  hasBelow: z.boolean(),
});
export type UnitStat = z.infer<typeof unitStat>;

export const planStat = completion.extend({
  id: z.string(),
  symbol: nullableText,
  title: nullableText,
});
export type PlanStat = z.infer<typeof planStat>;

export const ageStat = z.object({
  bucket: z.enum([...AGE_BUCKETS, "recurring"]),
  n: z.number(),
  /** Working days overdue, from and to (null: no upper bound). */
  from: z.number(),
  to: z.number().nullable(),
  /** The task list of exactly these rows (dated work: a due-date range), when one list holds them. */
  filter: homeFilter.nullable(),
});
export type AgeStat = z.infer<typeof ageStat>;

/** One quarter of the due date ("2026-Q3"). */
export const trendStat = completion.extend({ key: z.string() });
export type TrendStat = z.infer<typeof trendStat>;

const reportCounts = z.object({
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  pending: z.number(),
  /** on time ÷ reports due, percent with one decimal; null when none was due. */
  onTimeRate: z.number().nullable(),
});

export const reportUnit = z.object({
  obligationId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  scheduleTitle: z.string(),
  kind: z.enum(["pending", "on_time", "late", "missing"]),
  days: z.number(),
});
export type ReportUnit = z.infer<typeof reportUnit>;

export const reportPeriodStat = reportCounts.extend({
  key: z.string(),
  label: z.string(),
  /** The units late or missing, the longest first. */
  behind: z.array(reportUnit),
});
export type ReportPeriodStat = z.infer<typeof reportPeriodStat>;

export const reportUnitStat = reportCounts.extend({ orgId: z.string(), name: z.string() });
export type ReportUnitStat = z.infer<typeof reportUnitStat>;

export const statsOut = z.object({
  today: z.string(),
  focus: ref,
  /** The unit above, when the actor reads it (to go back up a level). */
  up: ref.nullable(),
  /** The units whose screens the actor may open (their own units and the ones they lead). */
  roots: z.array(ref),
  filters: z.object({
    directiveId: nullableText,
    period: nullableText,
    dueFrom: nullableText,
    dueTo: nullableText,
  }),
  plans: z.array(z.object({ id: z.string(), symbol: nullableText, title: nullableText })),
  /** The periods the filter offers (keys as STAT_PERIOD; the web app names them). */
  periods: z.array(z.string()),
  totals: completion,
  units: z.array(unitStat),
  byPlan: z.array(planStat),
  overdueByAge: z.array(ageStat),
  trend: z.array(trendStat),
  reports: z.object({
    periods: z.array(reportPeriodStat),
    units: z.array(reportUnitStat),
  }),
});
export type StatsOut = z.infer<typeof statsOut>;
