// The `thucthi parse --format text` view of a ParseResult: a Vietnamese outline for people.

import type { ParseResult, Task, Timeframe } from "./index.ts";

function vnDate(iso: string | null): string {
  if (!iso) return "—";
  const recurring = /^--(\d\d)-(\d\d)$/.exec(iso);
  if (recurring) return `${recurring[2]}/${recurring[1]} hằng năm`;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function timeframe(t: Timeframe): string {
  const kinds = {
    ongoing: "thường xuyên",
    deadline: "hạn",
    period: "trong",
    relative: "tương đối",
    unspecified: "",
  };
  if (t.kind === "unspecified") return "";
  return `${kinds[t.kind]}${t.due ? ` ${vnDate(t.due)}` : ""}${t.text && t.kind !== "deadline" ? ` (${t.text})` : ""}`;
}

function task(t: Task): string {
  const parts = [
    `chủ trì: ${t.lead.length ? t.lead.join("; ") : "(chưa rõ)"}`,
    t.support.length ? `phối hợp: ${t.support.join("; ")}` : "",
    timeframe(t.timeframe) || "thời gian: (không ghi)",
  ].filter(Boolean);
  // The line number beside each item, to check it against the document.
  return `    - dòng ${t.line} [${t.path.join(" › ")}] ${t.title}\n        ${parts.join(" | ")}`;
}

/** Tasks without a lead are shown as such above; their diagnostics are counted, not repeated. */
const NO_LEAD = /^Nhiệm vụ chưa rõ đơn vị chủ trì/u;

export function formatText(r: ParseResult): string {
  const out: string[] = [];
  if (r.file) out.push(`=== ${r.file} ===`);
  out.push(`Loại văn bản: ${r.type ? `${r.type.name}${r.type.code ? ` (${r.type.code})` : ""}` : "—"}`);
  out.push(`Số, ký hiệu: ${r.symbol ?? "—"}    Ngày: ${vnDate(r.date)}    Nơi ban hành: ${r.place ?? "—"}`);
  out.push(`Cơ quan ban hành: ${r.issuer ?? "—"}${r.parentIssuer ? ` (thuộc ${r.parentIssuer})` : ""}`);
  out.push(`Hệ thống: ${r.system === "party" ? "Đảng" : r.system === "state" ? "Nhà nước" : "—"}`);
  out.push(`Trích yếu: ${r.title ?? "—"}`);
  if (r.citations.length) {
    out.push(`Văn bản được dẫn (${r.citations.length}):`);
    const rel = { implements: "thực hiện", basis: "căn cứ", mentions: "nhắc đến" };
    for (const c of r.citations)
      out.push(
        `  - ${c.type ?? "Văn bản"} ${c.symbol}${c.date ? ` ngày ${vnDate(c.date)}` : ""} [${rel[c.relation]}]`,
      );
  }
  if (r.taskGroups.length) {
    out.push(
      `Nhiệm vụ (${r.taskGroups.reduce((n, g) => n + g.tasks.length, 0)} trong ${r.taskGroups.length} nhóm):`,
    );
    for (const g of r.taskGroups) {
      out.push(`  ${g.label ? `${g.label}. ` : ""}${g.title} (dòng ${g.line})`);
      for (const t of g.tasks) out.push(task(t));
    }
  }
  if (r.responsibilities.length) {
    out.push("Tổ chức thực hiện:");
    for (const x of r.responsibilities)
      out.push(
        `  - ${x.lead.join("; ") || "(chưa rõ đơn vị)"}: ${x.text.slice(0, 160)}${x.due ? ` — hạn ${vnDate(x.due)}` : ""}`,
      );
  }
  if (r.reporting.length) {
    out.push("Chế độ báo cáo:");
    for (const x of r.reporting)
      out.push(
        `  - gửi ${x.to ?? "—"}${x.via ? ` qua ${x.via}` : ""}${x.due.length ? `, hạn ${x.due.map(vnDate).join(", ")}` : ""}`,
      );
  }
  if (r.signer)
    out.push(
      `Người ký: ${[r.signer.authority, r.signer.onBehalfOf].filter(Boolean).join(" ")}${r.signer.authority ? " — " : ""}${r.signer.position ?? ""} ${r.signer.name ?? ""}`.trim(),
    );
  if (r.recipients.length) out.push(`Nơi nhận: ${r.recipients.join("; ")}`);
  const noLead = r.diagnostics.filter((d) => NO_LEAD.test(d.message)).length;
  if (noLead) out.push(`! ${noLead} nhiệm vụ chưa rõ đơn vị chủ trì (đánh dấu "(chưa rõ)" ở trên)`);
  for (const d of r.diagnostics)
    if (!NO_LEAD.test(d.message)) out.push(`! ${d.line ? `dòng ${d.line}: ` : ""}${d.message}`);
  return out.join("\n");
}
