// Consolidation of periodic reports: `node bin/run-ts.js bench/reports.bench.ts` (--expose-gc is
// not needed). 500 unit reports × 50 indicators (sums, averages, yes/no counts) × 200 tasks per unit
// (100,000 assignments for the status table), through the consolidation rule and the document
// model it becomes; time and peak memory (targets: under 2 s, under 300 MB). The database reads of
// the use case are not in these figures.
import type { IndicatorDef } from "../src/modules/reports/contract.ts";
import { consolidate, type UnitReport } from "../src/modules/reports/rules/consolidate.ts";
import { reportDocument } from "../src/modules/reports/rules/document.ts";
import type { TaskRow } from "../src/modules/reports/rules/prefill.ts";

const UNITS = 500;
const INDICATORS = 50;
const TASKS = 200;

const indicators: IndicatorDef[] = Array.from({ length: INDICATORS }, (_, i) => ({
  key: `i${i}`,
  label: `Chỉ tiêu số ${i + 1}`,
  kind: i % 10 === 9 ? "yes_no" : i % 5 === 4 ? "percent" : "integer",
  aggregate: i % 10 === 9 ? "count_yes" : i % 5 === 4 ? "average" : "sum",
}));
const TEXT =
  "Đã tổ chức triển khai, quán triệt kế hoạch đến cán bộ, công chức; tuyên truyền tại khu phố. ".repeat(8);
const units: UnitReport[] = Array.from({ length: UNITS }, (_, u) => ({
  orgId: `org-${u}`,
  orgName: `Ủy ban nhân dân Phường ${u + 1}`,
  state: u % 25 === 0 ? "open" : "submitted",
  values: Object.fromEntries(
    indicators.map((d, i) => [d.key, d.kind === "yes_no" ? (u + i) % 3 > 0 : (u * 7 + i) % 100]),
  ),
  narratives: { results: TEXT, shortcomings: TEXT, causes: TEXT, directions: TEXT, proposals: TEXT },
}));
const tasks: TaskRow[] = [];
for (let u = 0; u < UNITS; u++)
  for (let k = 0; k < TASKS; k++)
    tasks.push({
      id: `t-${u}-${k}`,
      orgId: `org-${u}`,
      status: k % 3 === 0 ? "done" : "in_progress",
      dueDate: `2026-0${1 + (k % 6)}-15`,
      completedOn: k % 3 === 0 ? `2026-0${1 + (k % 6)}-${10 + (k % 10)}` : null,
    });

const run = () => {
  const c = consolidate(indicators, units, tasks, "2026-06-14");
  return reportDocument({
    issuer: { name: "Phòng Nội vụ", parent: "Ủy ban nhân dân quận", code: "PNV" },
    place: "Gò Vấp",
    signedOn: null,
    year: 2026,
    summary: "Kết quả thực hiện 6 tháng đầu năm 2026",
    indicators,
    values: c.values,
    narratives: c.narratives,
    statusTable: c.statusTable,
    notReported: c.notReported,
    signer: { position: "Trưởng phòng", name: "" },
    recipients: ["Ủy ban nhân dân quận (để báo cáo)"],
  });
};

let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  const doc = run();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!doc.body.length) throw new Error("empty document");
}
clearInterval(timer);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
console.log(`consolidation ${UNITS} reports × ${INDICATORS} indicators × ${TASKS} tasks/unit`);
console.log(
  `  first run ${times[0]!.toFixed(0)} ms, best of 5 ${Math.min(...times).toFixed(0)} ms (target < 2000 ms)`,
);
console.log(`  peak RSS of the process ${mb(peak)} (target < 300 MB)`);
