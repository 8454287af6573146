// The Government's yearly holiday schedules as administrators enter them (Quản trị → Lịch nghỉ lễ).
// An entered schedule overrides the built-in one of the same year (src/core/calendar/schedules);
// the API's shapes are in ./contract.ts.
import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import type { DayOff, MakeUpWorkingDay, ScheduleSource } from "../../core/calendar/index.ts";

export const holidaySchedules = pgTable("holiday_schedules", {
  year: integer("year").primaryKey(),
  daysOff: jsonb("days_off").$type<DayOff[]>().notNull(),
  makeUpWorkingDays: jsonb("make_up_working_days").$type<MakeUpWorkingDay[]>().notNull(),
  sources: jsonb("sources").$type<ScheduleSource[]>().notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
export type HolidayScheduleRow = typeof holidaySchedules.$inferSelect;
