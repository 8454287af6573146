// What /api/holiday-schedules answers: a year's schedule and where it comes from (built into the
// calendar, entered by an administrator, or the default rule of the Labour Code). The server's
// contract types, type-only.
import type { ScheduleInput, ScheduleOut } from "../../../src/modules/holiday-schedules/contract.ts";

export type Origin = ScheduleOut["origin"];
export type DayOffKind = ScheduleInput["daysOff"][number]["kind"];

/** The contract's output types a day off's kind as a string; it is always one the input accepts. */
export type Schedule = Omit<ScheduleOut, "daysOff"> & {
  daysOff: Array<ScheduleOut["daysOff"][number] & { kind: DayOffKind }>;
};
