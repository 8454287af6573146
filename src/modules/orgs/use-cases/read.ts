// Reading the tree: the flat list (parents before children, found without diacritics) and one body
// with its earlier names and the reorganisation events it took part in.
import { and, asc, eq, inArray, like, ne } from "drizzle-orm";
import { foldVietnamese } from "../../../core/text/fold.ts";
import type { Db } from "../../../db/client.ts";
import type { OrgDetailOut, OrgOut, OrgsQuery } from "../contract.ts";
import { requireOrg, toOrgOut, treeCache } from "../queries.ts";
import { orgChangeLinks, orgChanges, orgNames, orgs } from "../schema.ts";

/** The tree as a flat list ordered by path (parents before children). */
export async function listOrgs(db: Db, query: OrgsQuery = {}): Promise<OrgOut[]> {
  // The whole tree comes from this node's cache while no body was written anywhere.
  if (!query.q?.trim())
    return treeCache.get(db, query.includeInactive ? "all" : "active", Date.now(), () => readOrgs(db, query));
  return readOrgs(db, query);
}

async function readOrgs(db: Db, query: OrgsQuery): Promise<OrgOut[]> {
  const conds = [];
  if (!query.includeInactive) conds.push(eq(orgs.status, "active"));
  for (const word of foldVietnamese(query.q ?? "")
    .split(" ")
    .filter(Boolean))
    conds.push(like(orgs.searchText, `%${word}%`));
  // Only the columns the listing shows: on embedded PGlite every value read costs.
  const rows = await db
    .select({
      id: orgs.id,
      code: orgs.code,
      parentId: orgs.parentId,
      depth: orgs.depth,
      system: orgs.system,
      kind: orgs.kind,
      level: orgs.level,
      name: orgs.name,
      shortName: orgs.shortName,
      aliases: orgs.aliases,
      validFrom: orgs.validFrom,
      validTo: orgs.validTo,
      status: orgs.status,
      successorId: orgs.successorId,
      version: orgs.version,
    })
    .from(orgs)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(orgs.depth), asc(orgs.name));
  return rows;
}

/** A body with its earlier names and the reorganisation events it took part in. */
export async function getOrgDetail(db: Db, id: string): Promise<OrgDetailOut> {
  const row = await requireOrg(db, id);
  const names = await db
    .select()
    .from(orgNames)
    .where(eq(orgNames.orgId, id))
    .orderBy(asc(orgNames.validFrom));
  const changes = await db
    .select({
      id: orgChanges.id,
      kind: orgChanges.kind,
      effectiveDate: orgChanges.effectiveDate,
      decisionRef: orgChanges.decisionRef,
      note: orgChanges.note,
      role: orgChangeLinks.role,
    })
    .from(orgChangeLinks)
    .innerJoin(orgChanges, eq(orgChanges.id, orgChangeLinks.changeId))
    .where(eq(orgChangeLinks.orgId, id))
    .orderBy(asc(orgChanges.createdAt), asc(orgChanges.effectiveDate));
  const related = changes.length
    ? await db
        .select({
          changeId: orgChangeLinks.changeId,
          orgId: orgs.id,
          name: orgs.name,
          role: orgChangeLinks.role,
        })
        .from(orgChangeLinks)
        .innerJoin(orgs, eq(orgs.id, orgChangeLinks.orgId))
        .where(
          and(
            inArray(
              orgChangeLinks.changeId,
              changes.map((c) => c.id),
            ),
            ne(orgChangeLinks.orgId, id),
          ),
        )
    : [];
  return {
    ...toOrgOut(row),
    names: names.map((n) => ({
      name: n.name,
      shortName: n.shortName,
      validFrom: n.validFrom,
      validTo: n.validTo,
    })),
    changes: changes.map((c) => ({
      ...c,
      others: related
        .filter((r) => r.changeId === c.id)
        .map(({ orgId, name, role }) => ({ orgId, name, role })),
    })),
  };
}
