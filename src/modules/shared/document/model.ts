// The model of one official document (văn bản hành chính), independent of the file it is written
// to. It carries what the document says, not how it looks: the writers (docx.ts, xlsx.ts) apply the
// layout of Nghị định 30/2020/NĐ-CP (State bodies) or Hướng dẫn 36-HD/VPTW (Party bodies) from the
// `system` field, so a caller never spells "TM." or "T/M", "Số:" or "Số", "*" or a rule line.
// Plain data (no classes, no functions), so a use case can build it, a test can compare it and the
// web preview can receive it as JSON.
//
// Made for a report (báo cáo: issue 14), and general enough for a reception conclusion notice
// (thông báo kết luận) and minutes (biên bản: issue 16): the kind, the addressees, the signers and
// the recipients are all data.

/** Which format the document follows: Nghị định 30/2020/NĐ-CP, or Hướng dẫn 36-HD/VPTW. */
export type DocumentSystem = "state" | "party";

/** The issuing body (cơ quan, tổ chức ban hành) as the header names it, in capitals or not (the writer capitalises). */
export interface IssuingBody {
  /** The body itself, e.g. "Ủy ban nhân dân phường 1", "Phòng Nội vụ", "Đảng ủy phường 1". Printed bold. */
  name: string;
  /**
   * Its directly superior body, printed above it, not bold, e.g. "Ủy ban nhân dân quận Gò Vấp"
   * over "Phòng Nội vụ", or "Đảng bộ quận Gò Vấp" over "Đảng ủy phường 1". Absent for bodies the
   * decree lets stand alone (an Ủy ban nhân dân at any level has no parent line).
   */
  parent?: string;
  /** The body's abbreviation in the document symbol (ký hiệu), e.g. "UBND", "PNV", "ĐU". */
  code: string;
}

/** The kind of document (tên loại văn bản) and its abbreviation in the symbol. */
export interface DocumentKind {
  /** As printed, in capitals: "BÁO CÁO", "THÔNG BÁO", "BIÊN BẢN", "KẾ HOẠCH". */
  name: string;
  /** Its abbreviation (Phụ lục III of the decree): "BC", "TB", "BB", "KH". */
  code: string;
}

/**
 * Number and symbol: "Số: 125/BC-UBND" (State) or "Số 125-BC/ĐU" (Party). `number` is null while
 * the document is a draft: the clerk (văn thư) assigns it on issue, so the line is printed with a
 * blank for it ("Số:      /BC-UBND").
 */
export interface DocumentReference {
  number: string | null;
  /** Extra part of the symbol after the body's code, e.g. "NV" in "Số: 12/BC-UBND-NV" (the drafting unit). */
  suffix?: string;
}

/**
 * The date of issue. A full ISO date ("2026-06-10"), or only the year while the document is a
 * draft (printed "ngày     tháng     năm 2026", dated by hand when signed).
 */
export type DocumentDate = { iso: string } | { year: number };

/** A stretch of text with its own emphasis, inside a paragraph. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A paragraph: plain text, or runs when part of it is bold or italic. Justified, first line indented. */
export interface ParagraphBlock {
  type: "paragraph";
  text: string | TextRun[];
  /** Whole paragraph in italics (e.g. a note under a table). */
  italic?: boolean;
  /** No first-line indent and centred (e.g. "Phần thứ nhất" titles inside the body). */
  centered?: boolean;
}

/**
 * A section heading, numbered by the caller as the document numbers it ("I. KẾT QUẢ ĐẠT ĐƯỢC",
 * "1. Công tác chỉ đạo, điều hành", "a) Ưu điểm"). Level 1 is bold (capitals by convention), level
 * 2 bold, level 3 bold italic.
 */
export interface HeadingBlock {
  type: "heading";
  level: 1 | 2 | 3;
  text: string;
}

/** A list with the decree's dash ("- ...") before each item; one paragraph per item. */
export interface ListBlock {
  type: "list";
  items: (string | TextRun[])[];
}

/**
 * How a column's numbers are written. Numbers are written in Vietnamese (1.234,5: dot for
 * thousands, comma for decimals); "percent" takes a value already in percent (87,5%).
 */
export type ColumnFormat = "text" | "integer" | "decimal" | "percent";

export interface TableColumn {
  /** Heading as printed, e.g. "Đơn vị", "Số nhiệm vụ", "Tỷ lệ đúng hạn (%)". */
  title: string;
  format: ColumnFormat;
  /** Digits after the comma for "decimal" and "percent" (default 1). */
  decimals?: number;
  /** Relative width (default 1; a text column of names usually 3). */
  width?: number;
}

