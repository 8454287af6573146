// What /api/statistics answers: the server's contract types, type-only; and the export's address.
export type {
  AgeStat,
  PlanStat,
  ReportPeriodStat,
  ReportUnitStat,
  StatsOut,
  TrendStat,
  UnitStat,
} from "../../../src/modules/statistics/contract.ts";

export interface StatsParams {
  orgId?: string | undefined;
  directiveId?: string | undefined;
  period?: string | undefined;
}

export function statsQueryOf(p: StatsParams): Record<string, string> {
  const q: Record<string, string> = {};
  if (p.orgId) q.orgId = p.orgId;
  if (p.directiveId) q.directiveId = p.directiveId;
  if (p.period) q.period = p.period;
  return q;
}

export const exportUrl = (p: StatsParams): string => {
  const s = new URLSearchParams(statsQueryOf(p)).toString();
  return `/api/statistics/export.xlsx${s ? `?${s}` : ""}`;
};
