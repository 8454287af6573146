// The work queues of the home as SQL (contract.ts, WORK_QUEUES), so that a count on the home and the
// list it opens select the same rows: completions awaiting the viewer's approval (taskPolicy.approve:
// a leader of the lead unit or above it), completions sent and not yet decided, and open work whose
// last completion request was returned.
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/access.ts";
import type { WorkQueue } from "../contract.ts";
import { assignments } from "../schema.ts";
import { valueList } from "./visibility.ts";

/** The bodies where the actor approves completions: at or below a body they lead. Null: none. */
export function approvableOrgIds(actor: Actor): SQL | null {
  const led = [...new Set(actor.memberships.filter((m) => m.role === "leader").map((m) => m.orgId))];
  if (!led.length) return null;
  const conds = [sql`o.id in ${valueList(led)}`, ...led.map((id) => sql`o.path like ${`%/${id}/%`}`)];
  return sql`(select o.id from orgs o where ${sql.join(conds, sql` or `)})`;
}

/**
 * Returned: every completion request of the assignment was answered by a return (each return
 * answers one request, an approval closes the work), counted rather than ordered by time — a request
 * and its return may carry the same moment.
 */
const wasReturned = sql`(select count(*) filter (where u.kind = 'rejected') > 0
    and count(*) filter (where u.kind = 'rejected') >= count(*) filter (where u.kind = 'completion_requested')
  from assignment_updates u
  where u.assignment_id = ${assignments.id} and u.kind in ('completion_requested', 'rejected'))`;

/** The condition of a queue; `actor` null (the system) approves everything. */
export function queueCondition(queue: WorkQueue, actor: Actor | null): SQL {
  switch (queue) {
    case "awaiting":
      return sql`${assignments.status} = 'awaiting_approval'`;
    case "approve": {
      if (!actor) return sql`${assignments.status} = 'awaiting_approval'`;
      const orgIds = approvableOrgIds(actor);
      return orgIds
        ? sql`(${assignments.status} = 'awaiting_approval' and ${assignments.leadOrgId} in ${orgIds})`
        : sql`false`;
    }
    case "returned":
      return sql`(${assignments.status} in ('not_started', 'in_progress', 'paused') and ${wasReturned})`;
  }
}
