// Which clock the lunar calendar is computed for. A lunar month starts on the *local* day of
// the new moon, so the meridian matters: Vietnam's calendar has been computed for UTC+7 since
// the reform decided by the Government of the North on 8 August 1967 (kept by the unified
// State); before that Vietnam followed the Chinese calendar, computed for UTC+8 from 1929 and
// for Beijing mean time (116°25′E, UTC+7:45:40) before (docs/decisions/lunar-calendar.md).

import { JD_UNIX_EPOCH } from "../astronomy/julian.ts";
import type { DayNumber, IsoDate } from "../iso-date.ts";
import { toDayNumber } from "../iso-date.ts";

interface ZoneEra {
  /** First local day (inclusive) on which this offset is used. */
  readonly fromDay: DayNumber;
  readonly offsetHours: number;
}

/** A history of UTC offsets: each era starts at local midnight of its first day. */
export interface CalendarZone {
  readonly name: string;
  readonly eras: readonly ZoneEra[];
}

const BEIJING_MEAN_TIME = 1397 / 180; // 116°25′ E = 7 h 45 min 40 s
const day = (d: string): DayNumber => toDayNumber(d as IsoDate);

/** The Vietnamese calendar as it was used: Chinese reckoning until 1967, UTC+7 from 1968. */
export const VIETNAM: CalendarZone = {
  name: "Việt Nam",
  eras: [
    { fromDay: Number.NEGATIVE_INFINITY, offsetHours: BEIJING_MEAN_TIME },
    { fromDay: day("1929-01-01"), offsetHours: 8 },
    // Calendars from 1968 on were computed for UTC+7 (reform of 8/8/1967); 1967's were
    // already printed for UTC+8, so the switch is at the start of 1968.
    { fromDay: day("1968-01-01"), offsetHours: 7 },
  ],
};

/** The Chinese calendar (for history and for cross-checks). */
export const CHINA: CalendarZone = {
  name: "Trung Quốc",
  eras: [
    { fromDay: Number.NEGATIVE_INFINITY, offsetHours: BEIJING_MEAN_TIME },
    { fromDay: day("1929-01-01"), offsetHours: 8 },
  ],
};

/** UTC+7 for every year: what Hồ Ngọc Đức's tables assume (used only to cross-check). */
export const UTC7: CalendarZone = {
  name: "UTC+7",
  eras: [{ fromDay: Number.NEGATIVE_INFINITY, offsetHours: 7 }],
};

function eraStartJd(era: ZoneEra): number {
  return era.fromDay + JD_UNIX_EPOCH - era.offsetHours / 24;
}

function offsetAt(zone: CalendarZone, jdUt: number): number {
  let offset = zone.eras[0]!.offsetHours;
  for (const era of zone.eras) if (jdUt >= eraStartJd(era)) offset = era.offsetHours;
  return offset;
}

function offsetOnDay(zone: CalendarZone, d: DayNumber): number {
  let offset = zone.eras[0]!.offsetHours;
  for (const era of zone.eras) if (d >= era.fromDay) offset = era.offsetHours;
  return offset;
}

/** The local calendar day on which an instant (JD, UT) falls. */
export function localDay(zone: CalendarZone, jdUt: number): DayNumber {
  return Math.floor(jdUt - JD_UNIX_EPOCH + offsetAt(zone, jdUt) / 24);
}

/** JD (UT) of local midnight at the start of day d. */
export function localMidnightJd(zone: CalendarZone, d: DayNumber): number {
  return d + JD_UNIX_EPOCH - offsetOnDay(zone, d) / 24;
}
