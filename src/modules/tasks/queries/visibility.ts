// Who reads which assignment, in SQL: the same rule as taskPolicy.read, built from the same value
// (policy.ts, readableOrgs), and the plan's coordinating bodies as SQL the lists and scopes share.
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/access.ts";
import { directives } from "../../directives/schema.ts";
import { readableOrgs } from "../policy.ts";
import { assignments } from "../schema.ts";

/** `(a, b, c)` of bound values, for `in` lists. */
export const valueList = (values: string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** The plan's owner, else its issuer: the coordinating body every plan has. */
export const coordinatorOf = sql<
  string | null
>`coalesce(${directives.ownerOrgId}, ${directives.issuerOrgId})`;

/**
 * The bodies a plan itself charges with following it (directives/rules/follow-up.ts), with the duty's
 * position: a column the database fills on every write of a duty (directive_tasks.follow_up_org_id),
 * so no request matches the duties' text. With the plan's owner, these are its coordinating bodies.
 */
export const followUpBodies = sql`(select t.directive_id, t.follow_up_org_id as org_id, t.position from directive_tasks t
  where t.follow_up_org_id is not null)`;

/**
 * The ids of the bodies whose records the actor reads, as a subquery: readableOrgs (policy.ts) as
 * SQL — a body's path lists it and its ancestors, so "at or below X" is `path like '%/X/%'`. Null for
 * an administrator (everything).
 */
export function readableOrgIds(actor: Actor): SQL | null {
  const readable = readableOrgs(actor);
  if (readable.all) return null;
  const conds = [
    readable.own.length ? sql`o.id in ${valueList(readable.own)}` : sql`false`,
    ...readable.subtrees.map((id) => sql`o.path like ${`%/${id}/%`}`),
  ];
  return sql`(select o.id from orgs o where ${sql.join(conds, sql` or `)})`;
}

/** The SQL condition "the actor may read this assignment": taskPolicy.read over lead, supporters, coordinators. */
export function visibleTo(actor: Actor): SQL | undefined {
  const readable = readableOrgIds(actor);
  if (!readable) return undefined;
  return sql`(${assignments.leadOrgId} in ${readable}
    or exists (select 1 from assignment_supporters s where s.assignment_id = ${assignments.id} and s.org_id in ${readable})
    or ${coordinatorOf} in ${readable}
    or ${assignments.directiveId} in (select f.directive_id from ${followUpBodies} f where f.org_id in ${readable}))`;
}
