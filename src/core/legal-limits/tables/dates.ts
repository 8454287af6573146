// Dates that change the rules.
import type { IsoDate } from "../../calendar/index.ts";

/** Luật 136/2025/QH15 in force (its Điều 4 khoản 1). */
export const AMENDMENT_2025_IN_FORCE = "2026-07-01" as IsoDate;
export const BEFORE_AMENDMENT_2025 = "2026-06-30" as IsoDate;
/** Two-level local government: no district level from 01/7/2025. */
export const TWO_LEVEL_GOVERNMENT = "2025-07-01" as IsoDate;
export const BEFORE_TWO_LEVEL_GOVERNMENT = "2025-06-30" as IsoDate;
export const LKN_IN_FORCE = "2012-07-01" as IsoDate;
export const LTC_IN_FORCE = "2019-01-01" as IsoDate;
export const LTCD_IN_FORCE = "2014-07-01" as IsoDate;
export const TT05_IN_FORCE = "2021-11-15" as IsoDate;
