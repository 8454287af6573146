// People follow their body through a reorganisation. Called explicitly inside the orgs module's
// merge, split and dissolve transactions (like the open work, tasks/use-cases/reorganisation.ts), so
// the tree, the work and the people change together or not at all:
//   each current membership of an ended body ends (kept as history, naming the change) and, unless
//   the administrator unticked it, a membership with the same role and title starts at the successor
//   (a split: the new body chosen for that person, by default the first).
import { and, inArray, isNull } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { AuditInput } from "../../audit/use-cases/append.ts";
import type { PeopleChoice } from "../../orgs/contract.ts";
import { dayBefore } from "../../orgs/rules/names.ts";
import { memberships } from "../schema.ts";

interface OrgName {
  id: string;
  name: string;
}

export interface PeopleMove {
  change: { id: string; kind: "merge" | "split" | "dissolve"; effectiveDate: string };
  sources: OrgName[];
  /** Where people may go; empty for a dissolution without successor. */
  successors: OrgName[];
  choices?: PeopleChoice[] | undefined;
}

/** Ends the current memberships of the sources and starts those that follow; returns the counts. */
export async function movePeople(
  tx: Db,
  move: PeopleMove,
  audit: (input: AuditInput) => Promise<number>,
): Promise<{ followed: number; ended: number }> {
  const sourceIds = move.sources.map((s) => s.id);
  const current = await tx
    .select()
    .from(memberships)
    .where(and(inArray(memberships.orgId, sourceIds), isNull(memberships.endedOn)));
  const choices = new Map((move.choices ?? []).map((c) => [c.membershipId, c]));
  for (const [id, c] of choices) {
    if (!current.some((m) => m.id === id))
      throw invalid("Có cán bộ được chọn không còn công tác tại cơ quan bị sắp xếp; hãy tải lại trang.");
    if ((c.successorIndex ?? 0) >= Math.max(move.successors.length, 1))
      throw invalid("Cơ quan tiếp nhận được chọn cho cán bộ không có trong danh sách cơ quan mới.");
  }
  const followed: Array<{ userId: string; role: string; fromOrgId: string; toOrgId: string }> = [];
  const ended: Array<{ userId: string; role: string; orgId: string }> = [];
  for (const m of current) {
    const choice = choices.get(m.id);
    const to = choice?.follows === false ? undefined : move.successors[choice?.successorIndex ?? 0];
    if (to) {
      // Already holding that role there (an existing successor): nothing to add, the old one still ends.
      await tx
        .insert(memberships)
        .values({ userId: m.userId, orgId: to.id, role: m.role, title: m.title })
        .onConflictDoNothing();
      followed.push({ userId: m.userId, role: m.role, fromOrgId: m.orgId, toOrgId: to.id });
    } else ended.push({ userId: m.userId, role: m.role, orgId: m.orgId });
  }
  if (!current.length) return { followed: 0, ended: 0 };
  await tx
    .update(memberships)
    .set({ endedOn: dayBefore(move.change.effectiveDate), endedByChangeId: move.change.id })
    .where(
      inArray(
        memberships.id,
        current.map((m) => m.id),
      ),
    );
  await audit({
    action: "person.reorganise",
    entity: "org_change",
    entityId: move.change.id,
    summary: {
      kind: move.change.kind,
      effectiveDate: move.change.effectiveDate,
      sources: move.sources.map((s) => s.name),
      successors: move.successors.map((s) => s.name),
      followed,
      ended,
    },
  });
  return { followed: followed.length, ended: ended.length };
}
