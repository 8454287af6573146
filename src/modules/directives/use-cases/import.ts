// Use case: import a document as a draft. The file is stored, its text extracted and parsed, and the
// parse becomes rows an official reviews (nothing enters the plan until confirmation). Units are mapped
// to bodies by the rules in rules/units.ts. The same document imported twice is answered with a link to the
// one that exists (same normalised text, or same symbol and year of the same issuer in a draft or
// confirmed).
import { createHash } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { OrgRef } from "../../../core/access.ts";
import { AppError, conflict, forbidden, invalid } from "../../../core/errors.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { checkUpload } from "../../files/rules/upload.ts";
import { saveFile } from "../../files/use-cases/save.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { SUPPORTED_EXTENSIONS } from "../adapters/extract/index.ts";
import { readDocument } from "../adapters/read-document/index.ts";
import type { ImportOut } from "../contract.ts";
import { directivePolicy } from "../policy.ts";
import {
  loadOrgIndex,
  orgNames,
  orgRefOf,
  readableDirective,
  rememberedUnits,
  rowsWithSymbol,
} from "../queries.ts";
import { draftRows, resolveUnits, unitMapOf } from "../rules/draft.ts";
import { bodyNamed, documentScope, isCentralSymbol } from "../rules/scope.ts";
import { directiveLink } from "../rules/symbol-key.ts";
import { type OrgIndex, suggestUnit } from "../rules/units.ts";
import { directiveGroups, directiveReporting, directives, directiveTasks } from "../schema.ts";
import { scopeOfRow } from "./stubs.ts";

/** Rows per insert statement: 19 columns × 1,000 stays far under PostgreSQL's 65,535 parameters. */
const INSERT_SLICE = 1_000;

export interface ImportFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

export interface ImportInput extends ImportFile {
  /** The body that imports and owns the draft; by default the official's acting body. */
  ownerOrgId?: string | null | undefined;
}

/** Imports a file at hand (CLI, demo data). */
export function importDirective(
  ctx: UseCaseContext,
  storage: FileStorage,
  input: ImportInput,
): Promise<ImportOut> {
  const { ownerOrgId, ...file } = input;
  return importUpload(ctx, storage, { ownerOrgId, read: async () => file });
}

/**
 * Imports an upload, read only once the policy lets the official import for the owner body (when that
 * body is known before the file: the chosen one, else the official's acting body).
 */
