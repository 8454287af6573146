// Import and export of the organisation tree (formats: ../rules/interchange.ts). Import upserts by
// code in one transaction: one bad row leaves the database untouched.
import { asc, eq } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { ImportReport, InterchangeFormat } from "../contract.ts";
import { assertMayExport, assertMayManage } from "../policy.ts";
import { toOrgOut } from "../queries.ts";
import { recordsFromCsv, recordsFromJson, renderOrgs, validateRecords } from "../rules/interchange.ts";
import { searchTextOf } from "../rules/names.ts";
import { type OrgRow, orgs } from "../schema.ts";
import { insertOrg } from "./tree.ts";

export async function importOrgs(
  ctx: UseCaseContext,
  format: InterchangeFormat,
  text: string,
): Promise<ImportReport> {
  assertMayManage(ctx.actor);
  const input = format === "csv" ? recordsFromCsv(text) : recordsFromJson(text);
  if (!input.length) throw invalid("Tệp không có dòng dữ liệu nào.");
  return writeTransaction(ctx, async (tx, audit) => {
    const existing = await tx.select().from(orgs);
    const byCode = new Map(existing.filter((o) => o.code).map((o) => [o.code!, o]));
    const records = validateRecords(input, new Set(byCode.keys()));
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0 };
    for (const r of records) {
      const parent = r.parentCode ? (byCode.get(r.parentCode) ?? null) : null;
      const current = byCode.get(r.code);
      if (!current) {
        let row = await insertOrg(
          tx,
          { ...r, parentId: parent?.id ?? null },
          parent?.status === "active" ? parent : null,
        );
        if (parent && parent.status !== "active") row = await attachUnder(tx, row, parent);
        if (r.status !== "active" || r.validTo)
          [row] = (await tx
            .update(orgs)
            .set({ status: r.status, validTo: r.validTo })
            .where(eq(orgs.id, row.id))
            .returning()) as [OrgRow];
        byCode.set(r.code, row);
        report.created++;
        continue;
      }
      const next = {
        system: r.system,
        kind: r.kind,
        level: r.level,
        name: r.name,
        shortName: r.shortName,
        aliases: r.aliases,
        validFrom: r.validFrom,
        validTo: r.validTo,
        status: r.status,
      };
      const same =
        (current.parentId ?? null) === (parent?.id ?? null) &&
        Object.entries(next).every(
          ([k, v]) => JSON.stringify(current[k as keyof OrgRow]) === JSON.stringify(v),
        );
      if (same) {
        report.unchanged++;
        continue;
      }
      if ((current.parentId ?? null) !== (parent?.id ?? null)) await attachUnder(tx, current, parent);
      const [row] = await tx
        .update(orgs)
        .set({ ...next, searchText: searchTextOf(next), version: current.version + 1, updatedAt: ctx.now })
        .where(eq(orgs.id, current.id))
        .returning();
      byCode.set(r.code, row!);
      report.updated++;
    }
    await audit({ action: "org.import", entity: "org", summary: { format, ...report } });
    return report;
  });
}

/** Re-attaches a row under `parent` (which may be historical), rewriting paths below it. */
async function attachUnder(tx: Db, row: OrgRow, parent: OrgRow | null): Promise<OrgRow> {
  const newPath = `${parent?.path ?? "/"}${row.id}/`;
  const all = await tx.select().from(orgs);
  for (const o of all.filter((o) => o.path.startsWith(row.path))) {
    const path = newPath + o.path.slice(row.path.length);
    await tx
      .update(orgs)
      .set({ path, depth: path.split("/").filter(Boolean).length - 1 })
      .where(eq(orgs.id, o.id));
  }
  const [updated] = await tx
    .update(orgs)
    .set({ parentId: parent?.id ?? null })
    .where(eq(orgs.id, row.id))
    .returning();
  return updated!;
}

/** The whole tree as CSV or JSON text, parents first. */
export async function exportOrgs(db: Db, format: InterchangeFormat): Promise<string> {
  const rows = await db.select().from(orgs).orderBy(asc(orgs.path));
  return renderOrgs(rows.map(toOrgOut), format);
}

/** The tree as a file to download: for administrators. */
export async function downloadOrgs(ctx: UseCaseContext, format: InterchangeFormat) {
  assertMayExport(ctx.actor);
  return {
    bytes: Buffer.from(await exportOrgs(ctx.db, format), "utf8"),
    fileName: `co-cau-to-chuc.${format}`,
    mimeType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
  };
}
