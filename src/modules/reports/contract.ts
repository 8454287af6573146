// The periodic reports' API shapes (Zod): report schedules, the obligations they create (one per
// unit and period), the form, the coordinator's board and the consolidated report. Imports only zod,
// core and the shared shapes, so the web app takes its types from here.
import { z } from "zod";
import { CUTOFFS, REPORT_FREQUENCIES } from "../../core/reporting-periods/index.ts";
import { editVersion, isoDate, line, longText, nullableText, wholeNumber } from "../shared/contract.ts";

export { CUTOFFS, REPORT_FREQUENCIES };

/** The parts of a report officials write (the usual outline of a State body's periodic report). */
export const NARRATIVE_PARTS = ["results", "shortcomings", "causes", "directions", "proposals"] as const;
export type NarrativePart = (typeof NARRATIVE_PARTS)[number];
export const NARRATIVE_TITLES: Record<NarrativePart, string> = {
  results: "Kết quả đạt được",
  shortcomings: "Tồn tại, hạn chế",
  causes: "Nguyên nhân",
  directions: "Phương hướng, nhiệm vụ thời gian tới",
  proposals: "Đề xuất, kiến nghị",
};

export const INDICATOR_KINDS = ["integer", "decimal", "percent", "yes_no"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
/** How a consolidated report combines the units' values: sum, average, or count of "yes". */
export const AGGREGATES = ["sum", "average", "count_yes"] as const;
/** Indicators the system fills in itself from the unit's assignments under the plan. */
export const COMPUTED = ["tasks_total", "tasks_done", "tasks_done_on_time", "tasks_overdue"] as const;
export type Computed = (typeof COMPUTED)[number];

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "Mã chỉ tiêu: chữ thường không dấu, số, gạch dưới (tối đa 40 ký tự)");

export const indicatorDef = z.object({
  key,
  label: line(300, 1, "Thiếu tên chỉ tiêu"),
  kind: z.enum(INDICATOR_KINDS),
  unit: line(40).optional(),
  aggregate: z.enum(AGGREGATES),
  computed: z.enum(COMPUTED).optional(),
});
export type IndicatorDef = z.infer<typeof indicatorDef>;

/** "left ≤ right" (or ≥) between two indicators of the same schedule. */
export const validationRule = z.object({
  left: key,
  op: z.enum(["lte", "gte"]),
  right: key,
});
export type ValidationRule = z.infer<typeof validationRule>;

export const OBLIGATION_STATES = [
  "open",
  "draft",
  "awaiting_signoff",
  "submitted",
  "returned",
  "accepted",
] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];
export const OBLIGATION_KINDS = ["unit", "consolidated"] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const EVENT_KINDS = [
  "created",
  "submitted",
  "signed",
  "returned",
  "accepted",
  "moved",
  "consolidated",
  "reminded",
] as const;

export const scheduleInput = z.object({
  title: line(500, 3, "Tên chế độ báo cáo cần ít nhất 3 ký tự"),
  directiveId: z.uuid("Mã văn bản không hợp lệ").optional(),
  coordinatorOrgId: z.uuid("Mã đơn vị không hợp lệ"),
  unitOrgIds: z.array(z.uuid("Mã đơn vị không hợp lệ")).min(1, "Chọn ít nhất một đơn vị báo cáo").max(500),
  frequency: z.enum(REPORT_FREQUENCIES),
  cutoff: z.enum(CUTOFFS),
  /** The plan's own dates ("--05-05") or full dates. */
  dates: z
    .array(
      z.string().regex(/^(--\d{2}-\d{2}|\d{4}-\d{2}-\d{2})$/, "Ngày báo cáo có dạng --MM-DD hoặc YYYY-MM-DD"),
    )
    .max(24)
    .default([]),
  daysAfter: wholeNumber(0, 60, "Số ngày làm việc sau kỳ báo cáo từ 0 đến 60").default(5),
  /** Periods from here on get obligations (the first one that ends on or after it). */
  startsOn: isoDate.optional(),
  /** For once / ad hoc: the single period's span. */
  period: z.object({ start: isoDate, end: isoDate, label: line(200, 1) }).optional(),
  indicators: z.array(indicatorDef).max(100).default([]),
  rules: z.array(validationRule).max(100).default([]),
});
export type ScheduleInput = z.input<typeof scheduleInput>;

