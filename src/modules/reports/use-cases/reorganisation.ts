// Reports follow a unit through reorganisation, as assignments do (tasks/use-cases/reorganisation.ts):
// called inside the merge or dissolve transaction, the reports the unit still owes move to its
// successor (a "moved" step on each). Where the successor already owes the same period's report,
// the old unit's stays where it is (two copies of one duty would count it twice); sent reports stay
// with the unit that sent them.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { openObligationsOf } from "../queries.ts";
import { reportEvents, reportObligations, reportSchedules } from "../schema.ts";

export async function moveOpenReports(
  tx: Db,
  move: { from: { id: string; name: string }; to: { id: string; name: string } },
  who: { userId: string | null; now: Date },
): Promise<number> {
  const open = await openObligationsOf(tx, move.from.id);
  if (!open.length) return 0;
  const theirs = await tx
    .select({ scheduleId: reportObligations.scheduleId, periodKey: reportObligations.periodKey })
    .from(reportObligations)
    .where(
      and(
        eq(reportObligations.orgId, move.to.id),
        inArray(
          reportObligations.scheduleId,
          open.map((o) => o.scheduleId),
        ),
      ),
    );
  const owed = new Set(theirs.map((t) => `${t.scheduleId}:${t.periodKey}`));
  const moving = open.filter((o) => !owed.has(`${o.scheduleId}:${o.periodKey}`));
  for (const o of moving) {
    await tx
      .update(reportObligations)
      .set({
        orgId: move.to.id,
        movedFromOrgId: o.movedFromOrgId ?? move.from.id,
        updatedAt: who.now,
        updatedBy: who.userId,
      })
      .where(eq(reportObligations.id, o.id));
    await tx.insert(reportEvents).values({
      obligationId: o.id,
      kind: "moved",
      comment: `Chuyển từ ${move.from.name} sang ${move.to.name}`,
      userId: who.userId,
      at: who.now,
    });
  }
  // The successor reports from now on in the schedules the old unit was part of.
  const schedules = await tx
    .select()
    .from(reportSchedules)
    .where(inArray(reportSchedules.id, [...new Set(open.map((o) => o.scheduleId))]));
  for (const s of schedules)
    await tx
      .update(reportSchedules)
      .set({
        unitOrgIds: [...new Set(s.unitOrgIds.map((id) => (id === move.from.id ? move.to.id : id)))],
        updatedAt: who.now,
      })
      .where(eq(reportSchedules.id, s.id));
  return moving.length;
}
