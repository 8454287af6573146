// Use cases of the organisation tree: list, read, create, edit, and the reorganisation events
// (rename, merge N→1, split 1→N, dissolve, move), each with an effective date and its successors,
// so that later modules can move open work to the successor and history stays readable.
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, like, ne } from "drizzle-orm";
import { lineageFromPath, type OrgRef } from "../../core/access.ts";
import { conflict, forbidden, invalid, notFound } from "../../core/errors.ts";
import { foldVietnamese } from "../../core/text/fold.ts";
import type { Db } from "../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../shared/context.ts";
import { orgPolicy } from "./policy.ts";
import {
  type OrgInput,
  type OrgOut,
  type OrgRow,
  type OrgUpdate,
  orgChangeLinks,
  orgChanges,
  orgNames,
  orgs,
} from "./schema.ts";

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

const searchTextOf = (o: { name: string; shortName?: string | null; aliases?: string[] | null }) =>
  foldVietnamese([o.name, o.shortName ?? "", ...(o.aliases ?? [])].join(" | "));

export interface ListOrgsQuery {
  /** Words to find, diacritics ignored ("go vap" finds "Gò Vấp"). */
  q?: string | undefined;
  includeInactive?: boolean | undefined;
}

/** The tree as a flat list ordered by path (parents before children). */
export async function listOrgs(db: Db, query: ListOrgsQuery = {}): Promise<OrgOut[]> {
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

export async function findOrgRow(db: Db, id: string): Promise<OrgRow | null> {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  return row ?? null;
}

async function requireOrg(db: Db, id: string): Promise<OrgRow> {
  const row = await findOrgRow(db, id);
  if (!row) throw notFound("cơ quan, đơn vị");
  return row;
}

/** The access rules' view of a body: its id and lineage. */
export async function getOrgRef(db: Db, id: string): Promise<OrgRef | null> {
  const [row] = await db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(eq(orgs.id, id));
  return row ? { id: row.id, lineage: lineageFromPath(row.path) } : null;
}

/** A body with its earlier names and the reorganisation events it took part in. */
export async function getOrgDetail(db: Db, id: string) {
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

/** The day before an ISO date: a body that ends when its successor starts is valid up to the day before. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function insertOrg(tx: Db, input: OrgInput, parent: OrgRow | null): Promise<OrgRow> {
  if (parent && parent.status !== "active")
    throw invalid(`Cơ quan cấp trên "${parent.name}" không còn hoạt động.`);
  const id = randomUUID();
  const [row] = await tx
    .insert(orgs)
    .values({
      id,
      code: input.code ?? null,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      system: input.system,
      kind: input.kind,
      level: input.level ?? null,
      name: input.name,
      shortName: input.shortName ?? null,
      aliases: input.aliases ?? [],
      searchText: searchTextOf(input),
      validFrom: input.validFrom ?? null,
    })
    .returning();
  return row!;
}

function assertManage(ctx: UseCaseContext) {
  if (ctx.actor && !orgPolicy.manage(ctx.actor))
    throw forbidden("Chỉ quản trị hệ thống được thay đổi cây tổ chức.");
}

async function recordChange(
  tx: Db,
  ctx: UseCaseContext,
  kind: (typeof orgChanges.$inferInsert)["kind"],
  meta: { effectiveDate: string; decisionRef?: string | null | undefined; note?: string | null | undefined },
  links: Array<{ orgId: string; role: "source" | "successor" }>,
) {
  const [change] = await tx
    .insert(orgChanges)
    .values({
      kind,
      effectiveDate: meta.effectiveDate,
      decisionRef: meta.decisionRef ?? null,
      note: meta.note ?? null,
      createdBy: ctx.actor?.userId ?? null,
    })
    .returning();
  if (links.length)
    await tx.insert(orgChangeLinks).values(links.map((l) => ({ ...l, changeId: change!.id })));
  return change!;
}

export async function createOrg(ctx: UseCaseContext, input: OrgInput): Promise<OrgOut> {
  assertManage(ctx);
  return writeTransaction(ctx, async (tx, audit) => {
    const parent = input.parentId ? await requireOrg(tx, input.parentId) : null;
    if (input.code && (await tx.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, input.code))).length)
      throw conflict(`Mã "${input.code}" đã được dùng cho cơ quan khác.`);
    const row = await insertOrg(tx, input, parent);
    await recordChange(tx, ctx, "create", { effectiveDate: input.validFrom ?? dateOf(ctx.now) }, [
      { orgId: row.id, role: "successor" },
    ]);
    await audit({
      action: "org.create",
      entity: "org",
      entityId: row.id,
      after: row,
      summary: { name: row.name },
    });
    return toOrgOut(row);
  });
}

const dateOf = (now: Date) => now.toISOString().slice(0, 10);

/** Edits descriptive fields. Uses the version number so two editors never silently overwrite each other. */
export async function updateOrg(ctx: UseCaseContext, id: string, patch: OrgUpdate): Promise<OrgOut> {
  assertManage(ctx);
  return writeTransaction(ctx, async (tx, audit) => {
    const before = await requireOrg(tx, id);
    if (patch.parentId !== undefined && patch.parentId !== before.parentId)
      throw invalid("Để chuyển cơ quan sang đơn vị cấp trên khác, hãy dùng thao tác “Chuyển”.");
    const next = {
      code: patch.code === undefined ? before.code : patch.code,
      system: patch.system ?? before.system,
      kind: patch.kind ?? before.kind,
      level: patch.level === undefined ? before.level : patch.level,
      name: patch.name ?? before.name,
      shortName: patch.shortName === undefined ? before.shortName : patch.shortName,
      aliases: patch.aliases ?? before.aliases,
      validFrom: patch.validFrom === undefined ? before.validFrom : patch.validFrom,
    };
    const [row] = await tx
      .update(orgs)
      .set({ ...next, searchText: searchTextOf(next), version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(orgs.id, id), eq(orgs.version, patch.version)))
      .returning();
    if (!row)
      throw conflict("Cơ quan này vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ.", {
        current: toOrgOut(before),
      });
    await audit({
      action: "org.update",
      entity: "org",
      entityId: id,
      before,
      after: row,
      summary: changedFields(before, row),
    });
    return toOrgOut(row);
  });
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const fields = Object.keys(after).filter(
    (k) =>
      !["updatedAt", "version", "searchText"].includes(k) &&
      JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return { fields };
}

export { assertManage, dateOf as isoDateOf, insertOrg, recordChange, requireOrg, searchTextOf };
