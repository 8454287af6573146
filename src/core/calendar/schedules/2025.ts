import { HOLIDAY_NAMES as N } from "../holidays/default-schedule.ts";
import type { HolidaySchedule } from "../holidays/schedule.ts";
import { parseIsoDate } from "../iso-date.ts";
import { off, period } from "./build.ts";

/**
 * 2025. Công văn 8726/VPCP-KGVX ngày 26/11/2024 (the Prime Minister's agreement) and the Ministry
 * of Labour's Thông báo 6150/TB-LĐTBXH (2024): Tết 25/01–02/02; 30/04–04/05 with Friday 02/05
 * swapped with Saturday 26/04; Quốc khánh 30/08–02/09. Giỗ Tổ: Monday 07/04 (Điều 112).
 */
export const SCHEDULE_2025: HolidaySchedule = {
  year: 2025,
  daysOff: [
    off("2025-01-01", N.newYear),
    ...period("2025-01-25", "2025-02-02", N.lunarNewYear),
    off("2025-04-07", N.hungKings),
    off("2025-04-30", N.reunification),
    off("2025-05-01", N.labourDay),
    off("2025-05-02", `${N.labourDay} (hoán đổi, làm bù thứ Bảy 26/04)`, "swap"),
    ...period("2025-05-03", "2025-05-04", N.labourDay),
    ...period("2025-08-30", "2025-08-31", N.nationalDay),
    off("2025-09-01", N.nationalDay),
    off("2025-09-02", N.nationalDay),
  ],
  makeUpWorkingDays: [
    {
      date: parseIsoDate("2025-04-26"),
      name: "Làm bù cho thứ Sáu 02/05",
      replaces: parseIsoDate("2025-05-02"),
    },
  ],
  sources: [
    {
      symbol: "8726/VPCP-KGVX",
      date: parseIsoDate("2024-11-26"),
      issuer: "Văn phòng Chính phủ",
      note: "Nghỉ Tết Âm lịch, Quốc khánh và hoán đổi ngày làm việc dịp 30/4–1/5 năm 2025.",
    },
    {
      symbol: "6150/TB-LĐTBXH",
      issuer: "Bộ Lao động - Thương binh và Xã hội",
      note: "Thông báo thực hiện (2024).",
    },
  ],
  origin: "built-in",
};
