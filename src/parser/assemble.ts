// Stage `assemble`: runs the extractors over the classified lines and the tree and builds the
// ParseResult of the contract (docs/parse-contract.md), with diagnostics for what could
// not be read with certainty.

import { findAttached } from "./attached.ts";
import { bodyKindOf } from "./bodies.ts";
import { SpellingIndex } from "./casing.ts";
import { type CitationSource, readCitations } from "./citations.ts";
import { classify } from "./classify.ts";
import { typeFromCode, typeFromName } from "./doc-types.ts";
import { readHeader } from "./header.ts";
import { issuerNames } from "./issuer.ts";
import { kindOf, readOutline, sectionsOf } from "./outline.ts";
import { isRecipientsHead, readRecipients } from "./recipients.ts";
import { readReporting } from "./reporting.ts";
import { readResponsibilities } from "./responsibilities.ts";
import { readSigner } from "./signer.ts";
import { readTables, unflattenTable } from "./tables.ts";
import { readTaskGroups } from "./tasks.ts";
import { fold, isCaps, trimItem } from "./text.ts";
import { buildTree, nodeText, walk } from "./tree.ts";
import type {
  ClassifiedLine,
  Diagnostic,
  DocumentType,
  ParseResult,
  ReportingDuty,
  System,
  TreeNode,
} from "./types.ts";

const AUTHORITY_LINE = /^(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}|^(?:T\/M|K\/T)\s+\p{Lu}/u;
const ISSUER_IN_TEXT =
  /((?:Ban Chấp hành|Ban Thường vụ|Thường trực|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Ủy ban nhân dân|Hội đồng nhân dân|Bộ|Sở|Chi bộ|Đảng bộ)(?:\s[\p{L}\d-]+){0,10}?)\s+(?:xây dựng|ban hành|triển khai|đề ra)\s+(?:[Kk]ế hoạch|[Cc]hương trình|[Cc]hỉ thị|[Qq]uyết định|[Nn]ghị quyết|[Hh]ướng dẫn|[Đđ]ề án|[Pp]hương án)/u;

const ADDRESSEE_HEAD = /^(?:Kính gửi|[\p{Lu} ]{4,60}\sđiện)\s*:\s*(.*)$/u;

/**
 * "Kính gửi: - ...; - ..." (công văn) and "THỦ TƯỚNG CHÍNH PHỦ điện: - ..." (công điện) name who
 * the document is sent to; their dash lines are not tasks. Returns the names and the body without them.
 */
function takeAddressees(body: ClassifiedLine[]): { addressees: string[]; rest: ClassifiedLine[] } {
  const at = body.slice(0, 20).findIndex((l) => ADDRESSEE_HEAD.test(l.text));
  if (at < 0) return { addressees: [], rest: body };
  const rest = body.slice();
  const addressees: string[] = [];
  const inline = ADDRESSEE_HEAD.exec(body[at]!.text)![1]!.trim();
  if (inline) addressees.push(trimItem(inline.replace(/^[-–+•]\s*/u, "")));
  rest[at] = { ...body[at]!, kind: "blank", content: "" };
  for (let i = at + 1; i < body.length; i++) {
    const l = body[i]!;
    if (l.kind === "blank") continue;
    if (l.kind !== "item" || (l.style !== "dash" && l.style !== "plus" && l.style !== "dot")) break;
    addressees.push(trimItem(l.content));
    rest[i] = { ...l, kind: "blank", content: "" };
  }
  return { addressees, rest };
}

/** Where the closing part (Nơi nhận, signature) begins. */
function tailStart(lines: ClassifiedLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (isRecipientsHead(t) || (AUTHORITY_LINE.test(t) && isCaps(t))) return i;
  }
  // No "Nơi nhận": a position in capitals near the end, followed by a name.
  for (let i = Math.max(from, lines.length - 12); i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (
      isCaps(t) &&
      t.length <= 60 &&
      /chu tich|giam doc|bi thu|truong|tong/.test(fold(t)) &&
      i >= lines.length - 6
    )
      return i;
  }
  return lines.length;
}

function systemOf(
  headerSystem: System | null,
  shape: System | undefined,
  issuer: string | null,
): System | null {
  if (headerSystem) return headerSystem;
  if (shape) return shape;
  return (issuer && bodyKindOf(issuer)?.system) || null;
}

