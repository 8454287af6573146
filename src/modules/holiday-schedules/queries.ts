// Reads of the holiday schedules shared by every module that counts working days: the schedules
// administrators entered, and the working calendar they make with the built-in ones.
import { asc } from "drizzle-orm";
import type { HolidaySchedule, IsoDate, WorkingCalendar } from "../../core/calendar/index.ts";
import type { Db } from "../../db/client.ts";
import { versionedCache } from "../data-versions/use-cases/versions.ts";
import { calendarOf } from "./rules/calendar.ts";
import { type HolidayScheduleRow, holidaySchedules } from "./schema.ts";

/** A stored row as the calendar reads a schedule. */
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

/** The calendar on this node, valid while no schedule was written anywhere (request-caches.md). */
const calendarCache = versionedCache<WorkingCalendar>(["calendar"], { maxEntries: 1, maxAgeMs: 10 * 60_000 });

/** The working calendar as the database has it now. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  return calendarCache.get(db, "calendar", Date.now(), async () => calendarOf(await enteredSchedules(db)));
}
