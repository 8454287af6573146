// The output contract of the directive parser (docs/parse-contract.md) and the named
// intermediate forms of its stages (README.md beside this file). Other modules (import review,
// cascade, coverage) import these types; keep them stable and additive.

/** An ISO date `YYYY-MM-DD`, or `--MM-DD` for a date that recurs every year. */
export type IsoDate = string;

export type System = "party" | "state";

export interface DocumentType {
  /** Official abbreviation (Nghị định 30/2020/NĐ-CP Phụ lục III; Hướng dẫn 36-HD/VPTW); `null` for công văn. */
  code: string | null;
  /** The type name in normal capitalisation: "Kế hoạch", "Công văn". */
  name: string;
}

export type CitationRelation = "implements" | "basis" | "mentions";

export interface Citation {
  /** Number and symbol as written (the better spelling when the text has OCR variants). */
  symbol: string;
  /** The type name as written before the number ("Nghị quyết"), or from the symbol's code. */
  type: string | null;
  date: IsoDate | null;
  issuer: string | null;
  relation: CitationRelation;
  /** The sentence of the first mention. */
  text: string;
  /** Short names the text gives it: "(sau đây viết tắt là Nghị quyết số 27-NQ/TW)". */
  aliases: string[];
  /** Line numbers (normalised text, 1-based) of every mention. */
  lines: number[];
}

export type OutlineKind = "purpose" | "tasks" | "organization" | "other";

export interface OutlineNode {
  label: string;
  title: string;
  kind: OutlineKind;
  line: number;
  children: OutlineNode[];
}

export type TimeframeKind = "ongoing" | "deadline" | "period" | "relative" | "unspecified";

export interface Timeframe {
  kind: TimeframeKind;
  /** The words the kind was read from; "" when unspecified. */
  text: string;
  /** The last day allowed (single date) or null. */
  due: IsoDate | null;
}

export interface Task {
  /** Labels from the task group down: ["1", "1.2"], ["II", "-3"]. */
  path: string[];
  title: string;
  /** The item's whole text, including unnumbered paragraphs under it. */
  text: string;
  lead: string[];
  support: string[];
  timeframe: Timeframe;
  /** Expected product (sản phẩm) when a table states it. */
  product: string | null;
  /** First line of the item in the normalised text. */
  line: number;
  /** Last line of the item in the normalised text. */
  endLine: number;
}

export interface TaskGroup {
  label: string;
  title: string;
  line: number;
  tasks: Task[];
}

export interface Responsibility {
  label: string;
  text: string;
  lead: string[];
  support: string[];
  due: IsoDate | null;
  line: number;
}

export type Frequency = "once" | "monthly" | "quarterly" | "6-monthly" | "yearly";

export interface ReportingDuty {
  text: string;
  to: string | null;
  via: string | null;
  due: IsoDate[];
  frequency: Frequency | Frequency[] | null;
  line: number;
}

export type Authority = "TM." | "KT." | "TL." | "TUQ." | "Q." | "T/M" | "K/T";

export interface Signer {
  authority: Authority | null;
  /** The body or head signed for: "Ủy ban nhân dân", "Chủ tịch". */
  onBehalfOf: string | null;
  position: string | null;
  name: string | null;
  line: number;
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Line in the normalised text (1-based); 0 for the whole document. */
  line: number;
  severity: Severity;
  message: string;
}

export interface ParseResult {
  file?: string;
  system: System | null;
  issuer: string | null;
  parentIssuer: string | null;
  type: DocumentType | null;
  symbol: string | null;
  date: IsoDate | null;
  place: string | null;
  title: string | null;
  citations: Citation[];
  outline: OutlineNode[];
  taskGroups: TaskGroup[];
  responsibilities: Responsibility[];
  reporting: ReportingDuty[];
  signer: Signer | null;
  recipients: string[];
  /** "Kính gửi: ..." of a công văn, "... điện: ..." of a công điện (extra field). */
  addressees?: string[];
  diagnostics: Diagnostic[];
}

// ---------- intermediate forms ----------

/** Stage `lines`: one line of the normalised text. `cells` is set for a Markdown pipe-table row. */
export interface Line {
  /** 1-based line number in the normalised text. */
  no: number;
  text: string;
  cells?: string[];
  /** The lines inside each cell (a converted Word cell keeps its line breaks as <br>). */
  cellLines?: string[][];
}

export type MarkerStyle =
  | "part" // Phần I, PHẦN THỨ NHẤT
  | "alpha" // A. B.
  | "roman" // I. / II- / III –
  | "article" // Điều 1.
  | "num1" // 1.
  | "num2" // 1.1.
  | "num3" // 1.1.1.
  | "num4"
  | "paren" // 1)
  | "letter" // a) đ)
  | "dash" // - –
  | "plus" // +
  | "dot"; // • *

export type LineKind =
  | "blank"
  | "item" // a line that opens a numbered or bulleted item
  | "meta" // "Đơn vị thực hiện: ...", "Thời gian thực hiện: ..."
  | "table" // a pipe-table row
  | "text"; // any other paragraph

/** "content": the words of a structured task block ("a) Nhiệm vụ: …", "- Nội dung thực hiện: …"). */
export type MetaField = "lead" | "support" | "units" | "time" | "product" | "content" | "other";

/** Stage `classify`: a line with its kind, list marker and content without the marker. */
export interface ClassifiedLine extends Line {
  kind: LineKind;
  style?: MarkerStyle;
  /** The marker as written without punctuation: "II", "1.2", "a", "-". */
  label?: string;
  /** The text after the marker (or the whole text). */
  content: string;
  meta?: { field: MetaField; value: string };
  /** True when the letters of the line are all upper case (headings, header lines). */
  caps: boolean;
}

/** Stage `tree`: an item with its own text, its unit/time lines and its sub-items. */
export interface TreeNode {
  style: MarkerStyle | "root";
  label: string;
  title: string;
  /** Paragraph lines under the item before its first sub-item (continuations included). */
  body: string[];
  meta: { field: MetaField; value: string; line: number }[];
  children: TreeNode[];
  /** Table rows that sit under this item. */
  rows: ClassifiedLine[];
  line: number;
  endLine: number;
  parent: TreeNode | null;
}
