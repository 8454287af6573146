// The timeline of an assignment: its entries with authors, units and files, one file of it, and
// the last change (shown to the second of two officials saving at once).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { fileColumns } from "../../files/queries.ts";
import { storedFiles } from "../../files/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import { users } from "../../people/schema.ts";
import { assignmentFiles, assignmentUpdates } from "../schema.ts";

/** The timeline of an assignment, oldest first, with authors, units and files. */
export async function timelineOf(db: Db, assignmentId: string) {
  const entries = await db
    .select({
      id: assignmentUpdates.id,
      kind: assignmentUpdates.kind,
      status: assignmentUpdates.status,
      percent: assignmentUpdates.percent,
      narrative: assignmentUpdates.narrative,
      data: assignmentUpdates.data,
      at: assignmentUpdates.at,
      authorUserId: assignmentUpdates.authorUserId,
      authorName: users.fullName,
      authorOrgId: assignmentUpdates.authorOrgId,
      authorOrgName: orgs.name,
    })
    .from(assignmentUpdates)
    .leftJoin(users, eq(users.id, assignmentUpdates.authorUserId))
    .leftJoin(orgs, eq(orgs.id, assignmentUpdates.authorOrgId))
    .where(eq(assignmentUpdates.assignmentId, assignmentId))
    .orderBy(asc(assignmentUpdates.at), asc(assignmentUpdates.id));
  const files = entries.length
    ? await db
        .select({ updateId: assignmentFiles.updateId, ...fileColumns })
        .from(assignmentFiles)
        .innerJoin(storedFiles, eq(storedFiles.id, assignmentFiles.fileId))
        .where(
          inArray(
            assignmentFiles.updateId,
            entries.map((e) => e.id),
          ),
        )
    : [];
  return entries.map((e) => ({
    ...e,
    at: e.at.toISOString(),
    files: files.filter((f) => f.updateId === e.id).map(({ updateId: _, ...f }) => f),
  }));
}

/** Is the file attached to an entry of this assignment's timeline? */
export async function fileOfAssignment(db: Db, assignmentId: string, fileId: string) {
  const [row] = await db
    .select({ ...fileColumns, storageKey: storedFiles.storageKey })
    .from(assignmentFiles)
    .innerJoin(assignmentUpdates, eq(assignmentUpdates.id, assignmentFiles.updateId))
    .innerJoin(storedFiles, eq(storedFiles.id, assignmentFiles.fileId))
    .where(and(eq(assignmentUpdates.assignmentId, assignmentId), eq(assignmentFiles.fileId, fileId)));
  if (!row) throw notFound("tệp của công việc này");
  return row;
}

/** The latest timeline entry that changed the assignment (to show "their change" on a conflict). */
export async function lastChangeOf(db: Db, assignmentId: string) {
  const [row] = await db
    .select({
      kind: assignmentUpdates.kind,
      status: assignmentUpdates.status,
      percent: assignmentUpdates.percent,
      narrative: assignmentUpdates.narrative,
      at: assignmentUpdates.at,
      authorName: users.fullName,
    })
    .from(assignmentUpdates)
    .leftJoin(users, eq(users.id, assignmentUpdates.authorUserId))
    .where(
      and(
        eq(assignmentUpdates.assignmentId, assignmentId),
        inArray(assignmentUpdates.kind, [
          "progress",
          "status",
          "completion_requested",
          "approved",
          "rejected",
          "moved",
        ]),
      ),
    )
    .orderBy(sql`${assignmentUpdates.at} desc`)
    .limit(1);
  return row ? { ...row, at: row.at.toISOString() } : null;
}
