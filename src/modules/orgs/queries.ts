// Reads shared by the tree's use cases and by other modules: a body as the API shows it, a body or
// NOT_FOUND, its lineage for the access rules, its active children, who carries on its work.
import { and, eq, inArray } from "drizzle-orm";
import { lineageFromPath, type OrgRef } from "../../core/access.ts";
import { notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { versionedCache } from "../data-versions/use-cases/versions.ts";
import type { OrgOut } from "./contract.ts";
import { type OrgRow, orgChangeLinks, orgs } from "./schema.ts";

/**
 * The tree's listing on this node, valid while the "orgs" counter is unchanged (every write to the
 * bodies moves it: docs/decisions/request-caches.md). Callers must not change what it gives.
 */
export const treeCache = versionedCache<OrgOut[]>(["orgs"], { maxEntries: 4, maxAgeMs: 10 * 60_000 });

export function toOrgOut(row: OrgRow): OrgOut {
  return {
    id: row.id,
    code: row.code,
    parentId: row.parentId,
    depth: row.depth,
    system: row.system,
    kind: row.kind,
    level: row.level,
    name: row.name,
    shortName: row.shortName,
    aliases: row.aliases,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: row.status,
    successorId: row.successorId,
    version: row.version,
  };
}

export async function findOrgRow(db: Db, id: string): Promise<OrgRow | null> {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  return row ?? null;
}

export async function requireOrg(db: Db, id: string): Promise<OrgRow> {
  const row = await findOrgRow(db, id);
  if (!row) throw notFound("cơ quan, đơn vị");
  return row;
}

/** How a body is named on screen. */
export interface OrgLabel {
  name: string;
  shortName: string | null;
  kind: string;
}

/** The names of bodies by id, for display (ids of no body are left out). */
export async function orgLabels(db: Db, ids: Iterable<string>): Promise<Map<string, OrgLabel>> {
  const list = [...new Set(ids)];
  if (!list.length) return new Map();
  const rows = await db
    .select({ id: orgs.id, name: orgs.name, shortName: orgs.shortName, kind: orgs.kind })
    .from(orgs)
    .where(inArray(orgs.id, list));
  return new Map(rows.map(({ id, ...label }) => [id, label]));
}

/** The access rules' view of a body: its id and lineage. */
export async function getOrgRef(db: Db, id: string): Promise<OrgRef | null> {
  const [row] = await db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(eq(orgs.id, id));
  return row ? { id: row.id, lineage: lineageFromPath(row.path) } : null;
}

/** The bodies directly below `id` that are still active. */
export async function activeChildren(tx: Db, id: string) {
  return tx
    .select()
    .from(orgs)
    .where(and(eq(orgs.parentId, id), eq(orgs.status, "active")));
}

/**
 * The active bodies that carry on the work of `orgId` today: itself if active; else its successor
 * (following chains of merges); for a split body, every successor of the split.
 */
export async function activeSuccessors(db: Db, orgId: string, seen = new Set<string>()): Promise<string[]> {
  if (seen.has(orgId)) return [];
  seen.add(orgId);
  const org = await requireOrg(db, orgId);
  if (org.status === "active") return [org.id];
  let next: string[] = org.successorId ? [org.successorId] : [];
  if (org.status === "split") {
    const rows = await db
      .select({ changeId: orgChangeLinks.changeId })
      .from(orgChangeLinks)
      .where(and(eq(orgChangeLinks.orgId, orgId), eq(orgChangeLinks.role, "source")));
    const changeIds = rows.map((r) => r.changeId);
    if (changeIds.length) {
      const succ = await db
        .select({ orgId: orgChangeLinks.orgId })
        .from(orgChangeLinks)
        .where(and(inArray(orgChangeLinks.changeId, changeIds), eq(orgChangeLinks.role, "successor")));
      next = succ.map((s) => s.orgId);
    }
  }
  const out: string[] = [];
  for (const id of next) out.push(...(await activeSuccessors(db, id, seen)));
  return [...new Set(out)];
}
