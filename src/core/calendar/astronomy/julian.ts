// Julian Day helpers. JD counts days from noon UT, 4713 BC; day numbers here count days
// from 1970-01-01 00:00 UT (JD 2440587.5).
import type { DayNumber } from "../iso-date.ts";
import { deltaTSeconds } from "./delta-t.ts";

export const JD_UNIX_EPOCH = 2440587.5;
export const J2000 = 2451545.0;

/** Decimal Gregorian year of a Julian Day, precise enough for ΔT. */
export function decimalYear(jd: number): number {
  return 2000 + (jd - J2000) / 365.2425;
}

/** Converts Terrestrial Time (JDE, what the theories give) to Universal Time. */
export function ttToUt(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86_400;
}

export function utToTt(jd: number): number {
  return jd + deltaTSeconds(decimalYear(jd)) / 86_400;
}

/** JD (UT) of 00:00 UT at the start of a day number. */
export function jdOfDayNumber(day: DayNumber): number {
  return day + JD_UNIX_EPOCH;
}
