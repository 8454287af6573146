// What the daily reminders read besides the rows: the directives' reporting duties (for the
// checkpoints of undated work) and the stages already sent.
import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { directiveReporting } from "../../directives/schema.ts";
import type { ReportingDuty } from "../rules/due.ts";
import { assignmentReminders } from "../schema.ts";

/** The reporting duties each directive states (dates, frequency), for the checkpoints of undated work. */
export async function reportingDutiesOf(
  db: Db,
  directiveIds: string[],
): Promise<Map<string, ReportingDuty[]>> {
  const ids = [...new Set(directiveIds)];
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      directiveId: directiveReporting.directiveId,
      due: directiveReporting.due,
      frequency: directiveReporting.frequency,
    })
    .from(directiveReporting)
    .where(inArray(directiveReporting.directiveId, ids));
  const out = new Map<string, ReportingDuty[]>();
  for (const r of rows)
    out.set(r.directiveId, [...(out.get(r.directiveId) ?? []), { due: r.due, frequency: r.frequency }]);
  return out;
}

/** Which reminder stages each assignment has had. */
export async function sentStagesOf(db: Db, assignmentIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (let i = 0; i < assignmentIds.length; i += 5000) {
    const chunk = assignmentIds.slice(i, i + 5000);
    const rows = await db
      .select({ assignmentId: assignmentReminders.assignmentId, stageKey: assignmentReminders.stageKey })
      .from(assignmentReminders)
      .where(inArray(assignmentReminders.assignmentId, chunk));
    for (const r of rows) {
      const set = out.get(r.assignmentId) ?? new Set<string>();
      set.add(r.stageKey);
      out.set(r.assignmentId, set);
    }
  }
  return out;
}
