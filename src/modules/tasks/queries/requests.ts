// The reads of assignment requests: each with its plan, its receiving and owner bodies, as the
// screens show them; filtered in SQL by who may see them (requestPolicy.read).
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/access.ts";
import { notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { directives, directiveTasks } from "../../directives/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import type { RequestStatus } from "../contract.ts";
import { assignmentRequests } from "../schema.ts";
import { readableOrgIds } from "./visibility.ts";

const columns = {
  request: assignmentRequests,
  directiveSymbol: directives.symbol,
  directiveTitle: directives.title,
  ownerOrgId: directives.ownerOrgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  taskTitle: directiveTasks.title,
};

export type RequestRowView = {
  request: typeof assignmentRequests.$inferSelect;
  directiveSymbol: string | null;
  directiveTitle: string | null;
  ownerOrgId: string | null;
  orgName: string;
  orgPath: string;
  taskTitle: string;
};

function base(db: Db) {
  return db
    .select(columns)
    .from(assignmentRequests)
    .innerJoin(directives, eq(directives.id, assignmentRequests.directiveId))
    .innerJoin(orgs, eq(orgs.id, assignmentRequests.orgId))
    .innerJoin(directiveTasks, eq(directiveTasks.id, assignmentRequests.directiveTaskId));
}

/** The SQL of requestPolicy.read: the receiving body's or the owner body's records are the actor's. */
function visibleRequests(actor: Actor | null): SQL | undefined {
  const readable = actor ? readableOrgIds(actor) : null;
  if (!readable) return undefined;
  return sql`(${assignmentRequests.orgId} in ${readable} or ${directives.ownerOrgId} in ${readable})`;
}

export async function requestRows(
  db: Db,
  f: { actor: Actor | null; status?: RequestStatus | undefined; directiveId?: string | undefined },
): Promise<RequestRowView[]> {
  return base(db)
    .where(
      and(
        visibleRequests(f.actor),
        f.status ? eq(assignmentRequests.status, f.status) : undefined,
        f.directiveId ? eq(assignmentRequests.directiveId, f.directiveId) : undefined,
      ),
    )
    .orderBy(desc(assignmentRequests.requestedAt), directiveTasks.position, orgs.name);
}

/** One request (in `db`, which may be a transaction), or NOT_FOUND. */
export async function requestRow(db: Db, id: string): Promise<RequestRowView> {
  const [row] = await base(db).where(eq(assignmentRequests.id, id));
  if (!row) throw notFound("đề nghị nhận việc");
  return row;
}
