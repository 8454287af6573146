// Dates that change the rules.
import type { IsoDate } from "../../calendar/index.ts";

/** Luật 136/2025/QH15 in force (adopted 10/12/2025, in force 01/7/2026). */
export const AMENDMENT_2025_IN_FORCE = "2026-07-01" as IsoDate;
export const BEFORE_AMENDMENT_2025 = "2026-06-30" as IsoDate;
/** Two-level local government: no district level from 01/7/2025. */
export const TWO_LEVEL_GOVERNMENT = "2025-07-01" as IsoDate;
export const BEFORE_TWO_LEVEL_GOVERNMENT = "2025-06-30" as IsoDate;
/** Luật Khiếu nại 02/2011/QH13 in force. */
export const LKN_IN_FORCE = "2012-07-01" as IsoDate;
/** Luật Tố cáo 03/2011/QH13 in force (replaced by Luật Tố cáo 25/2018/QH14). */
export const LTC_2011_IN_FORCE = "2012-07-01" as IsoDate;
/** Luật Tố cáo 25/2018/QH14 in force. */
export const LTC_IN_FORCE = "2019-01-01" as IsoDate;
export const BEFORE_LTC = "2018-12-31" as IsoDate;
/** Luật Tiếp công dân 42/2013/QH13 in force. */
export const LTCD_IN_FORCE = "2014-07-01" as IsoDate;
/** Thông tư 05/2021/TT-TTCP in force. */
export const TT05_IN_FORCE = "2021-11-15" as IsoDate;
