// The interchange formats of the organisation tree, as pure functions of text and rows: CSV (flat,
// one row per body, parent by code) and JSON (nested). Every record is checked before anything is
// written, and every problem is listed by row number.
import { CsvError, parse as parseCsv } from "csv-parse/sync";
import { stringify as stringifyCsv } from "csv-stringify/sync";
import { z } from "zod";
import { invalid } from "../../../core/errors.ts";
import { historicDate } from "../../shared/contract.ts";
import { type InterchangeFormat, ORG_STATUSES, ORG_SYSTEMS, type OrgOut } from "../contract.ts";

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

// The API's real-calendar check and range (a body's history may start before 2000), after the
// row-level wording of the format.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD")
  .pipe(historicDate);
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

/** The rows of a CSV text, or a VALIDATION error naming the line where the text stops being CSV. */
function readCsv(text: string): Record<string, string>[] {
  try {
    return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const { lines } = e as CsvError & { lines?: number };
    if (e.code === "CSV_QUOTE_NOT_CLOSED")
      throw invalid(`Tệp CSV lỗi ở dòng ${lines}: dấu ngoặc kép (") mở mà không đóng.`);
    throw invalid(`Tệp CSV không đọc được ở dòng ${lines}: hãy kiểm tra dấu phẩy và dấu ngoặc kép.`);
  }
}

export function recordsFromCsv(text: string): Array<{ line: number; raw: Record<string, unknown> }> {
  const rows = readCsv(text.replace(/^\uFEFF/, ""));
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
  const roots = Array.isArray(doc) ? doc : (doc as { orgs?: unknown } | null)?.orgs;
  if (!Array.isArray(roots)) throw invalid('Tệp JSON phải là một mảng cơ quan, hoặc có trường "orgs".');
  const out: Array<{ line: number; raw: Record<string, unknown> }> = [];
  const walk = (value: unknown, parentCode: string | null) => {
    // A record that is not an object is checked as an empty one: its line lists what it lacks.
    const node = (value && typeof value === "object" ? value : {}) as JsonNode;
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
    for (const child of Array.isArray(node.children) ? node.children : [])
      walk(child, typeof node.code === "string" ? node.code : null);
  };
  for (const root of roots as JsonNode[]) walk(root, null);
  return out;
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

const codeOf = (o: OrgOut) => o.code ?? o.id;

/** The tree as CSV (one row per body, parent by code) or nested JSON; `rows` are parents first. */
export function renderOrgs(rows: OrgOut[], format: InterchangeFormat): string {
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
