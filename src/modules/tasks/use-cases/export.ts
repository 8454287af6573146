// Export to Excel (.xlsx) of what a list or plan view shows, for the meetings where work is reviewed
// on paper: one sheet of work (overdue first), one sheet of counts per unit in the Government
// Office's classes. Dates dd/mm/yyyy as Vietnamese documents write them.
import ExcelJS from "exceljs";
import { formatDateVi, type IsoDate } from "../../../core/calendar/index.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { type AssignmentItem, type ListQuery, STATUS_CLASSES } from "../contract.ts";
import { formatDateTimeVi } from "../rules/format.ts";
import { overdueLineVi, periodPhraseVi } from "../rules/periods.ts";
import { countClasses, DISPLAY_STATUS_LABELS, STATUS_CLASS_LABELS } from "../rules/status.ts";
import { classifiedAssignments } from "./read.ts";

const vi = (d: string | null) => (d ? formatDateVi(d as IsoDate) : "");

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Chưa báo cáo kỳ quý III/2026", or the current period "Kỳ quý IV/2026 (đến 31/12/2026)". */
function periodCell(i: AssignmentItem): string {
  const cp = i.checkpoint;
  if (!cp) return "";
  if (i.cls === "overdue" && cp.missedPeriod) return `Chưa báo cáo ${periodPhraseVi(cp.missedPeriod)}`;
  if (cp.period) return `${capitalise(periodPhraseVi(cp.period))} (đến ${vi(cp.period.end)})`;
  return "";
}

export async function exportAssignments(ctx: UseCaseContext, q: Omit<ListQuery, "page" | "pageSize">) {
  const list = await classifiedAssignments(ctx, q);
  const book = new ExcelJS.Workbook();
  book.creator = "Thực Thi";
  book.created = ctx.now;
  const sheet = book.addWorksheet("Công việc", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "STT", key: "n", width: 6 },
    { header: "Văn bản", key: "doc", width: 16 },
    { header: "Mục", key: "path", width: 8 },
    { header: "Nội dung công việc", key: "title", width: 60 },
    { header: "Đơn vị chủ trì", key: "lead", width: 32 },
    { header: "Thời hạn (theo văn bản)", key: "dueText", width: 24 },
    { header: "Hạn", key: "due", width: 12 },
    { header: "Trạng thái", key: "status", width: 22 },
    { header: "Phân loại", key: "cls", width: 26 },
    { header: "Tiến độ (%)", key: "percent", width: 11 },
    { header: "Quá hạn (ngày làm việc)", key: "late", width: 14 },
    { header: "Kỳ báo cáo (việc thường xuyên)", key: "period", width: 30 },
    { header: "Quá hạn", key: "lateNote", width: 36 },
    { header: "Ngày hoàn thành", key: "completed", width: 14 },
    { header: "Cập nhật lần cuối", key: "updated", width: 18 },
  ];
  list.items.forEach((i, n) => {
    sheet.addRow({
      n: n + 1,
      doc: i.directive.symbol ?? "",
      path: i.task.path.at(-1) ?? "",
      title: i.title,
      lead: i.lead.name,
      dueText: i.dueText ?? "",
      // Ongoing work has no deadline: its checkpoint goes to the period column, never under "Hạn".
      due: i.checkpoint ? "" : vi(i.effectiveDue),
      period: periodCell(i),
      status: DISPLAY_STATUS_LABELS[i.display],
      cls: STATUS_CLASS_LABELS[i.cls],
      percent: i.progress,
      late: i.workingDaysOverdue || "",
      lateNote: i.cls === "overdue" ? overdueLineVi(i.workingDaysOverdue, i.checkpoint?.missedPeriod) : "",
      completed: vi(i.completedOn),
      updated: i.lastUpdateAt ? formatDateTimeVi(i.lastUpdateAt) : "",
    });
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn("title").alignment = { wrapText: true, vertical: "top" };
  // Percentages stay numbers (sums and filters work): Excel writes their decimals in the reader's
  // locale, "47,9" on a Vietnamese computer.
  sheet.autoFilter = { from: "A1", to: "O1" };

  const units = book.addWorksheet("Tổng hợp theo đơn vị", { views: [{ state: "frozen", ySplit: 1 }] });
  units.columns = [
    { header: "Đơn vị", key: "unit", width: 36 },
    { header: "Tổng số", key: "total", width: 10 },
    ...STATUS_CLASSES.map((c) => ({ header: STATUS_CLASS_LABELS[c], key: c, width: 16 })),
  ];
  const byUnit = new Map<string, typeof list.items>();
  for (const i of list.items) byUnit.set(i.lead.name, [...(byUnit.get(i.lead.name) ?? []), i]);
  for (const [unit, items] of [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b, "vi"))) {
    const counts = countClasses(items.map((i) => i.cls));
    units.addRow({ unit, ...counts });
  }
  units.addRow({ unit: "Cộng", ...countClasses(list.items.map((i) => i.cls)) }).font = { bold: true };
  units.getRow(1).font = { bold: true };
  units.getRow(1).alignment = { wrapText: true, vertical: "middle" };

  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return { bytes, fileName: `cong-viec-${list.today}.xlsx` };
}
