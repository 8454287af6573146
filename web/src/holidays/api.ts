// What /api/holiday-schedules answers: a year's schedule and where it comes from (built into the
// calendar, entered by an administrator, or the default rule of the Labour Code).
export type Origin = "built-in" | "entered" | "default";
export type DayOffKind = "holiday" | "compensation" | "swap" | "weekend";

export interface Schedule {
  year: number;
  origin: Origin;
  daysOff: Array<{ date: string; name: string; kind: DayOffKind }>;
  makeUpWorkingDays: Array<{ date: string; name: string; replaces?: string }>;
  sources: Array<{ symbol: string; date?: string; issuer?: string; note?: string }>;
  version: number | null;
  updatedAt: string | null;
  hasBuiltIn: boolean;
}
