// Open work follows a unit through reorganisation (docs/decisions/task-reorganisation.md). Called
// explicitly inside the orgs module's merge and dissolve transactions, so that the tree and the work
// change together or not at all:
//   merge, dissolve with a successor → open assignments move to the successor, with a "moved" entry;
//   split, dissolve without successor → they stay on the old unit, flagged for the coordinator to
//   give to one of the successors (a split says who takes which area; the program cannot know).
// Finished work stays with the unit that did it: history is kept as it happened.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { dateVi } from "../rules/format.ts";
import { assignmentSupporters, assignments, assignmentUpdates } from "../schema.ts";

export interface Who {
  userId: string | null;
  now: Date;
}

interface OrgName {
  id: string;
  name: string;
}

type Entry = Omit<typeof assignmentUpdates.$inferInsert, "authorUserId" | "at">;

/** Writes a timeline entry on each row a reorganisation touched, by the person who recorded it, at that time. */
async function addEntries<R>(tx: Db, who: Who, rows: R[], entry: (row: R) => Entry) {
  if (rows.length)
    await tx
      .insert(assignmentUpdates)
      .values(rows.map((r) => ({ ...entry(r), authorUserId: who.userId, at: who.now })));
}

/** Moves the open work led or supported by `from` to `to`; returns how many assignments it led. */
export async function moveOpenWork(
  tx: Db,
  move: { from: OrgName; to: OrgName; reason: "merge" | "dissolve"; effectiveDate: string },
  who: Who,
): Promise<number> {
  const moved = await tx
    .update(assignments)
    .set({
      leadOrgId: move.to.id,
      needsReassignment: false,
      version: sql`${assignments.version} + 1`,
      updatedAt: who.now,
      updatedBy: who.userId,
    })
    .where(and(eq(assignments.leadOrgId, move.from.id), ne(assignments.status, "done")))
    .returning({ id: assignments.id, status: assignments.status });
  const data = {
    fromOrgId: move.from.id,
    fromOrgName: move.from.name,
    toOrgId: move.to.id,
    toOrgName: move.to.name,
    reason: move.reason,
    effectiveDate: move.effectiveDate,
  };
  const verb = move.reason === "merge" ? "hợp nhất vào" : "giải thể, chuyển cho";
  await addEntries(tx, who, moved, (a) => ({
    assignmentId: a.id,
    kind: "moved",
    status: a.status,
    narrative: `${move.from.name} ${verb} ${move.to.name} từ ngày ${dateVi(move.effectiveDate)}: công việc chuyển sang ${move.to.name}.`,
    data,
  }));
  // Supporting roles follow too, on open work only; never making a unit support its own work.
  const supported = await tx
    .select({ assignmentId: assignmentSupporters.assignmentId, leadOrgId: assignments.leadOrgId })
    .from(assignmentSupporters)
    .innerJoin(assignments, eq(assignments.id, assignmentSupporters.assignmentId))
    .where(and(eq(assignmentSupporters.orgId, move.from.id), ne(assignments.status, "done")));
  if (supported.length) {
    const ids = supported.map((s) => s.assignmentId);
    await tx
      .delete(assignmentSupporters)
      .where(
        and(eq(assignmentSupporters.orgId, move.from.id), inArray(assignmentSupporters.assignmentId, ids)),
      );
    const keep = supported.filter((s) => s.leadOrgId !== move.to.id);
    if (keep.length)
      await tx
        .insert(assignmentSupporters)
        .values(keep.map((s) => ({ assignmentId: s.assignmentId, orgId: move.to.id })))
        .onConflictDoNothing();
    await addEntries(tx, who, supported, (s) => ({
      assignmentId: s.assignmentId,
      kind: "moved",
      narrative: `Đơn vị phối hợp ${move.from.name} ${verb} ${move.to.name} từ ngày ${dateVi(move.effectiveDate)}.`,
      data: { ...data, role: "support" },
    }));
  }
  return moved.length;
}

/** Flags the open work led by a unit that ended without a single successor; returns how many. */
export async function flagOpenWork(
  tx: Db,
  flag: { org: OrgName; reason: "split" | "dissolve"; successors: OrgName[]; effectiveDate: string },
  who: Who,
): Promise<number> {
  const flagged = await tx
    .update(assignments)
    .set({ needsReassignment: true, version: sql`${assignments.version} + 1`, updatedAt: who.now })
    .where(and(eq(assignments.leadOrgId, flag.org.id), ne(assignments.status, "done")))
    .returning({ id: assignments.id, status: assignments.status });
  const names = flag.successors.map((s) => s.name).join(", ");
  await addEntries(tx, who, flagged, (a) => ({
    assignmentId: a.id,
    kind: "reassign_needed",
    status: a.status,
    narrative:
      flag.reason === "split"
        ? `${flag.org.name} chia tách thành ${names} từ ngày ${dateVi(flag.effectiveDate)}: cơ quan theo dõi cần giao lại công việc cho đơn vị kế thừa phù hợp.`
        : `${flag.org.name} giải thể từ ngày ${dateVi(flag.effectiveDate)}, không có đơn vị kế thừa: cơ quan theo dõi cần giao lại công việc.`,
    data: {
      orgId: flag.org.id,
      reason: flag.reason,
      candidates: flag.successors,
      effectiveDate: flag.effectiveDate,
    },
  }));
  return flagged.length;
}
