// The statistics as an Excel workbook (.xlsx), for the meetings where an area's work is reviewed on
// paper: the units ranked, the plans, overdue work by age, the quarters, and report timeliness —
// the same figures as the screen (statisticsOf), with the Government Office's class names.
import ExcelJS from "exceljs";
import type { UseCaseContext } from "../../shared/context.ts";
import { STATUS_CLASSES } from "../../tasks/contract.ts";
import { STATUS_CLASS_LABELS } from "../../tasks/rules/status.ts";
import type { Completion, StatsQuery } from "../contract.ts";
import { statisticsOf } from "./overview.ts";

const AGE_LABELS = [
  "Đến 5 ngày làm việc",
  "6–10 ngày làm việc",
  "11–30 ngày làm việc",
  "Trên 30 ngày làm việc",
];
const classColumns = STATUS_CLASSES.map((c) => ({ header: STATUS_CLASS_LABELS[c], key: c, width: 16 }));
const rateColumn = { header: "Tỷ lệ hoàn thành đúng hạn (%)", key: "rate", width: 16 };
const figures = (c: Completion) => ({ ...c.counts, rate: c.onTimeRate ?? "" });

export async function exportStatistics(ctx: UseCaseContext, q: StatsQuery) {
  const s = await statisticsOf(ctx, q);
  const book = new ExcelJS.Workbook();
  book.creator = "Thực Thi";
  book.created = ctx.now;
  const sheet = (name: string, columns: Array<{ header: string; key: string; width: number }>) => {
    const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = columns;
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { wrapText: true, vertical: "middle" };
    return ws;
  };

  const units = sheet("Theo đơn vị", [
    { header: "Xếp hạng", key: "rank", width: 9 },
    { header: "Đơn vị", key: "unit", width: 36 },
    { header: "Tổng số", key: "total", width: 10 },
    ...classColumns,
    rateColumn,
    ...AGE_LABELS.map((h, i) => ({ header: `Quá hạn ${h.toLowerCase()}`, key: `age${i}`, width: 14 })),
    { header: "Việc thường xuyên quá kỳ báo cáo", key: "recurring", width: 16 },
  ]);
  for (const u of s.units)
    units.addRow({
      rank: u.rank ?? "",
      unit: u.own ? `${u.name} (việc của đơn vị)` : u.name,
      ...figures(u),
      ...Object.fromEntries(u.overdueByAge.map((n, i) => [`age${i}`, n])),
      recurring: u.overdueRecurring,
    });
  units.addRow({ unit: "Cộng", ...figures(s.totals) }).font = { bold: true };

  const plans = sheet("Theo kế hoạch", [
    { header: "Văn bản", key: "symbol", width: 18 },
    { header: "Trích yếu", key: "title", width: 60 },
    { header: "Tổng số", key: "total", width: 10 },
    ...classColumns,
    rateColumn,
  ]);
  for (const p of s.byPlan) plans.addRow({ symbol: p.symbol ?? "", title: p.title ?? "", ...figures(p) });

  const ages = sheet("Quá hạn theo thời gian", [
    { header: "Thời gian quá hạn", key: "age", width: 30 },
    { header: "Số việc", key: "n", width: 10 },
  ]);
  for (const [i, a] of s.overdueByAge.entries())
    ages.addRow({ age: AGE_LABELS[i] ?? "Việc thường xuyên quá kỳ báo cáo", n: a.n });

  const trend = sheet("Theo quý", [
    { header: "Quý (theo hạn)", key: "key", width: 14 },
    { header: "Tổng số", key: "total", width: 10 },
    ...classColumns,
    rateColumn,
  ]);
  for (const t of s.trend) {
    const [y, qn] = t.key.split("-Q");
    trend.addRow({ key: `Quý ${["I", "II", "III", "IV"][Number(qn) - 1]}/${y}`, ...figures(t) });
  }

  const reports = sheet("Báo cáo định kỳ", [
    { header: "Kỳ báo cáo", key: "label", width: 30 },
    { header: "Đúng hạn", key: "onTime", width: 10 },
    { header: "Trễ hạn", key: "late", width: 10 },
    { header: "Chưa gửi (quá hạn)", key: "missing", width: 12 },
    { header: "Chưa đến hạn", key: "pending", width: 12 },
    { header: "Tỷ lệ đúng hạn (%)", key: "rate", width: 12 },
    { header: "Đơn vị trễ hoặc chưa gửi", key: "behind", width: 60 },
  ]);
  for (const p of s.reports.periods)
    reports.addRow({
      ...p,
      rate: p.onTimeRate ?? "",
      behind: p.behind
        .map((b) => `${b.orgName} (${b.kind === "missing" ? "chưa gửi" : "trễ"} ${b.days} ngày làm việc)`)
        .join("; "),
    });
  reports.getColumn("behind").alignment = { wrapText: true, vertical: "top" };

  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return { bytes, fileName: `thong-ke-${s.today}.xlsx` };
}
