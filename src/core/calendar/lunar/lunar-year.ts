// The rules of the Chinese-family lunisolar calendar (as used in Vietnam):
// - a month starts on the local day of a new moon;
// - the month containing the winter solstice (solar longitude 270°) is month 11;
// - if 13 new moons start between two such months 11 (a "leap sui"), the first month after
//   month 11 that contains no major solar term (trung khí, longitudes multiple of 30°) is the
//   leap month and repeats the number of the month before it.

import { ttToUt, utToTt } from "../astronomy/julian.ts";
import { newMoonIndexAtOrBefore, newMoonUt } from "../astronomy/new-moon.ts";
import { apparentSolarLongitude, solarLongitudeCrossing } from "../astronomy/sun.ts";
import type { DayNumber, IsoDate } from "../iso-date.ts";
import { toDayNumber } from "../iso-date.ts";
import type { CalendarZone } from "./zones.ts";
import { localDay, localMidnightJd } from "./zones.ts";

export interface LunarMonthSpan {
  /** Lunar year the month belongs to (the Gregorian year in which its month 1 starts). */
  readonly year: number;
  readonly month: number; // 1..12
  readonly leap: boolean;
  readonly start: DayNumber;
  readonly length: 29 | 30;
}

function winterSolsticeDay(zone: CalendarZone, year: number): DayNumber {
  const guess = toDayNumber(`${year}-12-21` as IsoDate) + 2440588;
  return localDay(zone, ttToUt(solarLongitudeCrossing(270, guess)));
}

/** Index k of the new moon that starts month 11 of the given Gregorian year. */
function month11Index(zone: CalendarZone, year: number): number {
  const solstice = winterSolsticeDay(zone, year);
  // The last new moon before the end of the solstice's local day starts the month containing it.
  return newMoonIndexAtOrBefore(localMidnightJd(zone, solstice + 1) - 1e-9);
}

function majorTermSector(zone: CalendarZone, d: DayNumber): number {
  return Math.floor(apparentSolarLongitude(utToTt(localMidnightJd(zone, d))) / 30);
}

/**
 * The months of one "sui": from month 11 of `year − 1` up to, not including, month 11 of `year`
 * (12 or 13 months).
 */
export function suiMonths(zone: CalendarZone, year: number): LunarMonthSpan[] {
  const kStart = month11Index(zone, year - 1);
  const kEnd = month11Index(zone, year);
  const count = kEnd - kStart;
  const starts: DayNumber[] = [];
  for (let i = 0; i <= count; i++) starts.push(localDay(zone, newMoonUt(kStart + i)));

  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (majorTermSector(zone, starts[i]!) === majorTermSector(zone, starts[i + 1]!)) {
        leapIndex = i;
        break;
      }
    }
    if (leapIndex < 0) throw new Error(`no month without a major term in the sui ending ${year}`);
  } else if (count !== 12) {
    throw new Error(`a sui of ${count} months before the winter solstice of ${year}`);
  }

  const months: LunarMonthSpan[] = [];
  let label = 10;
  let lunarYear = year - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) {
      label = label === 12 ? 1 : label + 1;
      if (label === 1) lunarYear = year;
    }
    const length = starts[i + 1]! - starts[i]!;
    if (length !== 29 && length !== 30) throw new Error(`a lunar month of ${length} days`);
    months.push({ year: lunarYear, month: label, leap, start: starts[i]!, length });
  }
  return months;
}

/** All months of lunar year `year`, from month 1 (Tết) to the last month before next Tết. */
export function lunarYearMonths(zone: CalendarZone, year: number): LunarMonthSpan[] {
  return [...suiMonths(zone, year), ...suiMonths(zone, year + 1)].filter((m) => m.year === year);
}
