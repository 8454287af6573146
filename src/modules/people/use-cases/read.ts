// Reading people: a body's people (and those below it), one person, a search by name. Each answers
// only what the actor may see (../policy.ts): a body's people are its internal records.
import { and, eq, inArray, isNull, like, or } from "drizzle-orm";
import { canReadOrgRecords, lineageFromPath } from "../../../core/access.ts";
import { forbidden, notFound } from "../../../core/errors.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { PeopleQuery, PersonOut } from "../contract.ts";
import { peoplePolicy } from "../policy.ts";
import { orgRefOrThrow, peopleByIds } from "../queries.ts";
import { memberships, users } from "../schema.ts";

/** People working in a body (and, with `below`, in the bodies under it). */
export async function listPeople(ctx: UseCaseContext, orgId: string, below = false): Promise<PersonOut[]> {
  const ref = await orgRefOrThrow(ctx.db, orgId);
  const actor = ctx.actor;
  if (actor && !peoplePolicy.list(actor, ref)) throw forbidden("Bạn không được xem cán bộ của đơn vị này.");
  let orgIds = [orgId];
  if (below) {
    const [org] = await ctx.db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, orgId));
    const rows = await ctx.db
      .select({ id: orgs.id, path: orgs.path })
      .from(orgs)
      .where(like(orgs.path, `${org!.path}%`));
    // Only the bodies below that the actor may read: a specialist's access does not reach down.
    orgIds = rows
      .filter((r) => !actor || canReadOrgRecords(actor, { id: r.id, lineage: lineageFromPath(r.path) }))
      .map((r) => r.id);
  }
  const ids = await ctx.db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.orgId, orgIds), isNull(memberships.endedOn)));
  return peopleByIds(
    ctx.db,
    ids.map((r) => r.userId),
  );
}

export async function getPerson(ctx: UseCaseContext, userId: string): Promise<PersonOut> {
  const [person] = await peopleByIds(ctx.db, [userId]);
  if (!person) throw notFound("cán bộ");
  const actor = ctx.actor;
  if (actor && actor.userId !== userId) {
    const refs = await Promise.all(person.memberships.map((m) => orgRefOrThrow(ctx.db, m.orgId)));
    if (!refs.some((r) => peoplePolicy.list(actor, r)))
      throw forbidden("Bạn không được xem thông tin cán bộ này.");
  }
  return person;
}

/** Finds people by name or login, limited to those the actor may see. */
export async function searchPeople(ctx: UseCaseContext, q: string): Promise<PersonOut[]> {
  const pattern = `%${q.trim().toLowerCase()}%`;
  const rows = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(or(like(users.username, pattern), like(users.fullName, `%${q.trim()}%`)))
    .limit(50);
  const people = await peopleByIds(
    ctx.db,
    rows.map((r) => r.id),
  );
  if (!ctx.actor) return people;
  const visible: PersonOut[] = [];
  for (const p of people) {
    const refs = await Promise.all(p.memberships.map((m) => orgRefOrThrow(ctx.db, m.orgId)));
    if (refs.some((r) => peoplePolicy.list(ctx.actor!, r))) visible.push(p);
  }
  return visible;
}

/** The people of a body when the query names one, else a search by name. */
export async function findPeople(ctx: UseCaseContext, query: PeopleQuery): Promise<PersonOut[]> {
  if (query.orgId) return listPeople(ctx, query.orgId, query.below ?? false);
  return searchPeople(ctx, query.q ?? "");
}
