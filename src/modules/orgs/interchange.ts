// Import and export of the organisation tree as CSV (flat, one row per body, parent by code) and JSON
// (nested). Import upserts by code in one transaction: every row is checked first, and one bad row
// leaves the database untouched, with every problem listed by row number.
import { parse as parseCsv } from "csv-parse/sync";
import { stringify as stringifyCsv } from "csv-stringify/sync";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { invalid } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../shared/context.ts";
import { ORG_STATUSES, ORG_SYSTEMS, type OrgRow, orgs } from "./schema.ts";
import { assertManage, insertOrg, searchTextOf } from "./service.ts";

export const CSV_COLUMNS = [
  "code",
  "parent_code",
  "system",
  "kind",
  "level",
  "name",
  "short_name",
  "aliases",
  "valid_from",
  "valid_to",
  "status",
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD");
const rowSchema = z.object({
  code: z.string().trim().min(1, "thiếu mã"),
  parentCode: z.string().trim().nullable(),
  system: z.enum(ORG_SYSTEMS, { message: `hệ thống phải là một trong: ${ORG_SYSTEMS.join(", ")}` }),
  kind: z.string().trim().min(1, "thiếu loại cơ quan"),
  level: z.string().trim().nullable(),
  name: z.string().trim().min(2, "thiếu tên"),
  shortName: z.string().trim().nullable(),
  aliases: z.array(z.string().trim().min(1)),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  status: z.enum(ORG_STATUSES, { message: `trạng thái phải là một trong: ${ORG_STATUSES.join(", ")}` }),
});
export type OrgRecord = z.infer<typeof rowSchema>;

const blank = (v: unknown) => (v == null || String(v).trim() === "" ? null : String(v).trim());

export function recordsFromCsv(text: string): Array<{ line: number; raw: Record<string, unknown> }> {
  const rows: Record<string, string>[] = parseCsv(text.replace(/^\uFEFF/, ""), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  });
  return rows.map((r, i) => ({
    line: i + 2,
    raw: {
      code: r.code,
      parentCode: blank(r.parent_code),
      system: r.system,
      kind: r.kind,
      level: blank(r.level),
      name: r.name,
      shortName: blank(r.short_name),
      aliases: (r.aliases ?? "")
        .split(";")
        .map((a) => a.trim())
        .filter(Boolean),
      validFrom: blank(r.valid_from),
      validTo: blank(r.valid_to),
      status: blank(r.status) ?? "active",
    },
  }));
}

type JsonNode = Record<string, unknown> & { children?: JsonNode[] };

export function recordsFromJson(text: string): Array<{ line: number; raw: Record<string, unknown> }> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw invalid(`Tệp JSON không đọc được: ${(e as Error).message}`);
  }
  const roots = Array.isArray(doc) ? doc : (doc as { orgs?: unknown }).orgs;
  if (!Array.isArray(roots)) throw invalid('Tệp JSON phải là một mảng cơ quan, hoặc có trường "orgs".');
  const out: Array<{ line: number; raw: Record<string, unknown> }> = [];
  const walk = (node: JsonNode, parentCode: string | null) => {
    out.push({
      line: out.length + 1,
      raw: {
        code: node.code,
        parentCode: blank(node.parentCode) ?? parentCode,
        system: node.system,
        kind: node.kind,
        level: blank(node.level),
        name: node.name,
        shortName: blank(node.shortName),
        aliases: Array.isArray(node.aliases) ? node.aliases : [],
        validFrom: blank(node.validFrom),
        validTo: blank(node.validTo),
        status: blank(node.status) ?? "active",
      },
    });
    for (const child of node.children ?? []) walk(child, typeof node.code === "string" ? node.code : null);
  };
  for (const root of roots as JsonNode[]) walk(root, null);
  return out;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
}

/** Checks every record; throws one VALIDATION error listing all problems, or returns parents-first records. */
export function validateRecords(
  input: Array<{ line: number; raw: Record<string, unknown> }>,
  existingCodes: Set<string>,
) {
  const problems: string[] = [];
  const records: Array<OrgRecord & { line: number }> = [];
  const seen = new Set<string>();
  for (const { line, raw } of input) {
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`Dòng ${line}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
      continue;
    }
    if (seen.has(parsed.data.code)) problems.push(`Dòng ${line}: mã "${parsed.data.code}" bị lặp lại.`);
    seen.add(parsed.data.code);
    records.push({ ...parsed.data, line });
  }
  for (const r of records)
    if (r.parentCode && !seen.has(r.parentCode) && !existingCodes.has(r.parentCode))
      problems.push(`Dòng ${r.line}: không có cơ quan cấp trên mã "${r.parentCode}".`);
  if (problems.length) throw invalid(`Tệp có ${problems.length} lỗi, chưa nhập gì.`, { problems });
  // Parents first, so each row finds its parent already written.
  const ordered: typeof records = [];
  const byCode = new Map(records.map((r) => [r.code, r]));
  const placed = new Set<string>();
  const place = (r: (typeof records)[number], depth = 0) => {
    if (placed.has(r.code)) return;
    if (depth > records.length) throw invalid(`Dòng ${r.line}: quan hệ cấp trên tạo thành vòng lặp.`);
    const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(r.code);
    ordered.push(r);
  };
  for (const r of records) place(r);
  return ordered;
}

export async function importOrgs(
  ctx: UseCaseContext,
  format: "csv" | "json",
  text: string,
): Promise<ImportReport> {
  assertManage(ctx);
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

async function allOrgsByPath(db: Db) {
  return db.select().from(orgs).orderBy(asc(orgs.path));
}

const codeOf = (o: OrgRow) => o.code ?? o.id;

export async function exportOrgs(db: Db, format: "csv" | "json"): Promise<string> {
  const rows = await allOrgsByPath(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (format === "csv") {
    return stringifyCsv(
      rows.map((o) => [
        codeOf(o),
        o.parentId ? codeOf(byId.get(o.parentId)!) : "",
        o.system,
        o.kind,
        o.level ?? "",
        o.name,
        o.shortName ?? "",
        o.aliases.join("; "),
        o.validFrom ?? "",
        o.validTo ?? "",
        o.status,
      ]),
      { header: true, columns: [...CSV_COLUMNS] },
    );
  }
  const nodes = new Map<string, JsonNode>();
  const roots: JsonNode[] = [];
  for (const o of rows) {
    const node: JsonNode = {
      code: codeOf(o),
      system: o.system,
      kind: o.kind,
      ...(o.level ? { level: o.level } : {}),
      name: o.name,
      ...(o.shortName ? { shortName: o.shortName } : {}),
      ...(o.aliases.length ? { aliases: o.aliases } : {}),
      ...(o.validFrom ? { validFrom: o.validFrom } : {}),
      ...(o.validTo ? { validTo: o.validTo } : {}),
      ...(o.status !== "active" ? { status: o.status } : {}),
    };
    nodes.set(o.id, node);
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return `${JSON.stringify({ format: "thucthi-orgs", version: 1, orgs: roots }, null, 2)}\n`;
}
