// What the policy needs to judge assignments: their units as OrgRefs, and each plan's coordinating
// bodies (those it charges with following it, then its owner or issuer).
import { asc, eq, inArray, sql } from "drizzle-orm";
import { lineageFromPath, type OrgRef } from "../../../core/access.ts";
import { type Db, rowsOf } from "../../../db/client.ts";
import { orgs } from "../../orgs/schema.ts";
import type { AssignmentScope } from "../policy.ts";
import { assignmentSupporters } from "../schema.ts";
import type { AssignmentRowView } from "./rows.ts";
import { followUpBodies, valueList } from "./visibility.ts";

export type NamedOrgRef = OrgRef & { name: string };

const refOf = (o: { id: string; path: string }): OrgRef => ({ id: o.id, lineage: lineageFromPath(o.path) });

/** The follow-up bodies of each directive (see followUpBodies), in the document's order. */
export async function followUpBodiesOf(db: Db, directiveIds: string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(directiveIds)];
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = rowsOf<{ directive_id: string; org_id: string }>(
    await db.execute(sql`select f.directive_id, f.org_id, min(f.position) as first from ${followUpBodies} f
      where f.directive_id in ${valueList(ids)} group by f.directive_id, f.org_id order by f.directive_id, first`),
  );
  for (const r of rows) out.set(r.directive_id, [...(out.get(r.directive_id) ?? []), r.org_id]);
  return out;
}

/** A plan's coordinating bodies: those it charges with following it, then its owner (or issuer). */
export const coordinatorIdsFrom = (
  followUps: string[] | undefined,
  ownerOrIssuer: string | null,
): string[] => [...new Set([...(followUps ?? []), ...(ownerOrIssuer ? [ownerOrIssuer] : [])])];

/** The coordinating bodies of one plan, as refs with names, in that order. */
export async function coordinatorRefsOf(
  db: Db,
  directiveId: string,
  ownerOrIssuer: string | null,
): Promise<NamedOrgRef[]> {
  const ids = coordinatorIdsFrom((await followUpBodiesOf(db, [directiveId])).get(directiveId), ownerOrIssuer);
  return refsIn(await orgRefs(db, ids), ids);
}

/** The refs of `ids` that exist, in the order of `ids`. */
export const refsIn = (refs: Map<string, NamedOrgRef>, ids: string[]): NamedOrgRef[] =>
  ids.map((id) => refs.get(id)).filter((r): r is NamedOrgRef => Boolean(r));

/** What the policy needs to judge an assignment. */
export async function scopeOf(db: Db, row: AssignmentRowView): Promise<AssignmentScope> {
  const supporters = await db
    .select({ id: orgs.id, path: orgs.path })
    .from(assignmentSupporters)
    .innerJoin(orgs, eq(orgs.id, assignmentSupporters.orgId))
    .where(eq(assignmentSupporters.assignmentId, row.id));
  return {
    lead: refOf({ id: row.leadOrgId, path: row.leadOrgPath }),
    supporters: supporters.map(refOf),
    coordinators: await coordinatorRefsOf(db, row.directiveId, row.coordinatorOrgId),
  };
}

export async function supportersOf(db: Db, assignmentIds: string[]) {
  if (!assignmentIds.length) return [];
  return db
    .select({ assignmentId: assignmentSupporters.assignmentId, orgId: orgs.id, name: orgs.name })
    .from(assignmentSupporters)
    .innerJoin(orgs, eq(orgs.id, assignmentSupporters.orgId))
    .where(inArray(assignmentSupporters.assignmentId, assignmentIds))
    .orderBy(asc(orgs.name));
}

/** Org refs by id (for policy checks over many rows). */
export async function orgRefs(db: Db, ids: string[]): Promise<Map<string, NamedOrgRef>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: orgs.id, path: orgs.path, name: orgs.name })
    .from(orgs)
    .where(inArray(orgs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { ...refOf(r), name: r.name }]));
}
