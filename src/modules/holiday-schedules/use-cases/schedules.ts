// Use cases of the holiday schedules: list the years (built-in, entered, default), read one year,
// enter or change a year (checked by validateSchedule, version-checked, audited), and remove an
// entered year (the built-in schedule or the default rule applies again).

import { eq } from "drizzle-orm";
import {
  BUILT_IN_SCHEDULES,
  defaultSchedule,
  type HolidaySchedule,
  type IsoDate,
  type ScheduleSource,
  validateSchedule,
} from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { conflict, invalid, notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { recountRelativeDues } from "../../tasks/use-cases/relative-dues.ts";
import type { ScheduleInput, ScheduleOut } from "../contract.ts";
import { assertMayManage } from "../policy.ts";
import { enteredSchedules, scheduleOfRow } from "../queries.ts";
import { calendarOf } from "../rules/calendar.ts";
import { type HolidayScheduleRow, holidaySchedules } from "../schema.ts";

const builtInYears = new Set(BUILT_IN_SCHEDULES.map((s) => s.year));

function out(schedule: HolidaySchedule, row: HolidayScheduleRow | null): ScheduleOut {
  return {
    year: schedule.year,
    origin: schedule.origin,
    daysOff: [...schedule.daysOff].sort((a, b) => a.date.localeCompare(b.date)),
    makeUpWorkingDays: [...schedule.makeUpWorkingDays],
    sources: [...schedule.sources],
    version: row?.version ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    hasBuiltIn: builtInYears.has(schedule.year),
  };
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw invalid(`Năm ${year} không hợp lệ (2000–2100).`);
}

/** The schedule in force for a year, and where it comes from. */
export async function getSchedule(db: Db, year: number): Promise<ScheduleOut> {
  checkYear(year);
  const [row] = await db.select().from(holidaySchedules).where(eq(holidaySchedules.year, year));
  if (row) return out(scheduleOfRow(row), row);
  return out(BUILT_IN_SCHEDULES.find((s) => s.year === year) ?? defaultSchedule(year), null);
}

/** The years an administrator looks at: built-in and entered years, and last, this and next year. */
export async function listSchedules(db: Db, now: Date): Promise<ScheduleOut[]> {
  const entered = await db.select().from(holidaySchedules);
  const thisYear = Number(vietnamDate(now).slice(0, 4));
  const years = new Set([
    ...builtInYears,
    ...entered.map((r) => r.year),
    thisYear - 1,
    thisYear,
    thisYear + 1,
  ]);
  const out: ScheduleOut[] = [];
  for (const year of [...years].sort((a, b) => b - a)) out.push(await getSchedule(db, year));
  return out;
}

/** Enters or replaces the schedule of a year. */
export async function saveSchedule(
  ctx: UseCaseContext,
  year: number,
  input: ScheduleInput,
): Promise<ScheduleOut> {
  assertMayManage(ctx.actor);
  checkYear(year);
  const schedule: HolidaySchedule = {
    year,
    daysOff: input.daysOff.map((d) => ({ ...d, date: d.date as IsoDate })),
    makeUpWorkingDays: input.makeUpWorkingDays.map((m) => ({
      name: m.name,
      date: m.date as IsoDate,
      ...(m.replaces ? { replaces: m.replaces as IsoDate } : {}),
    })),
    sources: input.sources as ScheduleSource[],
    origin: "entered",
  };
  const problems = validateSchedule(schedule);
  if (problems.length)
    throw invalid(`Lịch nghỉ năm ${year} có ${problems.length} lỗi: ${problems[0]}`, { problems });
  return writeTransaction(ctx, async (tx, audit) => {
    const [before] = await tx.select().from(holidaySchedules).where(eq(holidaySchedules.year, year));
    if (before && input.version !== before.version)
      throw conflict(`Lịch nghỉ năm ${year} vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ.`, {
        current: out(scheduleOfRow(before), before),
      });
    if (!before && input.version !== undefined)
      throw conflict(`Lịch nghỉ năm ${year} đã bị người khác xóa. Hãy tải lại.`);
    const values = {
      daysOff: [...schedule.daysOff],
      makeUpWorkingDays: [...schedule.makeUpWorkingDays],
      sources: [...schedule.sources],
      updatedBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now,
    };
    const [row] = before
      ? await tx
          .update(holidaySchedules)
          .set({ ...values, version: before.version + 1 })
          .where(eq(holidaySchedules.year, year))
          .returning()
      : await tx
          .insert(holidaySchedules)
          .values({ year, ...values })
          .returning();
    const moved = await recountRelativeDues(tx, calendarOf(await enteredSchedules(tx)), {
      userId: ctx.actor?.userId ?? null,
      now: ctx.now,
    });
    await audit({
      action: before ? "holiday_schedule.update" : "holiday_schedule.create",
      entity: "holiday_schedule",
      entityId: String(year),
      before: before ?? null,
      after: row,
      summary: {
        year,
        daysOff: schedule.daysOff.length,
        makeUpWorkingDays: schedule.makeUpWorkingDays.length,
        sources: schedule.sources.map((s) => s.symbol),
        relativeDuesRecounted: moved,
      },
    });
    return out(scheduleOfRow(row!), row!);
  });
}

/** Removes an entered schedule: the built-in one (or the default rule) applies again. */
export async function deleteSchedule(
  ctx: UseCaseContext,
  year: number,
  version: number,
): Promise<ScheduleOut> {
  assertMayManage(ctx.actor);
  checkYear(year);
  return writeTransaction(ctx, async (tx, audit) => {
    const [before] = await tx.select().from(holidaySchedules).where(eq(holidaySchedules.year, year));
    if (!before) throw notFound(`lịch nghỉ do quản trị nhập cho năm ${year}`);
    if (before.version !== version)
      throw conflict(`Lịch nghỉ năm ${year} vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ.`);
    await tx.delete(holidaySchedules).where(eq(holidaySchedules.year, year));
    await recountRelativeDues(tx, calendarOf(await enteredSchedules(tx)), {
      userId: ctx.actor?.userId ?? null,
      now: ctx.now,
    });
    await audit({
      action: "holiday_schedule.delete",
      entity: "holiday_schedule",
      entityId: String(year),
      before,
      summary: { year },
    });
    return getSchedule(tx, year);
  });
}
