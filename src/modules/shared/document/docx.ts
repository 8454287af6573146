// Writes an OfficialDocument as .docx in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (State
// bodies) or Hướng dẫn 36-HD/VPTW (Party bodies). What was checked against which text, and the
// choices inside the allowed ranges, are in docs/decisions/official-document-format.md.
// Sizes are in twips (1/1440 inch; 1 mm = 56.7) and half-points, as Word stores them.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type ITableCellBorders,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { archiveLine, authorityLine, dateLine, formatCell, referenceLine, upper } from "./format.ts";
import type {
  Annex,
  BodyBlock,
  DocumentSystem,
  TextRun as ModelRun,
  OfficialDocument,
  Recipients,
  Signer,
  TableBlock,
} from "./model.ts";

export const FONT = "Times New Roman";
// Rounded up, so a margin at the edge of a range (15 mm) stays inside it.
const mm = (v: number) => Math.ceil((v * 1440) / 25.4);

/** A4 portrait and the margins chosen inside the decree's ranges (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/**
 * The header's two columns (ô số 2 and ô số 1): the national title at 12 pt bold takes ~90 mm, so
 * the right one is 92 mm and the body's names get the remaining 73 mm (longer names wrap, as the
 * decree allows).
 */
const RIGHT = mm(92);
const LEFT = TEXT_WIDTH - RIGHT;

/** Point sizes per element, for each system (the decree's ranges: see the decision note). */
interface Sizes {
  headerName: number;
  nationalTitle: number;
  motto: number;
  reference: number;
  date: number;
  kind: number;
  summary: number;
  body: number;
  table: number;
  signer: number;
  recipientsLabel: number;
  recipients: number;
}
const STATE: Sizes = {
  headerName: 12,
  nationalTitle: 12,
  motto: 13,
  reference: 13,
  date: 14,
  kind: 14,
  summary: 14,
  body: 14,
  table: 12,
  signer: 14,
  recipientsLabel: 12,
  recipients: 11,
};
const PARTY: Sizes = {
  headerName: 14,
  nationalTitle: 15,
  motto: 15,
  reference: 14,
  date: 14,
  kind: 16,
  summary: 14,
  body: 14,
  table: 12,
  signer: 14,
  recipientsLabel: 14,
  recipients: 12,
};

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}
const run = (text: string, s: RunStyle) =>
  new TextRun({
    text,
    font: FONT,
    size: Math.round(s.size * 2),
    bold: s.bold,
    italics: s.italics,
    underline: s.underline ? {} : undefined,
  });

interface ParaOptions {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  after?: number;
  before?: number;
  indentFirst?: number;
  keepNext?: boolean;
}
function para(children: TextRun[], o: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    indent: o.indentFirst ? { firstLine: o.indentFirst } : undefined,
    keepNext: o.keepNext,
  });
}

/**
 * A short solid rule, centred in a column of `width`: an empty paragraph with a top border and
 * indents, so Word and LibreOffice draw the same line without a floating shape.
 */
function rule(width: number, length: number, after = 60): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    children: [new TextRun({ text: "", font: FONT, size: 4 })],
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 80, after, line: 240, lineRule: LineRuleType.AUTO },
  });
}

/** Rough width in twips of a line of text in Times New Roman (capitals ~0.68 em, lower case ~0.46 em), for the rules' lengths. */
function textWidth(text: string, points: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === " ") ems += 0.25;
    else if (ch === upper(ch) && ch !== ch.toLocaleLowerCase("vi")) ems += 0.68;
    else ems += 0.46;
  }
  return Math.round(ems * points * 20 * (bold ? 1.04 : 1));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS: ITableCellBorders = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
};
const TABLE_NO_BORDERS = { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** A borderless table that places blocks side by side; one row per entry of `rows`. */
function layoutTable(widths: number[], ...rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: NO_BORDERS,
                margins: { left: 0, right: 0 },
                children,
              }),
          ),
        }),
    ),
  });
}

