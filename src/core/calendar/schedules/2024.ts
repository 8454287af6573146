import { HOLIDAY_NAMES as N } from "../holidays/default-schedule.ts";
import type { HolidaySchedule } from "../holidays/schedule.ts";
import { parseIsoDate } from "../iso-date.ts";
import { off, period } from "./build.ts";

/**
 * 2024. Tết (08/02–14/02) and Quốc khánh (31/08–03/09): Thông báo 5015/TB-LĐTBXH ngày 22/11/2023.
 * 30/04–01/05: Công văn 2450/VPCP-KGVX ngày 12/04/2024 swaps Monday 29/04 with Saturday 04/05.
 * Giỗ Tổ: Thursday 18/04 (Bộ luật Lao động 2019, Điều 112).
 */
export const SCHEDULE_2024: HolidaySchedule = {
  year: 2024,
  daysOff: [
    off("2024-01-01", N.newYear),
    // "05 ngày nghỉ tết Âm lịch và 02 ngày nghỉ bù ngày nghỉ hàng tuần" (29 Chạp to mùng 5).
    ...["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"].map((d) =>
      off(d, N.lunarNewYear),
    ),
    off("2024-02-13", `Nghỉ bù ${N.lunarNewYear}`, "compensation"),
    off("2024-02-14", `Nghỉ bù ${N.lunarNewYear}`, "compensation"),
    off("2024-04-18", N.hungKings),
    ...period("2024-04-27", "2024-04-28", N.reunification),
    off("2024-04-29", `${N.reunification} (hoán đổi, làm bù thứ Bảy 04/05)`, "swap"),
    off("2024-04-30", N.reunification),
    off("2024-05-01", N.labourDay),
    ...period("2024-08-31", "2024-09-01", N.nationalDay),
    off("2024-09-02", N.nationalDay),
    off("2024-09-03", N.nationalDay),
  ],
  makeUpWorkingDays: [
    {
      date: parseIsoDate("2024-05-04"),
      name: "Làm bù cho thứ Hai 29/04",
      replaces: parseIsoDate("2024-04-29"),
    },
  ],
  sources: [
    {
      symbol: "5015/TB-LĐTBXH",
      date: parseIsoDate("2023-11-22"),
      issuer: "Bộ Lao động - Thương binh và Xã hội",
      note: "Nghỉ Tết Âm lịch 08/02–14/02/2024 và Quốc khánh 31/08–03/09/2024.",
    },
    {
      symbol: "2450/VPCP-KGVX",
      date: parseIsoDate("2024-04-12"),
      issuer: "Văn phòng Chính phủ",
      note: "Hoán đổi thứ Hai 29/04/2024 với thứ Bảy 04/05/2024.",
    },
  ],
  origin: "built-in",
};