/** A cell's value: a number (formatted by its column), a text, or null for an empty cell ("-"). */
export type TableCell = number | string | null;

/**
 * A table of figures, written as a real Word table and as a sheet of the .xlsx. Rows have one
 * cell per column. The caller computes totals (each indicator sums or averages as it defines), so
 * the document prints exactly the figures the consolidation produced.
 */
export interface TableBlock {
  type: "table";
  /** Caption above the table, e.g. "Biểu 1. Kết quả thực hiện nhiệm vụ theo đơn vị". Also the sheet's name. */
  title?: string;
  /** Unit note printed at the right above the table, e.g. "Đơn vị tính: nhiệm vụ". */
  unitNote?: string;
  /** Numbers the rows 1, 2, 3… in a first "STT" column. */
  numbered?: boolean;
  columns: TableColumn[];
  rows: TableCell[][];
  /** The totals row ("Tổng cộng" in the first text column), printed bold. */
  totals?: TableCell[];
  /** Note under the table, in italics (source of the figures, cut-off date). */
  note?: string;
}

export type BodyBlock = ParagraphBlock | HeadingBlock | ListBlock | TableBlock;

/**
 * The authority a signer signs with. "on-behalf" is TM. (T/M for the Party): the head signs for a
 * collective body; "deputy" KT. (K/T): a deputy signs for the head; "acting" Q.: an acting head;
 * "by-order" TL. (T/L); "by-authorisation" TUQ.
 */
export type SigningAuthority = "on-behalf" | "deputy" | "acting" | "by-order" | "by-authorisation";

/**
 * One signer block: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / (signature) / Nguyễn Văn A", or
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / ... ", or a plain "THƯ KÝ / ... " in minutes.
 */
export interface Signer {
  authority?: {
    kind: SigningAuthority;
    /**
     * Whom the signer signs for, printed after the prefix: the collective body for "on-behalf"
     * ("Ủy ban nhân dân", "Ban Thường vụ"), the head's title for "deputy"/"by-order"
     * ("Chủ tịch", "Trưởng phòng").
     */
    of: string;
  };
  /** The signer's own title, e.g. "Chủ tịch", "Phó Chủ tịch", "Trưởng phòng", "Thư ký". */
  position: string;
  /** Full name, printed bold under the space for the signature. Empty in a draft not yet assigned. */
  name: string;
}

/** "Nơi nhận:" at the bottom left: where copies go, and where the original is kept. */
export interface Recipients {
  /** One line each, without the dash, e.g. "Ủy ban nhân dân quận (để báo cáo)". */
  items: string[];
  /**
   * The archive line's holders after "Lưu:", e.g. ["VT", "NV"] printed "- Lưu: VT, NV." (State).
   * For the Party it is printed "- Lưu Văn phòng …" from the same list. Defaults to ["VT"].
   */
  archive?: string[];
}

/** One official document. */
export interface OfficialDocument {
  system: DocumentSystem;
  issuer: IssuingBody;
  kind: DocumentKind;
  reference: DocumentReference;
  /** The place name in the date line (địa danh): "Gò Vấp", "Thành phố Hồ Chí Minh". */
  place: string;
  date: DocumentDate;
  /** The summary line (trích yếu) under the kind's name, e.g. "Kết quả thực hiện Kế hoạch số …/KH-UBND 6 tháng đầu năm …". */
  summary: string;
  /** "Kính gửi: ..." lines under the summary; absent for most reports and minutes. */
  addressees?: string[];
  /** Marks a document not yet signed: the writer prints "DỰ THẢO" at the top. */
  draft?: boolean;
  body: BodyBlock[];
  /** One signer in most documents; two or more side by side in minutes (thư ký, chủ trì). */
  signers: Signer[];
  /** Absent for minutes, which are not sent. */
  recipients?: Recipients;
  /** Annexes (phụ lục) after the signature, each from a new page: long tables of figures go here. */
  annexes?: Annex[];
}

/**
 * An annex: "Phụ lục 1" (`label`), its title ("Kết quả thực hiện nhiệm vụ theo đơn vị"), the line
 * "(Kèm theo Báo cáo số 128/BC-PNV ngày 04/5/2026 của Phòng Nội vụ)" that the writer composes from
 * the document, then its blocks.
 */
export interface Annex {
  label: string;
  title: string;
  blocks: BodyBlock[];
}
