// The coordinating unit's consolidated report (issue 14 item 4), built from its units' reports:
// each indicator summed, averaged or counted as it defines (over the units that reported), the
// narratives gathered part by part with each unit's name, a table of task status by unit, and the
// units that did not report. Pure and linear in the size of its input (bench/reports.bench.ts).
import { type IndicatorDef, NARRATIVE_PARTS, type NarrativePart } from "../contract.ts";
import { computedOf, type TaskRow } from "./prefill.ts";
import type { Value } from "./validation.ts";

export interface UnitReport {
  orgId: string;
  orgName: string;
  state: string;
  values: Readonly<Record<string, Value>>;
  narratives: Readonly<Record<string, string>>;
}

export interface StatusLine {
  orgName: string;
  state: string;
  total: number;
  done: number;
  onTime: number;
  overdue: number;
}

export interface Consolidation {
  values: Record<string, Value>;
  narratives: Record<NarrativePart, string>;
  units: number;
  reported: number;
  notReported: string[];
  statusTable: StatusLine[];
}

/** A report that has left its unit counts; a draft, a returned report or none does not. */
export const hasReported = (state: string) => state === "submitted" || state === "accepted";

const round = (n: number) => Math.round(n * 100) / 100;

export function consolidate(
  indicators: readonly IndicatorDef[],
  units: readonly UnitReport[],
  tasks: readonly TaskRow[],
  periodEnd: string,
): Consolidation {
  const reported = units.filter((u) => hasReported(u.state));
  const values: Record<string, Value> = {};
  for (const d of indicators) {
    let sum = 0;
    let n = 0;
    let yes = 0;
    for (const u of reported) {
      const v = u.values[d.key];
      if (typeof v === "number") {
        sum += v;
        n++;
      } else if (v === true) yes++;
    }
    values[d.key] =
      d.aggregate === "count_yes"
        ? yes
        : d.aggregate === "average"
          ? n
            ? round(sum / n)
            : null
          : round(sum);
  }
  const narratives = {} as Record<NarrativePart, string>;
  for (const part of NARRATIVE_PARTS)
    narratives[part] = reported
      .filter((u) => u.narratives[part]?.trim())
      .map((u) => `- ${u.orgName}: ${u.narratives[part]!.trim()}`)
      .join("\n");
  const byOrg = new Map<string, TaskRow[]>();
  for (const t of tasks) {
    const list = byOrg.get(t.orgId);
    if (list) list.push(t);
    else byOrg.set(t.orgId, [t]);
  }
  const statusTable = units.map((u): StatusLine => {
    const c = computedOf(byOrg.get(u.orgId) ?? [], periodEnd);
    return {
      orgName: u.orgName,
      state: u.state,
      total: c.tasks_total,
      done: c.tasks_done,
      onTime: c.tasks_done_on_time,
      overdue: c.tasks_overdue,
    };
  });
  return {
    values,
    narratives,
    units: units.length,
    reported: reported.length,
    notReported: units.filter((u) => !hasReported(u.state)).map((u) => u.orgName),
    statusTable,
  };
}
