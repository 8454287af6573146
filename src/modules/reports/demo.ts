// Demo step: the 16 wards of Gò Vấp owe Phòng Nội vụ their 6-month report on Kế hoạch 4998/KH-UBND
// for the last half-year that has ended (Nghị định 09/2019 cut-off, due five working days after it).
// Most have sent it — a few late —, two never did, one was returned with comments, and Phòng Nội vụ
// has a consolidated draft. The current half-year's reports are open. Dates are counted back from today like the rest
// of the demo; choices are seeded by the wards' codes, never by generated ids.
import { and, asc, eq, like } from "drizzle-orm";
import type { IsoDate } from "../../core/calendar/index.ts";
import { vietnamDate } from "../../core/calendar/vietnam-time.ts";
import { lastEndedPeriod } from "../../core/reporting-periods/index.ts";
import { directives } from "../directives/schema.ts";
import { loadCalendar } from "../holiday-schedules/queries.ts";
import { orgs } from "../orgs/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import { seededRandom } from "../tasks/demo.ts";
import type { IndicatorDef, NarrativePart, ValidationRule } from "./contract.ts";
import { reportObligations } from "./schema.ts";
import { buildConsolidated } from "./use-cases/consolidate.ts";
import { createSchedule, TASK_INDICATORS, TASK_RULES } from "./use-cases/schedules.ts";
import { accept, returnReport, saveDraft, submit } from "./use-cases/steps.ts";

export const DEMO_INDICATORS: IndicatorDef[] = [
  ...TASK_INDICATORS,
  {
    key: "hoi_nghi",
    label: "Số hội nghị, buổi tuyên truyền, phổ biến pháp luật",
    kind: "integer",
    unit: "buổi",
    aggregate: "sum",
  },
  {
    key: "luot_nguoi",
    label: "Số lượt người tham dự",
    kind: "integer",
    unit: "lượt người",
    aggregate: "sum",
  },
  { key: "vb_ra_soat", label: "Số văn bản được rà soát", kind: "integer", unit: "văn bản", aggregate: "sum" },
  {
    key: "vb_sai_sot",
    label: "Số văn bản phát hiện sai sót",
    kind: "integer",
    unit: "văn bản",
    aggregate: "sum",
  },
  {
    key: "ty_le_hai_long",
    label: "Tỷ lệ người dân hài lòng với dịch vụ hành chính công",
    kind: "percent",
    aggregate: "average",
  },
  {
    key: "co_ke_hoach",
    label: "Đã ban hành kế hoạch thực hiện tại đơn vị",
    kind: "yes_no",
    aggregate: "count_yes",
  },
];
export const DEMO_RULES: ValidationRule[] = [
  ...TASK_RULES,
  { left: "vb_sai_sot", op: "lte", right: "vb_ra_soat" },
];

const TEXTS: Record<NarrativePart, string[]> = {
  results: [
    "Đã ban hành kế hoạch triển khai, phân công cán bộ phụ trách từng nhiệm vụ; tổ chức quán triệt đến cán bộ, công chức.",
    "Tổ chức các buổi tuyên truyền tại khu phố; đăng tải nội dung trên trang thông tin điện tử và hệ thống loa truyền thanh.",
    "Rà soát văn bản do Ủy ban nhân dân phường ban hành; kịp thời xử lý các văn bản có sai sót về thể thức.",
  ],
  shortcomings: [
    "Một số nhiệm vụ triển khai còn chậm so với thời hạn.",
    "Việc cập nhật tiến độ trên hệ thống chưa thường xuyên.",
  ],
  causes: [
    "Biên chế công chức còn thiếu, một người kiêm nhiệm nhiều việc.",
    "Kinh phí cho công tác tuyên truyền còn hạn chế.",
  ],
  directions: ["Tập trung hoàn thành các nhiệm vụ còn chậm trong quý tới; tăng cường kiểm tra, đôn đốc."],
  proposals: ["Đề nghị Ủy ban nhân dân quận tổ chức tập huấn nghiệp vụ cho công chức phường.", ""],
};

const MISSING = new Set(["gv.p16", "gv.p17"]);
const LATE = new Set(["gv.p5", "gv.p9", "gv.p12"]);
const RETURNED = "gv.p3";
const ACCEPTED = new Set(["gv.p4", "gv.p6", "gv.p7", "gv.p8"]);

const atDay = (day: string, hour = 3) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

