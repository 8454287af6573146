// Reads shared by the disclosure use cases: a commune as the access rules see it (only a ward,
// commune or special zone discloses under Điều 11), the communes an official reads, and their
// disclosures with the attached file's name; a row as the pure rules see it.
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { lineageFromPath, type OrgRef } from "../../core/access.ts";
import type { IsoDate } from "../../core/calendar/index.ts";
import { forbidden, invalid, notFound } from "../../core/errors.ts";
import type { Channel, DisclosureFacts } from "../../core/grassroots-democracy/index.ts";
import type { Db } from "../../db/client.ts";
import { storedFiles } from "../files/schema.ts";
import { orgs } from "../orgs/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import { readableOrgs, readsOrg } from "../tasks/policy.ts";
import { DISCLOSURE_REFUSALS, disclosurePolicy } from "./policy.ts";
import { type DisclosureRow, disclosures } from "./schema.ts";

const isCommune = or(eq(orgs.kind, "ward"), eq(orgs.kind, "commune"), eq(orgs.level, "xã"));

export interface Commune {
  ref: OrgRef;
  name: string;
}

/** The commune `orgId`, once it is one and the actor may `action` on it. */
export async function communeFor(
  ctx: UseCaseContext,
  orgId: string,
  action: "read" | "post",
): Promise<Commune> {
  if (!ctx.actor) throw forbidden();
  const c = await communeById(ctx.db, orgId);
  if (!disclosurePolicy[action](ctx.actor, c.ref)) throw forbidden(DISCLOSURE_REFUSALS[action]);
  return c;
}

/** The commune `orgId`, whoever asks (the portal's view). */
export async function communeById(db: Db, orgId: string): Promise<Commune> {
  const [row] = await db
    .select({
      id: orgs.id,
      path: orgs.path,
      name: orgs.name,
      kind: orgs.kind,
      level: orgs.level,
      status: orgs.status,
    })
    .from(orgs)
    .where(eq(orgs.id, orgId));
  if (!row) throw notFound("phường, xã");
  if (!(row.kind === "ward" || row.kind === "commune" || row.level === "xã"))
    throw invalid(
      "Chỉ phường, xã, đặc khu công khai thông tin theo Điều 11 Luật Thực hiện dân chủ ở cơ sở.",
      [{ field: "orgId", message: "Hãy chọn một phường, xã" }],
    );
  return { ref: { id: row.id, lineage: lineageFromPath(row.path) }, name: row.name };
}

/** The active communes the actor reads (all of them for the system actor), in the tree's order. */
export async function readableCommunes(ctx: UseCaseContext): Promise<Commune[]> {
  const rows = await ctx.db
    .select({ id: orgs.id, path: orgs.path, name: orgs.name })
    .from(orgs)
    .where(and(isCommune, eq(orgs.status, "active")))
    .orderBy(asc(orgs.path));
  const r = ctx.actor ? readableOrgs(ctx.actor) : ({ all: true } as const);
  return rows
    .map((o) => ({ ref: { id: o.id, lineage: lineageFromPath(o.path) }, name: o.name }))
    .filter((c) => readsOrg(r, c.ref));
}

export async function disclosuresOf(db: Db, orgIds: string[]) {
  if (!orgIds.length) return [];
  return db
    .select({ d: disclosures, fileName: storedFiles.fileName })
    .from(disclosures)
    .leftJoin(storedFiles, eq(storedFiles.id, disclosures.fileId))
    .where(inArray(disclosures.orgId, orgIds))
    .orderBy(asc(disclosures.clause), asc(disclosures.postedOn), asc(disclosures.createdAt));
}

export const factsOf = (r: DisclosureRow): DisclosureFacts => ({
  id: r.id,
  clause: r.clause,
  channels: r.channels as Channel[],
  broadcastDays: r.broadcastDays,
  postedOn: r.postedOn as IsoDate,
  plannedEnd: r.plannedEnd as IsoDate | null,
  takenDownOn: r.takenDownOn as IsoDate | null,
});

export async function disclosureRow(db: Db, id: string): Promise<DisclosureRow> {
  const [row] = await db.select().from(disclosures).where(eq(disclosures.id, id));
  if (!row) throw notFound("thông tin công khai");
  return row;
}