/** The two-column header: issuing body (and parent) on the left, motto or Party title on the right. */
function header(doc: OfficialDocument, s: Sizes): Table {
  const party = doc.system === "party";
  const left: Paragraph[] = [];
  if (doc.issuer.parent) left.push(para([run(upper(doc.issuer.parent), { size: s.headerName })]));
  const name = upper(doc.issuer.name);
  left.push(para([run(name, { size: s.headerName, bold: true })]));
  if (party) left.push(para([run("*", { size: s.headerName })], { after: 60 }));
  else {
    // Phụ lục I, II.2.b: a rule 1/3 to 1/2 as long as the body's name, centred under it.
    const len = Math.min(textWidth(name, s.headerName, true), LEFT) * 0.4;
    left.push(rule(LEFT, Math.max(len, mm(15)), 160));
  }
  const reference = [
    para([run(referenceLine(doc.system, doc.kind, doc.issuer, doc.reference), { size: s.reference })]),
  ];

  const right: Paragraph[] = [];
  if (party) {
    // Hướng dẫn 36, II.1.1: the title at the top right, with a rule as long as the title.
    const title = "ĐẢNG CỘNG SẢN VIỆT NAM";
    right.push(para([run(title, { size: s.nationalTitle, bold: true })]));
    right.push(rule(RIGHT, textWidth(title, s.nationalTitle, true), 160));
  } else {
    right.push(para([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: s.nationalTitle, bold: true })]));
    const motto = "Độc lập - Tự do - Hạnh phúc";
    right.push(para([run(motto, { size: s.motto, bold: true })]));
    // Phụ lục I, II.1.b: the motto's rule is as long as the motto.
    right.push(rule(RIGHT, textWidth(motto, s.motto, true), 160));
  }
  // Number (ô số 3) and date (ô số 4) in a second row, so they share a line whatever the names' lengths.
  const date = [para([run(dateLine(doc.place, doc.date), { size: s.date, italics: true })])];
  return layoutTable([LEFT, RIGHT], [left, right], [reference, date]);
}

function titleBlock(doc: OfficialDocument, s: Sizes): Paragraph[] {
  const out: Paragraph[] = [
    para([run(upper(doc.kind.name), { size: s.kind, bold: true })], { before: 360, keepNext: true }),
    para([run(doc.summary, { size: s.summary, bold: true })], { keepNext: true }),
  ];
  // A short rule under the summary (State); five dashes (Party), as the two texts show them.
  if (doc.system === "party") out.push(para([run("-----", { size: s.summary })], { after: 120 }));
  else out.push(rule(TEXT_WIDTH, Math.min(textWidth(doc.summary, s.summary, true) * 0.4, mm(40)), 240));
  if (doc.addressees?.length) {
    if (doc.addressees.length === 1)
      out.push(para([run(`Kính gửi: ${doc.addressees[0]}`, { size: s.body })], { after: 240 }));
    else {
      out.push(para([run("Kính gửi:", { size: s.body })], { align: AlignmentType.LEFT, after: 0 }));
      for (const a of doc.addressees)
        out.push(para([run(`- ${a}`, { size: s.body })], { align: AlignmentType.LEFT, indentFirst: mm(25) }));
      out.push(para([], { after: 120 }));
    }
  }
  return out;
}

const runs = (text: string | ModelRun[], s: RunStyle): TextRun[] =>
  typeof text === "string"
    ? [run(text, s)]
    : text.map((r) => run(r.text, { ...s, bold: r.bold ?? s.bold, italics: r.italic ?? s.italics }));

/** Body text: justified, first line indented 1–1,27 cm, at least 6 pt between paragraphs. */
function bodyParagraph(children: TextRun[], o: { centered?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: o.centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: o.centered ? undefined : { firstLine: mm(10) },
    spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
  });
}

