// Report schedules: made by a coordinator by hand, or from a confirmed plan's reporting duties (who
// reports, to whom, through whom, when, how often); and the obligations their periods create — one
// per reporting unit and period, with its due date in working days (core/reporting-periods).
import { and, asc, eq, inArray } from "drizzle-orm";
import type { IsoDate, WorkingCalendar } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { forbidden, invalid, notFound } from "../../../core/errors.ts";
import {
  adHocPeriod,
  dueOf,
  type ReportFrequency,
  type ReportingPeriod,
  schedulePeriods,
} from "../../../core/reporting-periods/index.ts";
import type { Db } from "../../../db/client.ts";
import { readableDirective } from "../../directives/queries.ts";
import { directiveReporting, directives } from "../../directives/schema.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { readableOrgs } from "../../tasks/policy.ts";
import { assignments } from "../../tasks/schema.ts";
import type { IndicatorDef, ScheduleInput, ScheduleOut, ValidationRule } from "../contract.ts";
import { scheduleInput } from "../contract.ts";
import { assertMayManage, reportPolicy } from "../policy.ts";
import { orgInfos, requireSchedule } from "../queries.ts";
import { type ReportScheduleRow, reportEvents, reportObligations, reportSchedules } from "../schema.ts";

/** What every schedule counts by itself from the plan's assignments, and how they must relate. */
export const TASK_INDICATORS: IndicatorDef[] = [
  {
    key: "tasks_total",
    label: "Số nhiệm vụ được giao",
    kind: "integer",
    unit: "nhiệm vụ",
    aggregate: "sum",
    computed: "tasks_total",
  },
  {
    key: "tasks_done",
    label: "Số nhiệm vụ đã hoàn thành",
    kind: "integer",
    unit: "nhiệm vụ",
    aggregate: "sum",
    computed: "tasks_done",
  },
  {
    key: "tasks_done_on_time",
    label: "Số nhiệm vụ hoàn thành đúng hạn",
    kind: "integer",
    unit: "nhiệm vụ",
    aggregate: "sum",
    computed: "tasks_done_on_time",
  },
  {
    key: "tasks_overdue",
    label: "Số nhiệm vụ quá hạn",
    kind: "integer",
    unit: "nhiệm vụ",
    aggregate: "sum",
    computed: "tasks_overdue",
  },
];
export const TASK_RULES: ValidationRule[] = [
  { left: "tasks_done_on_time", op: "lte", right: "tasks_done" },
  { left: "tasks_done", op: "lte", right: "tasks_total" },
];

function checkDefinitions(indicators: readonly IndicatorDef[], rules: readonly ValidationRule[]) {
  const keys = new Set<string>();
  for (const d of indicators) {
    if (keys.has(d.key)) throw invalid(`Chỉ tiêu "${d.key}" bị khai báo hai lần.`);
    keys.add(d.key);
    if (d.aggregate === "count_yes" && d.kind !== "yes_no")
      throw invalid(`"${d.label}": chỉ chỉ tiêu Có/Không mới tổng hợp bằng cách đếm số "Có".`);
  }
  for (const r of rules)
    for (const k of [r.left, r.right])
      if (!keys.has(k)) throw invalid(`Quy tắc kiểm tra dùng chỉ tiêu "${k}" không có trong chế độ báo cáo.`);
}

/** The periods of a schedule that have begun by `today` and end on or after its start. */
export function periodsDue(s: ReportScheduleRow, today: IsoDate): ReportingPeriod[] {
  if (s.frequency === "once" || s.frequency === "ad_hoc") return [];
  const from = Number(s.startsOn.slice(0, 4));
  const to = Number(today.slice(0, 4)) + 1;
  const out: ReportingPeriod[] = [];
  for (let y = from; y <= to; y++)
    for (const p of schedulePeriods({ frequency: s.frequency, cutoff: s.cutoff, dates: s.dates }, y))
      if (p.end >= s.startsOn && p.start <= today) out.push(p);
  return out;
}

