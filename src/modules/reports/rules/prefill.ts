// What the system fills in itself on a unit's report: its assignments under the plan, with the
// latest progress reported inside the period, and the indicators it can count (done, done on time,
// overdue at the period's end).
import type { Computed } from "../contract.ts";

export interface TaskRow {
  id: string;
  orgId: string;
  status: string;
  dueDate: string | null;
  completedOn: string | null;
}

/** The computed indicators of a set of assignments as they stood at the end of a period. */
export function computedOf(rows: readonly TaskRow[], periodEnd: string): Record<Computed, number> {
  let done = 0;
  let onTime = 0;
  let overdue = 0;
  for (const r of rows) {
    const finished = r.status === "done" && r.completedOn !== null && r.completedOn <= periodEnd;
    if (finished) {
      done++;
      if (!r.dueDate || r.completedOn! <= r.dueDate) onTime++;
    } else if (r.dueDate && r.dueDate < periodEnd) overdue++;
  }
  return { tasks_total: rows.length, tasks_done: done, tasks_done_on_time: onTime, tasks_overdue: overdue };
}