function figuresTable(t: TableBlock, s: Sizes): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (t.title)
    out.push(para([run(t.title, { size: s.body, bold: true })], { before: 120, after: 60, keepNext: true }));
  if (t.unitNote)
    out.push(
      para([run(t.unitNote, { size: s.table, italics: true })], {
        align: AlignmentType.RIGHT,
        keepNext: true,
      }),
    );
  const cols = [...(t.numbered ? [{ title: "STT", format: "text" as const, width: 0.8 }] : []), ...t.columns];
  const weight = cols.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = cols.map((c) => Math.floor((TEXT_WIDTH * (c.width ?? 1)) / weight));
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
  const cell = (text: string, i: number, bold: boolean, head: boolean) => {
    const col = cols[i];
    const numeric = !head && col !== undefined && col.format !== "text";
    const align =
      head || (t.numbered && i === 0)
        ? AlignmentType.CENTER
        : numeric
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT;
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 40, bottom: 40 },
      borders: { top: line, bottom: line, left: line, right: line },
      children: [para([run(text, { size: s.table, bold })], { align })],
    });
  };
  const rowOf = (values: string[], o: { bold?: boolean; head?: boolean } = {}) =>
    new TableRow({
      tableHeader: o.head,
      cantSplit: true,
      children: values.map((v, i) => cell(v, i, Boolean(o.bold || o.head), Boolean(o.head))),
    });
  const printed = (row: (string | number | null)[]) =>
    t.columns.map((c, i) => formatCell(row[i] ?? null, c.format, c.decimals));
  const rows = [
    rowOf(
      cols.map((c) => c.title),
      { head: true },
    ),
  ];
  for (const [i, r] of t.rows.entries())
    rows.push(rowOf([...(t.numbered ? [String(i + 1)] : []), ...printed(r)]));
  if (t.totals) rows.push(rowOf([...(t.numbered ? [""] : []), ...printed(t.totals)], { bold: true }));
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows,
    }),
  );
  if (t.note)
    out.push(
      para([run(t.note, { size: s.table, italics: true })], { align: AlignmentType.LEFT, before: 60 }),
    );
  out.push(para([], { after: 120 }));
  return out;
}

function body(blocks: BodyBlock[], s: Sizes): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.type === "heading") {
      const style = { size: s.body, bold: true, italics: b.level === 3 };
      out.push(
        new Paragraph({
          children: [run(b.text, style)],
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: mm(10) },
          spacing: { before: b.level === 1 ? 120 : 60, after: 120, line: 276, lineRule: LineRuleType.AUTO },
          keepNext: true,
        }),
      );
    } else if (b.type === "paragraph")
      out.push(bodyParagraph(runs(b.text, { size: s.body, italics: b.italic }), { centered: b.centered }));
    else if (b.type === "list")
      for (const item of b.items)
        out.push(bodyParagraph([run("- ", { size: s.body }), ...runs(item, { size: s.body })]));
    else out.push(...figuresTable(b, s));
  }
  return out;
}

/** One signer: authority line, position, space for the signature and seal, name. */
function signerCell(system: DocumentSystem, signer: Signer, s: Sizes): Paragraph[] {
  const out: Paragraph[] = [];
  const bold = { size: s.signer, bold: true };
  if (signer.authority)
    out.push(para([run(authorityLine(system, signer.authority.kind, signer.authority.of), bold)]));
  out.push(para([run(upper(signer.position), bold)], { after: 1700 }));
  out.push(para([run(signer.name || " ", bold)]));
  return out;
}

