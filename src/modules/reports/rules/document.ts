// A report as the official document the writers take (shared/document/model.ts): the body in the
// usual outline (I. results with the figures and the status table, II. shortcomings and causes, III.
// directions, IV. proposals), the units that did not report, the signer and "Nơi nhận". What the
// document says is built here; how it looks (Nghị định 30/2020/NĐ-CP) is the writers' business.
import type { BodyBlock, OfficialDocument, TableCell } from "../../shared/document/model.ts";
import { type IndicatorDef, NARRATIVE_TITLES, type NarrativePart } from "../contract.ts";
import type { StatusLine } from "./consolidate.ts";
import type { Value } from "./validation.ts";

export interface DocumentFacts {
  issuer: { name: string; parent?: string; code: string };
  place: string;
  /** The day it was signed (ISO), or null for a draft. */
  signedOn: string | null;
  year: number;
  summary: string;
  indicators: readonly IndicatorDef[];
  values: Readonly<Record<string, Value>>;
  narratives: Readonly<Record<string, string>>;
  statusTable: readonly StatusLine[] | null;
  notReported: readonly string[] | null;
  signer: { position: string; name: string; onBehalfOf?: string };
  recipients: string[];
}

const STATE_VI: Record<string, string> = {
  open: "Chưa báo cáo",
  draft: "Đang soạn",
  awaiting_signoff: "Chờ lãnh đạo ký",
  submitted: "Đã gửi",
  returned: "Bị trả lại",
  accepted: "Đã tiếp nhận",
};

/** A narrative part as paragraphs, "- " lines as a list. */
function textBlocks(text: string | undefined): BodyBlock[] {
  const lines = (text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [{ type: "paragraph", text: "Không có.", italic: true }];
  const out: BodyBlock[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push({ type: "list", items });
    items = [];
  };
  for (const l of lines) {
    if (/^[-–•]\s*/.test(l)) items.push(l.replace(/^[-–•]\s*/, ""));
    else {
      flush();
      out.push({ type: "paragraph", text: l });
    }
  }
  flush();
  return out;
}

const cell = (v: Value | undefined): TableCell =>
  v === undefined || v === null ? null : typeof v === "boolean" ? (v ? "Có" : "Không") : v;

export function reportDocument(f: DocumentFacts): OfficialDocument {
  const part = (p: NarrativePart) => textBlocks(f.narratives[p]);
  const body: BodyBlock[] = [
    { type: "heading", level: 1, text: `I. ${NARRATIVE_TITLES.results.toUpperCase()}` },
  ];
  body.push(...part("results"));
  if (f.indicators.length)
    body.push({
      type: "table",
      title: "Biểu 1. Các chỉ tiêu của kỳ báo cáo",
      numbered: true,
      columns: [
        { title: "Chỉ tiêu", format: "text", width: 4 },
        { title: "Đơn vị tính", format: "text" },
        { title: "Kết quả", format: "decimal", decimals: 2 },
      ],
      rows: f.indicators.map((d) => [
        d.label,
        d.kind === "percent" ? "%" : (d.unit ?? ""),
        cell(f.values[d.key]),
      ]),
    });
  if (f.statusTable?.length) {
    const t = f.statusTable;
    const sum = (k: "total" | "done" | "onTime" | "overdue") => t.reduce((s, r) => s + r[k], 0);
    body.push({
      type: "table",
      title: "Biểu 2. Tình hình thực hiện nhiệm vụ theo đơn vị",
      unitNote: "Đơn vị tính: nhiệm vụ",
      numbered: true,
      columns: [
        { title: "Đơn vị", format: "text", width: 3 },
        { title: "Báo cáo", format: "text", width: 2 },
        { title: "Số nhiệm vụ", format: "integer" },
        { title: "Đã hoàn thành", format: "integer" },
        { title: "Đúng hạn", format: "integer" },
        { title: "Quá hạn", format: "integer" },
      ],
      rows: t.map((r) => [r.orgName, STATE_VI[r.state] ?? r.state, r.total, r.done, r.onTime, r.overdue]),
      totals: ["Tổng cộng", null, sum("total"), sum("done"), sum("onTime"), sum("overdue")],
    });
  }
  if (f.notReported?.length) {
    body.push({
      type: "paragraph",
      text: [{ text: "Đơn vị chưa gửi báo cáo: ", bold: true }, { text: `${f.notReported.join("; ")}.` }],
    });
  }
  body.push({ type: "heading", level: 1, text: "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" });
  body.push(
    { type: "heading", level: 2, text: `1. ${NARRATIVE_TITLES.shortcomings}` },
    ...part("shortcomings"),
  );
  body.push({ type: "heading", level: 2, text: `2. ${NARRATIVE_TITLES.causes}` }, ...part("causes"));
  body.push(
    { type: "heading", level: 1, text: `III. ${NARRATIVE_TITLES.directions.toUpperCase()}` },
    ...part("directions"),
  );
  body.push(
    { type: "heading", level: 1, text: `IV. ${NARRATIVE_TITLES.proposals.toUpperCase()}` },
    ...part("proposals"),
  );
  return {
    system: "state",
    issuer: f.issuer,
    kind: { name: "BÁO CÁO", code: "BC" },
    reference: { number: null },
    place: f.place,
    date: f.signedOn ? { iso: f.signedOn } : { year: f.year },
    summary: f.summary,
    draft: !f.signedOn,
    body,
    signers: [
      {
        ...(f.signer.onBehalfOf
          ? { authority: { kind: "on-behalf" as const, of: f.signer.onBehalfOf } }
          : {}),
        position: f.signer.position,
        name: f.signer.name,
      },
    ],
    recipients: { items: f.recipients, archive: ["VT"] },
  };
}
