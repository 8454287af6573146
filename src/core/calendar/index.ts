// Public API of the calendar core: Vietnamese lunar calendar, holiday schedules, working days.
// All functions are pure: no clock, no I/O.

export { defaultSchedule, HOLIDAY_NAMES } from "./holidays/default-schedule.ts";
export type {
  DayOff,
  DayOffKind,
  HolidaySchedule,
  MakeUpWorkingDay,
  ScheduleOrigin,
  ScheduleSource,
} from "./holidays/schedule.ts";
export { validateSchedule } from "./holidays/schedule.ts";
export type { DayNumber, IsoDate, Weekday } from "./iso-date.ts";
export {
  addDays,
  formatDateVi,
  InvalidDateError,
  isIsoDate,
  isoDate,
  isWeekend,
  parseIsoDate,
  weekday,
  weekdayNameVi,
} from "./iso-date.ts";
export type { LunarDate, LunarMonth } from "./lunar/lunar-calendar.ts";
export {
  InvalidLunarDateError,
  LUNAR_RANGE,
  LunarRangeError,
  lunarMonths,
  lunarToSolar,
  solarToLunar,
  tet,
} from "./lunar/lunar-calendar.ts";
export type { CalendarZone } from "./lunar/zones.ts";
export { CHINA, VIETNAM } from "./lunar/zones.ts";
export type { Period } from "./periods.ts";
export { endOfPeriod, startOfPeriod } from "./periods.ts";
export { BUILT_IN_SCHEDULES } from "./schedules/index.ts";
export { VIETNAM_OFFSET_MS, vietnamDate, vietnamHour, vietnamTime } from "./vietnam-time.ts";
export type { WorkingCalendar } from "./working-days.ts";
export { createCalendar } from "./working-days.ts";
