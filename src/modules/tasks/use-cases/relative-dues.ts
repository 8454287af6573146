// Relative due dates ("trong 15 ngày làm việc kể từ ngày ...") depend on the holiday schedule. When
// an administrator enters or changes a year's schedule, the open assignments counted in working days
// are counted again, inside the same transaction, each with a timeline entry when the date moves.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { WorkingCalendar } from "../../../core/calendar/index.ts";
import type { Db } from "../../../db/client.ts";
import { relativeDue } from "../rules/due.ts";
import { dateVi } from "../rules/format.ts";
import { assignments, assignmentUpdates } from "../schema.ts";

/** Recounts working-day relative due dates; returns how many moved. */
export async function recountRelativeDues(
  tx: Db,
  cal: WorkingCalendar,
  who: { userId: string | null; now: Date },
): Promise<number> {
  const rows = await tx
    .select({ id: assignments.id, dueDate: assignments.dueDate, relative: assignments.relative })
    .from(assignments)
    .where(
      and(
        eq(assignments.dueKind, "relative"),
        isNotNull(assignments.relative),
        inArray(assignments.status, ["not_started", "in_progress", "paused"]),
      ),
    );
  let moved = 0;
  for (const row of rows) {
    if (!row.relative?.working) continue;
    const due = relativeDue(row.relative, cal);
    if (!due || due === row.dueDate) continue;
    await tx.update(assignments).set({ dueDate: due, updatedAt: who.now }).where(eq(assignments.id, row.id));
    await tx.insert(assignmentUpdates).values({
      assignmentId: row.id,
      kind: "comment",
      narrative: `Hạn được tính lại theo lịch nghỉ lễ mới: ${dateVi(row.dueDate)} → ${dateVi(due)}.`,
      data: { dueFrom: row.dueDate, dueTo: due, reason: "holiday_schedule" },
      authorUserId: who.userId,
      at: who.now,
    });
    moved++;
  }
  return moved;
}
