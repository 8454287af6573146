// Reads shared by people's use cases: people with their memberships, and the access view of a body.
import { asc, eq, inArray } from "drizzle-orm";
import { notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { getOrgRef } from "../orgs/queries.ts";
import { orgs } from "../orgs/schema.ts";
import type { PersonOut } from "./contract.ts";
import { memberships, users } from "./schema.ts";

export async function orgRefOrThrow(db: Db, orgId: string) {
  const ref = await getOrgRef(db, orgId);
  if (!ref) throw notFound("cơ quan, đơn vị");
  return ref;
}

/** People by id, ordered by name, each with their memberships and the bodies' names. */
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
    .where(inArray(memberships.userId, ids));
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
