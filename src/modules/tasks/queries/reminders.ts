// What the daily reminders read besides the rows: the directives' reporting duties (for the
// checkpoints of undated work) and the stages already sent.
import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { versionedCache } from "../../data-versions/use-cases/versions.ts";
import { directiveReporting } from "../../directives/schema.ts";
import type { ReportingDuty } from "../rules/due.ts";
import { assignmentReminders } from "../schema.ts";

/**
 * The duties of recent look-ups on this node, valid while no directive or its parts was written (the
 * "work" counter of docs/decisions/request-caches.md): every list classifies with them.
 */
const dutiesCache = versionedCache<ReadonlyMap<string, readonly ReportingDuty[]>>(["work"], {
  maxEntries: 300,
  maxAgeMs: 10 * 60_000,
});

/** The reporting duties each directive states (dates, frequency), for the checkpoints of undated work. */
export async function reportingDutiesOf(
  db: Db,
  directiveIds: string[],
): Promise<Map<string, ReportingDuty[]>> {
  const ids = [...new Set(directiveIds)].sort();
  if (!ids.length) return new Map();
  const duties = await dutiesCache.get(db, ids.join(","), Date.now(), async () => {
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
      out.set(r.directiveId, [
        ...(out.get(r.directiveId) ?? []),
        Object.freeze({ due: r.due, frequency: r.frequency }),
      ]);
    return out;
  });
  // A map of the caller's own; the duties themselves are shared (frozen).
  return new Map([...duties].map(([id, list]) => [id, [...list]]));
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
