// Small helpers to write built-in schedules as they are announced ("nghỉ từ … đến hết …").

import type { DayOff, DayOffKind } from "../holidays/schedule.ts";
import type { IsoDate } from "../iso-date.ts";
import { addDays, isWeekend, parseIsoDate } from "../iso-date.ts";

export function off(date: string, name: string, kind: DayOffKind = "holiday"): DayOff {
  return { date: parseIsoDate(date), name, kind };
}

/** Every day from `from` to `to` inclusive: weekends as "weekend", other days as `kind`. */
export function period(from: string, to: string, name: string, kind: DayOffKind = "holiday"): DayOff[] {
  const days: DayOff[] = [];
  const end = parseIsoDate(to);
  for (let d: IsoDate = parseIsoDate(from); d <= end; d = addDays(d, 1)) {
    days.push({ date: d, name, kind: isWeekend(d) ? "weekend" : kind });
  }
  return days;
}
