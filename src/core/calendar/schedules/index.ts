// Schedules published by the Government, built into the program (one file per year, each citing
// its decision). Administrator-entered schedules are passed after these to createCalendar and win.
import type { HolidaySchedule } from "../holidays/schedule.ts";
import { SCHEDULE_2023 } from "./2023.ts";
import { SCHEDULE_2024 } from "./2024.ts";
import { SCHEDULE_2025 } from "./2025.ts";
import { SCHEDULE_2026 } from "./2026.ts";

export const BUILT_IN_SCHEDULES: readonly HolidaySchedule[] = [
  SCHEDULE_2023,
  SCHEDULE_2024,
  SCHEDULE_2025,
  SCHEDULE_2026,
];