/** Creates the missing obligations of the given periods for every active reporting unit. */
export async function createObligations(
  tx: Db,
  s: ReportScheduleRow,
  periods: readonly ReportingPeriod[],
  cal: WorkingCalendar,
  who: { userId: string | null; now: Date },
): Promise<number> {
  if (!periods.length) return 0;
  const units = [...(await orgInfos(tx, s.unitOrgIds)).values()].filter((o) => o.status === "active");
  const values = periods.flatMap((p) => {
    const dueDate = dueOf(
      p,
      { dates: s.cutoff === "plan_dates" ? s.dates : [], daysAfter: s.daysAfter },
      cal,
    );
    return units.map((u) => ({
      scheduleId: s.id,
      orgId: u.id,
      kind: "unit" as const,
      periodKey: p.key,
      periodLabel: p.label,
      periodStart: p.start,
      periodEnd: p.end,
      dueDate,
      updatedBy: who.userId,
    }));
  });
  if (!values.length) return 0;
  const made = await tx
    .insert(reportObligations)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: reportObligations.id });
  if (made.length)
    await tx
      .insert(reportEvents)
      .values(
        made.map((m) => ({ obligationId: m.id, kind: "created" as const, userId: who.userId, at: who.now })),
      );
  return made.length;
}

async function scheduleOuts(db: Db, rows: ReportScheduleRow[], ctx: UseCaseContext): Promise<ScheduleOut[]> {
  const infos = await orgInfos(
    db,
    rows.map((r) => r.coordinatorOrgId),
  );
  const dirIds = rows.map((r) => r.directiveId).filter((x): x is string => Boolean(x));
  const syms = dirIds.length
    ? new Map(
        (
          await db
            .select({ id: directives.id, symbol: directives.symbol })
            .from(directives)
            .where(inArray(directives.id, dirIds))
        ).map((d) => [d.id, d.symbol]),
      )
    : new Map<string, string | null>();
  return rows.map((r) => {
    const c = infos.get(r.coordinatorOrgId)!;
    return {
      id: r.id,
      title: r.title,
      directiveId: r.directiveId,
      directiveSymbol: r.directiveId ? (syms.get(r.directiveId) ?? null) : null,
      coordinatorOrgId: r.coordinatorOrgId,
      coordinatorName: c.name,
      frequency: r.frequency,
      cutoff: r.cutoff,
      dates: r.dates,
      daysAfter: r.daysAfter,
      units: r.unitOrgIds.length,
      indicators: r.indicators,
      rules: r.rules,
      mayManage: !ctx.actor || reportPolicy.manage(ctx.actor, c),
    };
  });
}

export async function scheduleOut(ctx: UseCaseContext, row: ReportScheduleRow): Promise<ScheduleOut> {
  return (await scheduleOuts(ctx.db, [row], ctx))[0]!;
}

/** The schedules the actor collects or reports under. */
export async function listSchedules(ctx: UseCaseContext): Promise<ScheduleOut[]> {
  const rows = await ctx.db.select().from(reportSchedules).orderBy(asc(reportSchedules.createdAt));
  if (!ctx.actor || ctx.actor.isAdmin) return scheduleOuts(ctx.db, rows, ctx);
  const r = readableOrgs(ctx.actor);
  const infos = await orgInfos(
    ctx.db,
    rows.flatMap((s) => [s.coordinatorOrgId, ...s.unitOrgIds]),
  );
  const reads = (id: string) => {
    const o = infos.get(id);
    return !r.all && o !== undefined && (r.own.includes(id) || o.lineage.some((x) => r.subtrees.includes(x)));
  };
  return scheduleOuts(
    ctx.db,
    rows.filter((s) => [s.coordinatorOrgId, ...s.unitOrgIds].some(reads)),
    ctx,
  );
}