export const scheduleOut = z.object({
  id: z.string(),
  title: z.string(),
  directiveId: nullableText,
  directiveSymbol: nullableText,
  coordinatorOrgId: z.string(),
  coordinatorName: z.string(),
  frequency: z.string(),
  cutoff: z.string(),
  dates: z.array(z.string()),
  daysAfter: z.number(),
  units: z.number(),
  indicators: z.array(indicatorDef),
  rules: z.array(validationRule),
  mayManage: z.boolean(),
});
export type ScheduleOut = z.infer<typeof scheduleOut>;

const timeliness = z.object({
  kind: z.enum(["pending", "on_time", "late", "missing"]),
  /** Working days late (late, missing) or left (pending). */
  days: z.number(),
});
export type TimelinessOut = z.infer<typeof timeliness>;

export const obligationSummary = z.object({
  id: z.string(),
  scheduleId: z.string(),
  scheduleTitle: z.string(),
  kind: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  periodKey: z.string(),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueDate: z.string(),
  state: z.string(),
  submittedAt: nullableText,
  timeliness,
});
export type ObligationSummary = z.infer<typeof obligationSummary>;

const valueOut = z.union([z.number(), z.boolean(), z.null()]);

export const obligationOut = obligationSummary.extend({
  version: z.number(),
  narratives: z.record(z.string(), z.string()),
  values: z.record(z.string(), valueOut),
  indicators: z.array(indicatorDef),
  rules: z.array(validationRule),
  comment: nullableText,
  signedByName: nullableText,
  draftSavedAt: nullableText,
  /** Values far outside the unit's history: flagged, not refused. */
  warnings: z.array(z.object({ key: z.string(), message: z.string() })),
  assignments: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      percent: z.number(),
      dueDate: nullableText,
      orgName: z.string(),
      latestProgress: nullableText,
    }),
  ),
  history: z.array(
    z.object({ kind: z.string(), comment: nullableText, byName: nullableText, at: z.string() }),
  ),
  permissions: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    sign: z.boolean(),
    review: z.boolean(),
  }),
  /** Consolidated reports: the units that did not report, and the status table. */
  consolidation: z
    .object({
      units: z.number(),
      reported: z.number(),
      notReported: z.array(z.string()),
      statusTable: z.array(
        z.object({
          orgName: z.string(),
          state: z.string(),
          total: z.number(),
          done: z.number(),
          onTime: z.number(),
          overdue: z.number(),
        }),
      ),
    })
    .nullable(),
});
export type ObligationOut = z.infer<typeof obligationOut>;

const valueIn = z.union([z.number().finite().min(-1e12).max(1e12), z.boolean(), z.null()]);

export const draftInput = z.object({
  version: editVersion,
  narratives: z.partialRecord(z.enum(NARRATIVE_PARTS), longText(50_000)).default({}),
  values: z.record(key, valueIn).default({}),
});
export type DraftInput = z.input<typeof draftInput>;

export const versionBody = z.object({ version: editVersion });
export const returnInput = z.object({
  version: editVersion,
  comment: longText(5000, 3, "Hãy ghi rõ nội dung cần bổ sung, sửa (ít nhất 3 ký tự)"),
});

export const obligationsQuery = z.object({
  scope: z.enum(["mine", "all"]).default("mine"),
});

export const boardQuery = z.object({ period: line(40).optional() });

export const boardOut = z.object({
  schedule: scheduleOut,
  periods: z.array(z.object({ key: z.string(), label: z.string() })),
  period: z.object({ key: z.string(), label: z.string(), dueDate: z.string() }).nullable(),
  rows: z.array(obligationSummary),
  totals: z.object({
    units: z.number(),
    onTime: z.number(),
    late: z.number(),
    missing: z.number(),
    pending: z.number(),
    onTimeRate: z.number(),
  }),
  consolidatedId: nullableText,
});
export type BoardOut = z.infer<typeof boardOut>;

export const consolidateInput = z.object({ periodKey: line(40, 1) });
export const fromDirectiveInput = z.object({ directiveId: z.uuid("Mã văn bản không hợp lệ") });
export const periodInput = z.object({
  start: isoDate,
  end: isoDate,
  label: line(200, 1, "Thiếu tên kỳ báo cáo"),
});
