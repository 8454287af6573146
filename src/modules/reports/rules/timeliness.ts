// Timeliness of one report (issue 14 item 3): on time, late by N working days, missing (due date
// passed and nothing left the unit), or pending (N working days left). A report counts by the moment
// it first left the unit signed off: returned and resubmitted later, it stays as timely as it was.
import type { IsoDate, WorkingCalendar } from "../../../core/calendar/index.ts";

export interface Timeliness {
  kind: "pending" | "on_time" | "late" | "missing";
  /** Working days left (pending), late (late, missing); 0 when on time. */
  days: number;
}

export function timelinessOf(
  due: IsoDate,
  firstSubmittedOn: IsoDate | null,
  today: IsoDate,
  cal: WorkingCalendar,
): Timeliness {
  if (firstSubmittedOn) {
    if (firstSubmittedOn <= due) return { kind: "on_time", days: 0 };
    return { kind: "late", days: Math.max(1, cal.workingDaysBetween(due, firstSubmittedOn)) };
  }
  if (today <= due) return { kind: "pending", days: Math.max(0, cal.workingDaysBetween(today, due)) };
  return { kind: "missing", days: Math.max(1, cal.workingDaysBetween(due, today)) };
}

/** The coordinator's order: missing the longest first, then what is due soonest, then the rest. */
export function urgency(t: Timeliness, state: string): number {
  if (t.kind === "missing") return -1000 - t.days;
  if (state === "returned") return -500;
  if (t.kind === "pending") return t.days;
  if (state === "submitted") return 1000;
  return 2000 + (t.kind === "late" ? 0 : 1);
}

export interface Totals {
  units: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Share of the units that reported on time, in percent (one decimal). */
  onTimeRate: number;
}

export function totalsOf(ts: readonly Timeliness[]): Totals {
  const n = (k: Timeliness["kind"]) => ts.filter((t) => t.kind === k).length;
  const onTime = n("on_time");
  return {
    units: ts.length,
    onTime,
    late: n("late"),
    missing: n("missing"),
    pending: n("pending"),
    onTimeRate: ts.length ? Math.round((onTime / ts.length) * 1000) / 10 : 0,
  };
}