/** A schedule made by a coordinator, and the obligations of its periods begun so far. */
export async function createSchedule(
  ctx: UseCaseContext,
  raw: ScheduleInput,
  /** The plan's reporting duty it comes from (schedulesFromDirective), so it is made only once. */
  sourceDutyId?: string,
): Promise<ScheduleOut> {
  const input = scheduleInput.parse(raw);
  const infos = await orgInfos(ctx.db, [input.coordinatorOrgId, ...input.unitOrgIds]);
  const coordinator = infos.get(input.coordinatorOrgId);
  if (!coordinator) throw notFound("cơ quan tổng hợp");
  assertMayManage(ctx.actor, coordinator);
  const missing = input.unitOrgIds.filter((id) => !infos.has(id));
  if (missing.length) throw invalid(`Không tìm thấy ${missing.length} đơn vị báo cáo.`);
  // A plan the actor cannot read answers as one that does not exist.
  if (input.directiveId) await readableDirective(ctx, input.directiveId);
  if (input.cutoff === "plan_dates" && !input.dates.length)
    throw invalid("Cách tính kỳ theo ngày của kế hoạch cần ít nhất một ngày báo cáo (ví dụ --05-05).");
  const oneOff = input.frequency === "once" || input.frequency === "ad_hoc";
  if (oneOff && !input.period)
    throw invalid("Báo cáo một lần hoặc đột xuất cần nêu kỳ báo cáo (từ ngày, đến ngày).");
  if (input.period && input.period.start > input.period.end)
    throw invalid("Kỳ báo cáo: ngày bắt đầu sau ngày kết thúc.");
  const indicators = input.indicators.length || !input.directiveId ? input.indicators : TASK_INDICATORS;
  const rules = input.indicators.length || !input.directiveId ? input.rules : TASK_RULES;
  checkDefinitions(indicators, rules);
  const today = vietnamDate(ctx.now);
  const cal = await loadCalendar(ctx.db);
  return writeTransaction(ctx, async (tx, audit) => {
    const [row] = await tx
      .insert(reportSchedules)
      .values({
        title: input.title,
        directiveId: input.directiveId ?? null,
        coordinatorOrgId: coordinator.id,
        unitOrgIds: [...new Set(input.unitOrgIds)],
        frequency: input.frequency,
        cutoff: input.cutoff,
        dates: input.dates,
        daysAfter: input.daysAfter,
        startsOn: input.startsOn ?? input.period?.start ?? today,
        indicators,
        rules,
        createdBy: ctx.actor?.userId ?? null,
        sourceDutyId: sourceDutyId ?? null,
      })
      .returning();
    const periods = input.period
      ? [adHocPeriod(input.period.start as IsoDate, input.period.end as IsoDate, input.period.label)]
      : periodsDue(row!, today);
    const made = await createObligations(tx, row!, periods, cal, {
      userId: ctx.actor?.userId ?? null,
      now: ctx.now,
    });
    await audit({
      action: "report_schedule.create",
      entity: "report_schedule",
      entityId: row!.id,
      after: row,
      summary: { title: row!.title, units: row!.unitOrgIds.length, obligations: made },
    });
    return scheduleOut({ ...ctx, db: tx }, row!);
  });
}

/** A once or ad hoc report asked for a span: one obligation per unit. */
export async function openPeriod(
  ctx: UseCaseContext,
  scheduleId: string,
  p: { start: string; end: string; label: string },
): Promise<{ created: number }> {
  const s = await requireSchedule(ctx.db, scheduleId);
  const coordinator = (await orgInfos(ctx.db, [s.coordinatorOrgId])).get(s.coordinatorOrgId)!;
  assertMayManage(ctx.actor, coordinator);
  if (p.start > p.end) throw invalid("Kỳ báo cáo: ngày bắt đầu sau ngày kết thúc.");
  const cal = await loadCalendar(ctx.db);
  return writeTransaction(ctx, async (tx, audit) => {
    const created = await createObligations(
      tx,
      s,
      [adHocPeriod(p.start as IsoDate, p.end as IsoDate, p.label)],
      cal,
      {
        userId: ctx.actor?.userId ?? null,
        now: ctx.now,
      },
    );
    await audit({
      action: "report_schedule.open_period",
      entity: "report_schedule",
      entityId: s.id,
      summary: { ...p, created },
    });
    return { created };
  });
}

