// Reads shared by the use cases: a case with its scope for the policy, by id or by tracking code;
// the cases an official reads, as SQL from the tasks module's read rule; the wards of the tree;
// the officials of a body a case may be given to.
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../core/access.ts";
import { lineageFromPath } from "../../core/access.ts";
import { notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { orgs } from "../orgs/schema.ts";
import { memberships, users } from "../people/schema.ts";
import { readableOrgIds } from "../tasks/queries/visibility.ts";
import type { CaseScope } from "./policy.ts";
import { type CitizenCaseRow, citizenCases } from "./schema.ts";

export interface LoadedCase {
  row: CitizenCaseRow;
  scope: CaseScope;
}

async function withScope(db: Db, row: CitizenCaseRow | undefined): Promise<LoadedCase> {
  if (!row) throw notFound("đơn");
  const [org] = await db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, row.orgId));
  return {
    row,
    scope: {
      org: { id: row.orgId, lineage: lineageFromPath(org?.path ?? "") },
      kind: row.kind,
      handlerId: row.handlerId,
    },
  };
}

export async function caseById(db: Db, id: string): Promise<LoadedCase> {
  const [row] = await db.select().from(citizenCases).where(eq(citizenCases.id, id));
  return withScope(db, row);
}

export async function caseByCode(db: Db, code: string): Promise<CitizenCaseRow> {
  const [row] = await db.select().from(citizenCases).where(eq(citizenCases.code, code));
  if (!row) throw notFound("đơn có mã tra cứu này");
  return row;
}

/** "The actor may read this case", as SQL (casePolicy.read). Null: everything (an administrator). */
export function readableCases(actor: Actor): SQL | null {
  const ids = readableOrgIds(actor);
  return ids ? sql`${citizenCases.orgId} in ${ids}` : null;
}

/** The active wards, by name, for the portal's choice. */
export async function activeWards(db: Db) {
  return db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.kind, "ward"), eq(orgs.status, "active")))
    .orderBy(asc(orgs.path));
}

/** The officials of a body itself (not of the bodies around it) to whom its cases may be given. */
export async function handlersOf(db: Db, orgId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.fullName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), isNull(memberships.endedOn), eq(users.status, "active")))
    .orderBy(asc(users.fullName));
}

export async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!list.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}