function clipWords(text: string, n: number): string {
  const words = text.split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(" ")} …` : text;
}

/** Sections, outline, task groups and responsibilities of one body tree. */
function readParts(tree: TreeNode) {
  const sections = sectionsOf(tree);
  const outline = readOutline(sections);
  const kinds = sections.map((s, i) => outline[i]?.kind ?? kindOf(s.title, s.children.length > 0, s.style));
  const taskGroups = readTaskGroups(
    sections.filter((_, i) => kinds[i] === "tasks"),
    tree,
    sections.length > 0,
  );
  const responsibilities = readResponsibilities(sections.filter((_, i) => kinds[i] === "organization"));
  return { sections, outline, taskGroups, responsibilities };
}

export function assemble(lines: ClassifiedLine[], normalised: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const spell = new SpellingIndex(normalised);
  const header = readHeader(lines);
  diagnostics.push(...header.diagnostics);
  const tail0 = tailStart(lines, header.bodyStart);
  const attached = findAttached(lines, tail0);
  const appendixAt = lines.findIndex(
    (l, i) => i > (attached?.bodyStart ?? tail0) && /^phu luc\b/.test(fold(l.text.trim())),
  );
  const tailEnd = attached ? attached.at : appendixAt > 0 ? appendixAt : lines.length;
  const { addressees, rest: body } = takeAddressees(lines.slice(header.bodyStart, tail0));
  // A signature block laid out as a table: its cells' lines, left column first.
  const tail = lines
    .slice(tail0, tailEnd)
    .flatMap((l) => (l.cellLines ? classify(l.cellLines.flat().map((text) => ({ no: l.no, text }))) : [l]));
  const tree = buildTree(body);
  const firstItem = body.findIndex((l) => l.kind === "item" || l.kind === "meta" || l.kind === "table");
  const preamble = firstItem < 0 ? body : body.slice(0, firstItem);
  // The attached document's body, up to its appendix or its own closing part.
  const attachedLines = attached
    ? lines.slice(attached.bodyStart, appendixAt > 0 ? appendixAt : lines.length)
    : [];
  const attachedBody = attachedLines.slice(0, tailStart(attachedLines, 0));
  const attachedTree = attached ? buildTree(attachedBody) : null;

  const main = readParts(tree);
  const plan = attachedTree ? readParts(attachedTree) : null;
  const outline = [...main.outline, ...(plan?.outline ?? [])];
  // The task part is the attached document's when it has one (the issuing articles only say "ban hành").
  const taskGroups = plan && plan.taskGroups.length > 0 ? plan.taskGroups : main.taskGroups;
  if (appendixAt > 0) {
    const appendix = lines.slice(appendixAt);
    const title = appendix.slice(1).find((l) => l.kind === "text")?.text ?? appendix[0]!.text;
    let rows = appendix.filter((l) => l.kind === "table");
    if (rows.length === 0) {
      const flat = unflattenTable(appendix);
      rows = flat.rows;
      for (const line of flat.uneven)
        diagnostics.push({
          line,
          severity: "warning",
          message: "Dòng bảng phụ lục có số ô khác số cột: kiểm tra đơn vị chủ trì, phối hợp và thời gian",
        });
    }
    const read = readTables(rows, { label: "", title, line: appendix[0]!.no });
    if (rows.length > 0 && read.length === 0)
      diagnostics.push({
        line: appendix[0]!.no,
        severity: "warning",
        message: "Không đọc được bảng nhiệm vụ của phụ lục",
      });
    taskGroups.push(...read);
  }
  const responsibilities = [...main.responsibilities, ...(plan?.responsibilities ?? [])];

  const reporting: ReportingDuty[] = [];
  // One paragraph per item (its lines joined), so a sentence broken over lines is read whole.
  for (const l of preamble) if (l.kind !== "blank") reporting.push(...readReporting(l.content, l.no));
  for (const node of walk(tree)) reporting.push(...readReporting(nodeText(node), node.line));
  for (const text of tree.body.slice(preamble.filter((l) => l.kind !== "blank").length))
    reporting.push(...readReporting(text, tree.endLine));
  if (attachedTree) {
    for (const node of walk(attachedTree)) reporting.push(...readReporting(nodeText(node), node.line));
    for (const text of attachedTree.body) reporting.push(...readReporting(text, attachedTree.line));
  }

  const { issuer: headerIssuer, parentIssuer } = issuerNames(header.issuers, spell);
  let issuer = headerIssuer;
  if (!issuer) {
    const m = preamble.map((l) => ISSUER_IN_TEXT.exec(l.text)).find(Boolean);
    if (m) {
      issuer = trimItem(m[1]!);
      diagnostics.push({
        line: 0,
        severity: "info",
        message: `Cơ quan ban hành suy ra từ nội dung: "${issuer}"`,
      });
    }
  }
  const system = systemOf(header.system, header.symbol?.shape, issuer);

  let type: DocumentType | null = null;
  if (header.typeName) {
    type = typeFromName(header.typeName, system);
    const fromSymbol = header.symbol?.code ? typeFromCode(header.symbol.code, system) : null;
    if (fromSymbol && type.code && fromSymbol.code !== type.code)
      diagnostics.push({
        line: header.numberLine ?? 0,
        severity: "warning",
        message: `Loại văn bản "${type.name}" không khớp ký hiệu "${header.symbol!.symbol}"`,
      });
  } else if (header.vv || (header.symbol && !header.symbol.code)) type = typeFromName("Công văn", system);
  else if (header.symbol?.code) type = typeFromCode(header.symbol.code, system);

  const citationSources: CitationSource[] = [];
  if (header.title) citationSources.push({ text: header.title, line: header.titleLine ?? 0, preamble: true });
  body.forEach((l, i) => {
    if (l.kind !== "blank")
      citationSources.push({ text: l.text, line: l.no, preamble: firstItem < 0 || i < firstItem });
  });
  for (const l of attachedBody)
    if (l.kind !== "blank") citationSources.push({ text: l.text, line: l.no, preamble: false });
  const citations = readCitations(citationSources, header.symbol?.symbol ?? null, system);

  const recipientLines = readRecipients(tail);
  const { signer, nameLine } = readSigner(tail, recipientLines, spell);
  const recipients = recipientLines.map((r) =>
    nameLine && r.line === nameLine.line
      ? r.text
          .replace(nameLine.name, "")
          .replace(/\s{2,}/g, " ")
          .trim()
      : r.text,
  );

  // A task without a lead is the worst silent loss of the import review: each one says so.
  for (const g of taskGroups)
    for (const t of g.tasks)
      if (t.lead.length === 0)
        diagnostics.push({
          line: t.line,
          severity: "warning",
          message: `Nhiệm vụ chưa rõ đơn vị chủ trì (văn bản không ghi "chủ trì", "đơn vị thực hiện" hay cơ quan đầu câu): "${clipWords(t.title, 12)}"`,
        });
  if (!header.symbol)
    diagnostics.push({
      line: header.numberLine ?? 0,
      severity: "warning",
      message: header.numberBlank
        ? "Văn bản chưa ghi số (số để trống)"
        : "Không tìm thấy số, ký hiệu văn bản",
    });
  if (!header.date && header.dateLine === null)
    diagnostics.push({
      line: 0,
      severity: "warning",
      message: "Không tìm thấy địa danh, ngày tháng ban hành",
    });
  if (!issuer) diagnostics.push({ line: 0, severity: "warning", message: "Không tìm thấy cơ quan ban hành" });
  if (!type) diagnostics.push({ line: 0, severity: "warning", message: "Không xác định được loại văn bản" });
  if (!type && !header.symbol && !issuer && taskGroups.length === 0 && main.sections.length === 0)
    diagnostics.push({
      line: 0,
      severity: "error",
      message: "Nội dung không giống một văn bản chỉ đạo (không có phần đầu, số, ký hiệu hay mục nhiệm vụ)",
    });

  return {
    system,
    issuer,
    parentIssuer,
    type,
    symbol: header.symbol?.symbol ?? null,
    date: header.date,
    place: header.place,
    title: header.title,
    citations,
    outline,
    taskGroups,
    responsibilities,
    reporting,
    signer,
    recipients,
    addressees,
    diagnostics,
  };
}
