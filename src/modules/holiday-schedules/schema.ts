// The Government's yearly holiday schedules as administrators enter them (Quản trị → Lịch nghỉ lễ).
// An entered schedule overrides the built-in one of the same year (src/core/calendar/schedules);
// the API's shapes are in ./contract.ts.
import { integer, jsonb, pgTable } from "drizzle-orm/pg-core";
import type { DayOff, MakeUpWorkingDay, ScheduleSource } from "../../core/calendar/index.ts";
import { timestamps, updatedBy, version } from "../../db/columns.ts";

export const holidaySchedules = pgTable("holiday_schedules", {
  year: integer("year").primaryKey(),
  daysOff: jsonb("days_off").$type<DayOff[]>().notNull(),
  makeUpWorkingDays: jsonb("make_up_working_days").$type<MakeUpWorkingDay[]>().notNull(),
  sources: jsonb("sources").$type<ScheduleSource[]>().notNull(),
  version: version(),
  updatedBy: updatedBy(),
  ...timestamps(),
});
export type HolidayScheduleRow = typeof holidaySchedules.$inferSelect;
