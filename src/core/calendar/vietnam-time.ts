// Vietnam's clock: UTC+7 all year (no daylight saving since 1975). Instants are stored in UTC;
// "today", "due on date D" and the times in messages are read on this clock, in this one place.
import type { IsoDate } from "./iso-date.ts";

export const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The instant as Vietnam's wall clock, "YYYY-MM-DDTHH:MM:SS.sss" (no zone). */
const wallClock = (at: Date): string => new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 23);

/** The date in Vietnam at that instant. */
export const vietnamDate = (at: Date): IsoDate => wallClock(at).slice(0, 10) as IsoDate;

/** The time of day in Vietnam at that instant, "HH:MM". */
export const vietnamTime = (at: Date): string => wallClock(at).slice(11, 16);

/** The instant at which `hour`:00 strikes in Vietnam on `day`. */
export const vietnamHour = (day: IsoDate | string, hour: number): Date =>
  new Date(Date.parse(`${day}T00:00:00Z`) + hour * 3600_000 - VIETNAM_OFFSET_MS);
