import { HOLIDAY_NAMES as N } from "../holidays/default-schedule.ts";
import type { HolidaySchedule } from "../holidays/schedule.ts";
import { parseIsoDate } from "../iso-date.ts";
import { off, period } from "./build.ts";

/**
 * 2026. Công văn 9859/VPCP-KGVX (2025): the Prime Minister agrees
 * to the Ministry of Home Affairs' proposal in Công văn 8764/BNV-CVL ngày 01/10/2025; announced in
 * Thông báo 9441/TB-BNV (2025). Tết 14/02–22/02 (27 tháng Chạp to mùng 6); Giỗ Tổ on Sunday 26/04
 * compensated on 27/04; 30/04–03/05; Quốc khánh 29/08–02/09 with Monday 31/08 swapped with
 * Saturday 22/08.
 */
export const SCHEDULE_2026: HolidaySchedule = {
  year: 2026,
  daysOff: [
    off("2026-01-01", N.newYear),
    ...period("2026-02-14", "2026-02-22", N.lunarNewYear),
    off("2026-04-26", N.hungKings),
    off("2026-04-27", `Nghỉ bù ${N.hungKings}`, "compensation"),
    off("2026-04-30", N.reunification),
    off("2026-05-01", N.labourDay),
    ...period("2026-05-02", "2026-05-03", N.labourDay),
    ...period("2026-08-29", "2026-08-30", N.nationalDay),
    off("2026-08-31", `${N.nationalDay} (hoán đổi, làm bù thứ Bảy 22/08)`, "swap"),
    off("2026-09-01", N.nationalDay),
    off("2026-09-02", N.nationalDay),
  ],
  makeUpWorkingDays: [
    {
      date: parseIsoDate("2026-08-22"),
      name: "Làm bù cho thứ Hai 31/08",
      replaces: parseIsoDate("2026-08-31"),
    },
  ],
  sources: [
    {
      symbol: "9859/VPCP-KGVX",
      issuer: "Văn phòng Chính phủ",
      note: "Ý kiến của Thủ tướng Chính phủ (2025).",
    },
    {
      symbol: "8764/BNV-CVL",
      date: parseIsoDate("2025-10-01"),
      issuer: "Bộ Nội vụ",
      note: "Đề xuất lịch nghỉ năm 2026.",
    },
    { symbol: "9441/TB-BNV", issuer: "Bộ Nội vụ", note: "Thông báo lịch nghỉ năm 2026 (2025)." },
  ],
  origin: "built-in",
};