export async function importUpload(
  ctx: UseCaseContext,
  storage: FileStorage,
  input: { ownerOrgId?: string | null | undefined; read: () => Promise<ImportFile> },
): Promise<ImportOut> {
  const index = await loadOrgIndex(ctx.db);
  const chosen = input.ownerOrgId ?? ctx.actor?.actingOrgId ?? ctx.actor?.memberships[0]?.orgId ?? null;
  const chosenOwner = chosen === null ? null : mayImportFor(ctx, orgRefOf(index, chosen));
  const upload = await input.read();
  // The kinds a directive can be read from come first: the evidence files' wider list (sheets,
  // images, ZIP) would name kinds an import refuses.
  const ext = /\.[^./\\]+$/.exec(upload.fileName.toLowerCase())?.[0] ?? "";
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext))
    throw invalid(
      `Chỉ nhập được văn bản dạng ${SUPPORTED_EXTENSIONS.join(", ")} (Word .docx, PDF có lớp chữ, văn bản thuần): "${upload.fileName}" không phải loại đó.`,
    );
  checkUpload(upload.fileName, upload.bytes.byteLength);

  // Extraction and parsing run in a worker with time and memory limits (adapters/read-document).
  const { parse, normalised, extractDiagnostics } = await readDocument(upload.bytes, upload.fileName);
  parse.diagnostics.unshift(...extractDiagnostics);
  if (!normalised.trim()) throw invalid(`Tệp "${upload.fileName}" không có chữ nào đọc được.`);

  // Without a chosen body, the issuer the document names owns it.
  const owner = chosenOwner ?? mayImportFor(ctx, orgRefOf(index, bodyNamed(index, parse.issuer, null)));

  // The issuer's body (read in the importer's context) is the document's scope and the context its units
  // are read against; the importer's body stands in when the issuer is not found.
  const issuerOrgId = bodyNamed(index, parse.issuer, owner.id);
  const contextId = issuerOrgId ?? owner.id;
  const textHash = createHash("sha256").update(normalised).digest("hex");
  await refuseDuplicate(ctx, index, textHash, parse.symbol, parse.date, issuerOrgId, owner.id);

  const remembered = await rememberedUnits(ctx.db, contextId);
  const rows = draftRows(parse);
  const names = rows.tasks.flatMap((t) => [...t.leadText, ...t.supportText]);
  const unitMap = unitMapOf(names.map((n) => suggestUnit(n, index, contextId, remembered)));

  return writeTransaction(ctx, async (tx, audit) => {
    const file = await saveFile(tx, storage, ctx, {
      bytes: upload.bytes,
      fileName: upload.fileName,
      mimeType: upload.mimeType,
      orgId: owner.id,
    });
    const [doc] = await tx
      .insert(directives)
      .values({
        status: "draft",
        symbol: parse.symbol,
        // A draft holds no key: the key belongs to the stub or confirmed row until confirmation.
        symbolKey: null,
        typeCode: parse.type?.code ?? null,
        typeName: parse.type?.name ?? null,
        title: parse.title,
        system: parse.system,
        issuerName: parse.issuer,
        issuerOrgId,
        parentIssuerName: parse.parentIssuer,
        issuedOn: parse.date && !parse.date.startsWith("--") ? parse.date : null,
        place: parse.place,
        signer: parse.signer as Record<string, unknown> | null,
        recipients: parse.recipients,
        ownerOrgId: owner.id,
        text: normalised,
        textHash,
        sourceFileId: file.id,
        parse: parse as unknown as Record<string, unknown>,
        unitMap,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const id = doc!.id;
    const groupIds: string[] = [];
    for (const g of rows.groups) {
      const [row] = await tx
        .insert(directiveGroups)
        .values({ directiveId: id, ...g })
        .returning({ id: directiveGroups.id });
      groupIds.push(row!.id);
    }
    // In slices: one statement for thousands of rows passes PostgreSQL's 65,535 parameters (and a
    // long list overflowed the query builder's stack: "Maximum call stack size exceeded").
    for (let from = 0; from < rows.tasks.length; from += INSERT_SLICE)
      await tx.insert(directiveTasks).values(
        rows.tasks.slice(from, from + INSERT_SLICE).map(({ group, ...t }) => ({
          ...t,
          directiveId: id,
          groupId: group === null ? null : groupIds[group]!,
          ...resolveUnits(t, unitMap),
        })),
      );
    for (let from = 0; from < rows.reporting.length; from += INSERT_SLICE)
      await tx.insert(directiveReporting).values(
        rows.reporting.slice(from, from + INSERT_SLICE).map((r) => ({
          ...r,
          directiveId: id,
          toOrgId: firstBodyOf(index, r.toText, contextId),
          viaOrgId: firstBodyOf(index, r.viaText, contextId),
        })),
      );
    const summary: ImportOut = {
      id,
      symbol: parse.symbol,
      title: parse.title,
      groups: rows.groups.length,
      tasks: rows.tasks.filter((t) => t.kind === "task").length,
      responsibilities: rows.tasks.filter((t) => t.kind === "responsibility").length,
      units: unitMap.length,
      unmappedUnits: unitMap.filter((u) => !u.orgIds.length).length,
      diagnostics: parse.diagnostics.length,
    };
    await audit({
      action: "directive.import",
      entity: "directive",
      entityId: id,
      after: { symbol: parse.symbol, textHash, fileId: file.id },
      summary: { what: "nhập văn bản", file: upload.fileName, ...summary },
    });
    return summary;
  });
}

/** The import policy's decision for the owner body (none known: the official must choose one). */
function mayImportFor(ctx: UseCaseContext, owner: OrgRef | null): OrgRef {
  if (!owner) throw invalid("Hãy chọn cơ quan nhập và quản lý văn bản này.");
  if (ctx.actor && !directivePolicy.import(ctx.actor, owner))
    throw forbidden("Chỉ cán bộ của cơ quan được chọn mới nhập văn bản cho cơ quan đó.");
  return owner;
}

/** The first body a reporting line's "to"/"via" names ("Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo ..."). */
function firstBodyOf(index: OrgIndex, text: string | null, contextId: string): string | null {
  if (!text) return null;
  for (const part of text.split(/\s*(?:,|;|\svà\s)\s*/u)) {
    const id = bodyNamed(index, part, contextId);
    if (id) return id;
  }
  return null;
}

/**
 * 409 when the document is already here: same text, or same symbol and year from the same issuer (its
 * scope) in a draft or confirmed. Another district's "12/KH-UBND" of the same year is another document.
 */
async function refuseDuplicate(
  ctx: UseCaseContext,
  index: OrgIndex,
  textHash: string,
  symbol: string | null,
  date: string | null,
  issuerOrgId: string | null,
  ownerOrgId: string,
): Promise<void> {
  const [sameText] = await ctx.db
    .select({ id: directives.id })
    .from(directives)
    .where(and(eq(directives.textHash, textHash), ne(directives.status, "stub")))
    .limit(1);
  let existingId = sameText?.id ?? null;
  let reason = "cùng nội dung";
  if (!existingId && symbol) {
    const year = date?.slice(0, 4) ?? null;
    const central = isCentralSymbol(symbol);
    const scope = documentScope(index, symbol, issuerOrgId, ownerOrgId);
    const same = (await rowsWithSymbol(ctx.db, symbol)).find(
      (r) =>
        r.status !== "stub" &&
        (!year || !r.issuedOn || r.issuedOn.startsWith(year)) &&
        (central || scopeOfRow(index, r) === scope),
    );
    existingId = same?.id ?? null;
    reason = `cùng số, ký hiệu ${symbol}`;
  }
  if (!existingId) return;
  const existing = await ctx.db.select().from(directives).where(eq(directives.id, existingId));
  const row = existing[0]!;
  let visible = true;
  try {
    await readableDirective(ctx, row.id);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    visible = false;
  }
  const owner = row.ownerOrgId ? (await orgNames(ctx.db, [row.ownerOrgId]))[row.ownerOrgId]?.name : null;
  const state = row.status === "draft" ? "đang là bản nháp chờ rà soát" : "đã được xác nhận";
  throw conflict(
    `Văn bản này đã được nhập (${reason}) và ${state}${owner ? ` tại ${owner}` : ""}.`,
    visible
      ? { existingId: row.id, status: row.status, symbol: row.symbol, link: directiveLink(row.id) }
      : { status: row.status },
  );
}