export const reportDemoStep: DemoStep = {
  name: "báo cáo định kỳ",
  async run(ctx, { log }) {
    const [plan] = await ctx.db.select().from(directives).where(like(directives.symbol, "4998/KH-UBND%"));
    const [pnv] = await ctx.db.select().from(orgs).where(eq(orgs.code, "gv.pnv"));
    const [district] = await ctx.db.select().from(orgs).where(eq(orgs.code, "gv.ubnd"));
    if (!plan || !pnv || !district)
      return log("  (không có Kế hoạch 4998/KH-UBND hoặc Phòng Nội vụ: bỏ qua báo cáo)");
    const wards = await ctx.db
      .select()
      .from(orgs)
      .where(and(eq(orgs.parentId, district.id), eq(orgs.kind, "ward")))
      .orderBy(asc(orgs.code));
    const today = vietnamDate(ctx.now);
    const rhythm = { frequency: "six_monthly" as const, cutoff: "decree_09" as const, dates: [] };
    const period = lastEndedPeriod(rhythm, today)!;
    const sys: UseCaseContext = { ...ctx, actor: null, system: "demo" };
    const schedule = await createSchedule(sys, {
      title: `Báo cáo 6 tháng kết quả thực hiện Kế hoạch ${plan.symbol}`,
      directiveId: plan.id,
      coordinatorOrgId: pnv.id,
      unitOrgIds: wards.map((w) => w.id),
      ...rhythm,
      daysAfter: 5,
      startsOn: period.start,
      indicators: DEMO_INDICATORS,
      rules: DEMO_RULES,
    });
    const cal = await loadCalendar(ctx.db);
    const rows = await ctx.db
      .select()
      .from(reportObligations)
      .where(and(eq(reportObligations.scheduleId, schedule.id), eq(reportObligations.periodKey, period.key)));
    const byOrg = new Map(rows.map((r) => [r.orgId, r]));
    let sent = 0;
    for (const w of wards) {
      const code = w.code ?? w.id;
      const o = byOrg.get(w.id);
      if (!o || MISSING.has(code)) continue;
      const rand = seededRandom(`reports|${code}|${period.key}`);
      const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)] ?? "";
      const late = LATE.has(code) || code === RETURNED;
      const day = late
        ? cal.addWorkingDays(o.dueDate as IsoDate, 1 + Math.floor(rand() * 6))
        : cal.addWorkingDays(o.dueDate as IsoDate, -Math.floor(rand() * 4));
      const when = { ...sys, now: atDay(cal.addWorkingDays(day, -1)) };
      const reviewed = await ctx.db
        .select({ v: reportObligations.version })
        .from(reportObligations)
        .where(eq(reportObligations.id, o.id));
      const ra = 10 + Math.floor(rand() * 30);
      const draft = await saveDraft(when, o.id, {
        version: reviewed[0]!.v,
        narratives: {
          results: `${pick(TEXTS.results)} ${pick(TEXTS.results)}`,
          shortcomings: pick(TEXTS.shortcomings),
          causes: pick(TEXTS.causes),
          directions: pick(TEXTS.directions),
          proposals: pick(TEXTS.proposals),
        },
        values: {
          hoi_nghi: 2 + Math.floor(rand() * 10),
          luot_nguoi: 100 + Math.floor(rand() * 900),
          vb_ra_soat: ra,
          vb_sai_sot: Math.floor(rand() * 4),
          ty_le_hai_long: 85 + Math.round(rand() * 140) / 10,
          co_ke_hoach: rand() < 0.85,
        },
      });
      const done = await submit({ ...sys, now: atDay(day, 2 + Math.floor(rand() * 6)) }, o.id, draft.version);
      sent++;
      const later = { ...sys, now: atDay(cal.addWorkingDays(day, 2)) };
      if (code === RETURNED)
        await returnReport(
          later,
          o.id,
          done.version,
          "Đề nghị bổ sung số liệu về kết quả rà soát văn bản và nêu rõ nguyên nhân các nhiệm vụ chậm.",
        );
      else if (ACCEPTED.has(code)) await accept(later, o.id, done.version);
    }
    await buildConsolidated({ ...sys, now: atDay(cal.addWorkingDays(today, -1)) }, schedule.id, period.key);
    log(
      `  ${wards.length} phường, ${period.label}: ${sent} báo cáo đã gửi, Phòng Nội vụ có bản tổng hợp dự thảo`,
    );
  },
};