function recipientsCell(system: DocumentSystem, r: Recipients, s: Sizes): Paragraph[] {
  const left = { align: AlignmentType.LEFT };
  const out: Paragraph[] = [];
  // State: "Nơi nhận:" bold italic 12 pt; Party: "Nơi nhận:" underlined, upright.
  const label =
    system === "party"
      ? run("Nơi nhận:", { size: s.recipientsLabel, underline: true })
      : run("Nơi nhận:", { size: s.recipientsLabel, bold: true, italics: true });
  out.push(para([label], left));
  for (const item of r.items) out.push(para([run(`- ${item};`, { size: s.recipients })], left));
  out.push(para([run(archiveLine(system, r.archive), { size: s.recipients })], left));
  return out;
}

function closing(doc: OfficialDocument, s: Sizes): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [para([], { after: 120 })];
  const recipients = doc.recipients ? recipientsCell(doc.system, doc.recipients, s) : [para([])];
  if (doc.signers.length <= 1) {
    // Ô số 9 (recipients) at the bottom left beside ô số 7 (signer) at the right.
    const signer = doc.signers[0] ? signerCell(doc.system, doc.signers[0], s) : [para([])];
    out.push(layoutTable([LEFT, RIGHT], [recipients, signer]));
  } else {
    const n = doc.signers.length;
    const widths = doc.signers.map((_, i) =>
      i < n - 1 ? Math.floor(TEXT_WIDTH / n) : TEXT_WIDTH - Math.floor(TEXT_WIDTH / n) * (n - 1),
    );
    out.push(
      layoutTable(
        widths,
        doc.signers.map((sg) => signerCell(doc.system, sg, s)),
      ),
    );
    if (doc.recipients) out.push(para([], { after: 240 }), layoutTable([TEXT_WIDTH], [recipients]));
  }
  return out;
}

/** "Phụ lục 1", its title, and the line naming the document it goes with, from a new page. */
function annex(doc: OfficialDocument, a: Annex, s: Sizes): (Paragraph | Table)[] {
  const number = doc.reference.number ?? "...";
  const symbol =
    doc.system === "party"
      ? `${number}-${doc.kind.code}/${doc.issuer.code}`
      : `${number}/${doc.kind.code}-${doc.issuer.code}`;
  const day = "iso" in doc.date ? doc.date.iso.split("-").reverse().join("/") : `.../.../${doc.date.year}`;
  const kind = doc.kind.name.charAt(0) + doc.kind.name.slice(1).toLocaleLowerCase("vi");
  return [
    new Paragraph({
      children: [run(a.label, { size: s.body, bold: true })],
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
    }),
    para([run(upper(a.title), { size: s.body, bold: true })]),
    para(
      [
        run(`(Kèm theo ${kind} số ${symbol} ngày ${day} của ${doc.issuer.name})`, {
          size: s.body,
          italics: true,
        }),
      ],
      {
        after: 240,
      },
    ),
    ...body(a.blocks, s),
  ];
}

function draftMark(s: Sizes): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 } as const;
  return new Paragraph({
    children: [run("DỰ THẢO", { size: s.kind, bold: true })],
    alignment: AlignmentType.CENTER,
    border: { top: line, bottom: line, left: line, right: line },
    indent: { left: TEXT_WIDTH - mm(35), right: 0 },
    spacing: { after: 120 },
  });
}

/** The document as a .docx file's bytes. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const s = doc.system === "party" ? PARTY : STATE;
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
      }),
    ],
  });
  const file = new Document({
    creator: upper(doc.issuer.name),
    title: `${doc.kind.name} ${doc.summary}`,
    // Vietnamese, so Word's spelling and hyphenation treat the text as Vietnamese.
    styles: {
      default: { document: { run: { font: FONT, size: s.body * 2, language: { value: "vi-VN" } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: mm(10), footer: mm(10) },
          },
          // Page numbers centred in the top margin, none on the first page (Phụ lục I, I.7).
          titlePage: true,
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          ...(doc.draft ? [draftMark(s)] : []),
          header(doc, s),
          ...titleBlock(doc, s),
          ...body(doc.body, s),
          ...closing(doc, s),
          ...(doc.annexes ?? []).flatMap((a) => annex(doc, a, s)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
