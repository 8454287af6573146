// Reads shared by people's use cases: people with their current memberships, the access view of a
// body, and why someone has no unit left.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { lineageFromPath } from "../../core/access.ts";
import { notFound } from "../../core/errors.ts";
import { type Db, rowsOf } from "../../db/client.ts";
import { getOrgRef } from "../orgs/queries.ts";
import { orgChangeLinks, orgChanges, orgs } from "../orgs/schema.ts";
import type { PersonOut } from "./contract.ts";
import type { Stranding } from "./rules/stranded.ts";
import { memberships, users } from "./schema.ts";

export async function orgRefOrThrow(db: Db, orgId: string) {
  const ref = await getOrgRef(db, orgId);
  if (!ref) throw notFound("cơ quan, đơn vị");
  return ref;
}

/** People by id, ordered by name, each with their current memberships and the bodies' names. */
export async function peopleByIds(db: Db, ids: string[]): Promise<PersonOut[]> {
  if (!ids.length) return [];
  const us = await db.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.fullName));
  const ms = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      orgId: memberships.orgId,
      orgName: orgs.name,
      role: memberships.role,
      title: memberships.title,
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(and(inArray(memberships.userId, ids), isNull(memberships.endedOn)));
  return us.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    status: u.status,
    totpEnabled: u.totpEnabled,
    memberships: ms.filter((m) => m.userId === u.id).map(({ userId: _, ...m }) => m),
  }));
}

/**
 * Why a person has no active unit (../rules/stranded.ts): the latest change that ended one of their
 * memberships — recorded on the membership, or for one ended before that was recorded, the change
 * that ended its body — and whom to ask: administrators working in the body above and leaders of
 * that body or higher (they may grant roles there), else every administrator.
 */
export async function strandingOf(db: Db, userId: string): Promise<Stranding> {
  const [last] = rowsOf<{ org_name: string; path: string; change_id: string | null }>(
    await db.execute(sql`
      select o.name as org_name, o.path,
        coalesce(m.ended_by_change_id, (select l.change_id from org_change_links l
          join org_changes c on c.id = l.change_id
          where l.org_id = o.id and l.role = 'source' and c.kind in ('merge', 'split', 'dissolve')
          order by c.effective_date desc, c.created_at desc limit 1)) as change_id
      from memberships m join orgs o on o.id = m.org_id
      where m.user_id = ${userId} and (m.ended_on is not null or o.status <> 'active')
      order by coalesce(m.ended_on, o.valid_to) desc nulls last limit 1`),
  );
  const change = last?.change_id ? await changeOf(db, last.change_id, last.org_name) : null;
  const above = last ? lineageFromPath(last.path).slice(0, -1) : [];
  return { change, contacts: await contactsFor(db, above) };
}

async function changeOf(db: Db, changeId: string, orgName: string): Promise<Stranding["change"]> {
  const [c] = await db.select().from(orgChanges).where(eq(orgChanges.id, changeId));
  if (!c || (c.kind !== "merge" && c.kind !== "split" && c.kind !== "dissolve")) return null;
  const heirs = await db
    .select({ name: orgs.name })
    .from(orgChangeLinks)
    .innerJoin(orgs, eq(orgs.id, orgChangeLinks.orgId))
    .where(and(eq(orgChangeLinks.changeId, changeId), eq(orgChangeLinks.role, "successor")))
    .orderBy(asc(orgs.name));
  return {
    kind: c.kind,
    effectiveDate: c.effectiveDate,
    decisionRef: c.decisionRef,
    orgName,
    successors: heirs.map((h) => h.name),
  };
}

/** Administrators at or below the body above (`lineage` ends with it), then its leaders nearest first. */
async function contactsFor(db: Db, lineage: string[]): Promise<Stranding["contacts"]> {
  const parentId = lineage.at(-1);
  const rows = rowsOf<{ full_name: string; org_name: string; role: string; depth: number }>(
    await db.execute(sql`
      select distinct on (u.id) u.full_name, coalesce(o.short_name, o.name) as org_name, m.role, o.depth
      from memberships m join users u on u.id = m.user_id join orgs o on o.id = m.org_id
      where m.ended_on is null and u.status = 'active' and o.status = 'active'
        and ((m.role = 'admin' and ${parentId ? sql`o.path like ${`%/${parentId}/%`}` : sql`true`})
          or (m.role = 'leader' and o.id in (${
            lineage.length
              ? sql.join(
                  lineage.map((id) => sql`${id}`),
                  sql`, `,
                )
              : sql`null`
          })))
      order by u.id, m.role`),
  );
  const found = rows
    .sort((a, b) => (a.role === b.role ? b.depth - a.depth : a.role === "admin" ? -1 : 1))
    .slice(0, 4);
  if (found.length || !parentId) return found.map((r) => ({ fullName: r.full_name, orgName: r.org_name }));
  return contactsFor(db, []);
}
