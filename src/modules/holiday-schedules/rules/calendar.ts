// The working calendar every use case counts days with: the built-in schedules, then the schedules
// administrators entered (later ones win, so an entered year overrides the built-in one). Pure: the
// entered schedules are an argument.
import {
  BUILT_IN_SCHEDULES,
  createCalendar,
  type HolidaySchedule,
  type WorkingCalendar,
} from "../../../core/calendar/index.ts";

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