/** Creates the obligations of periods that have begun since (the daily job runs it). */
export async function extendSchedules(ctx: UseCaseContext): Promise<number> {
  const today = vietnamDate(ctx.now);
  const cal = await loadCalendar(ctx.db);
  const rows = await ctx.db.select().from(reportSchedules);
  let made = 0;
  for (const s of rows)
    made += await createObligations(ctx.db, s, periodsDue(s, today), cal, { userId: null, now: ctx.now });
  return made;
}

const FREQ: Record<string, ReportFrequency> = {
  once: "once",
  monthly: "monthly",
  quarterly: "quarterly",
  "6-monthly": "six_monthly",
  yearly: "yearly",
};
const ORDER: ReportFrequency[] = ["monthly", "quarterly", "six_monthly", "nine_monthly", "yearly", "once"];

/**
 * The schedules a confirmed plan's reporting duties make: each duty whose frequency or dates are
 * known, collected by the body it goes through (else the one it goes to), from the units that lead
 * the plan's work. Duties "khi có yêu cầu" (no date, no frequency) make none.
 */
export async function schedulesFromDirective(
  ctx: UseCaseContext,
  directiveId: string,
): Promise<ScheduleOut[]> {
  const d = await readableDirective(ctx, directiveId);
  if (d.status !== "confirmed") throw invalid("Chỉ lập chế độ báo cáo từ văn bản đã xác nhận.");
  const duties = await ctx.db
    .select()
    .from(directiveReporting)
    .where(eq(directiveReporting.directiveId, directiveId));
  const leads = await ctx.db
    .selectDistinct({ orgId: assignments.leadOrgId })
    .from(assignments)
    .where(eq(assignments.directiveId, directiveId));
  const existing = await ctx.db
    .select({ sourceDutyId: reportSchedules.sourceDutyId })
    .from(reportSchedules)
    .where(and(eq(reportSchedules.directiveId, directiveId)));
  const done = new Set(existing.map((e) => e.sourceDutyId));
  type Plan = Omit<ScheduleInput, "title"> & { dutyId: string };
  const plans: Plan[] = [];
  for (const duty of duties) {
    if (done.has(duty.id)) continue;
    const coordinatorOrgId = duty.viaOrgId ?? duty.toOrgId ?? d.ownerOrgId;
    const freqs = (Array.isArray(duty.frequency) ? duty.frequency : duty.frequency ? [duty.frequency] : [])
      .map((f) => FREQ[f])
      .filter((f): f is ReportFrequency => Boolean(f));
    if (!coordinatorOrgId || (!freqs.length && !duty.due.length)) continue;
    const frequency =
      ORDER.find((f) => freqs.includes(f)) ?? (duty.due.length > 1 ? "six_monthly" : "yearly");
    const units = leads.map((l) => l.orgId).filter((id) => id !== coordinatorOrgId);
    if (!units.length) continue;
    plans.push({
      dutyId: duty.id,
      directiveId,
      coordinatorOrgId,
      unitOrgIds: units,
      // A single dated duty is cut by the plan's own date like any other.
      frequency: frequency === "once" ? "yearly" : frequency,
      cutoff: duty.due.length ? "plan_dates" : "decree_09",
      dates: duty.due,
    });
  }
  // Each body sets up the schedules it collects: a duty collected elsewhere is left to that body.
  const infos = await orgInfos(
    ctx.db,
    plans.map((p) => p.coordinatorOrgId),
  );
  const mine = plans.filter((p) => {
    const c = infos.get(p.coordinatorOrgId);
    return c && (!ctx.actor || reportPolicy.manage(ctx.actor, c));
  });
  if (plans.length && !mine.length) {
    const names = [...new Set(plans.map((p) => infos.get(p.coordinatorOrgId)?.name).filter(Boolean))];
    throw forbidden(
      `Các yêu cầu báo cáo của văn bản này do ${names.join(", ")} tổng hợp; cơ quan đó lập chế độ báo cáo.`,
    );
  }
  const out: ScheduleOut[] = [];
  for (const { dutyId, ...p } of mine)
    out.push(
      await createSchedule(
        ctx,
        { ...p, title: `Báo cáo kết quả thực hiện ${d.symbol ?? d.title ?? "kế hoạch"}` },
        dutyId,
      ),
    );
  return out;
}
