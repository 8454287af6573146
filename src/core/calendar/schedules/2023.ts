import { HOLIDAY_NAMES as N } from "../holidays/default-schedule.ts";
import type { HolidaySchedule } from "../holidays/schedule.ts";
import { parseIsoDate } from "../iso-date.ts";
import { off } from "./build.ts";

/**
 * 2023. Tết (20/01–26/01) and Quốc khánh (01/09–04/09): Công văn 8056/VPCP-KGVX ngày 01/12/2022
 * (the Deputy Prime Minister's agreement to the Ministry of Labour's proposal). Other days follow
 * Bộ luật Lao động 2019, Điều 112: 01/01 (Sunday) compensated on 02/01; Giỗ Tổ (Saturday 29/04)
 * and 30/04 (Sunday) compensated on 02/05 and 03/05.
 */
export const SCHEDULE_2023: HolidaySchedule = {
  year: 2023,
  daysOff: [
    off("2023-01-01", N.newYear),
    off("2023-01-02", `Nghỉ bù ${N.newYear}`, "compensation"),
    // 29 tháng Chạp to mùng 5: 5 Tết days (20–24/01) and 2 compensation days for the weekend.
    ...["2023-01-20", "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24"].map((d) =>
      off(d, N.lunarNewYear),
    ),
    off("2023-01-25", `Nghỉ bù ${N.lunarNewYear}`, "compensation"),
    off("2023-01-26", `Nghỉ bù ${N.lunarNewYear}`, "compensation"),
    off("2023-04-29", N.hungKings),
    off("2023-04-30", N.reunification),
    off("2023-05-01", N.labourDay),
    off("2023-05-02", `Nghỉ bù ${N.hungKings}`, "compensation"),
    off("2023-05-03", `Nghỉ bù ${N.reunification}`, "compensation"),
    off("2023-09-01", N.nationalDay),
    off("2023-09-02", N.nationalDay),
    off("2023-09-03", N.nationalDay, "weekend"),
    off("2023-09-04", `Nghỉ bù ${N.nationalDay}`, "compensation"),
  ],
  makeUpWorkingDays: [],
  sources: [
    {
      symbol: "8056/VPCP-KGVX",
      date: parseIsoDate("2022-12-01"),
      issuer: "Văn phòng Chính phủ",
      note: "Nghỉ Tết Âm lịch 20/01–26/01/2023 và Quốc khánh 01/09–04/09/2023.",
    },
    { symbol: "Bộ luật Lao động 2019, Điều 112", note: "Các ngày lễ khác và nghỉ bù." },
  ],
  origin: "built-in",
};
