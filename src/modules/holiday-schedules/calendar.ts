// The working calendar every use case counts days with: the built-in schedules, then the schedules
// administrators entered (later ones win, so an entered year overrides the built-in one).
import { asc } from "drizzle-orm";
import {
  BUILT_IN_SCHEDULES,
  createCalendar,
  type HolidaySchedule,
  type IsoDate,
  type WorkingCalendar,
} from "../../core/calendar/index.ts";
import type { Db } from "../../db/client.ts";
import { type HolidayScheduleRow, holidaySchedules } from "./schema.ts";

export function scheduleOfRow(row: HolidayScheduleRow): HolidaySchedule {
  return {
    year: row.year,
    daysOff: row.daysOff.map((d) => ({ ...d, date: d.date as IsoDate })),
    makeUpWorkingDays: row.makeUpWorkingDays.map((m) => ({ ...m, date: m.date as IsoDate })),
    sources: row.sources,
    origin: "entered",
  };
}

/** The schedules administrators entered, by year. */
export async function enteredSchedules(db: Db): Promise<HolidaySchedule[]> {
  const rows = await db.select().from(holidaySchedules).orderBy(asc(holidaySchedules.year));
  return rows.map(scheduleOfRow);
}

const calendars = new Map<string, WorkingCalendar>();

/**
 * Built-in schedules first, entered ones after (they win for their year). The same entered
 * schedules give the same calendar object, so what it has counted is kept between requests.
 */
export function calendarOf(entered: readonly HolidaySchedule[]): WorkingCalendar {
  const key = JSON.stringify(entered);
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size > 20) calendars.clear();
    calendar = createCalendar([...BUILT_IN_SCHEDULES, ...entered]);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The working calendar as the database has it now. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  return calendarOf(await enteredSchedules(db));
}
