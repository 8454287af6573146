// Vietnamese wording of dates and times in messages (the screens format their own).
import { formatDateVi, type IsoDate, vietnamDate, vietnamTime } from "../../../core/calendar/index.ts";

/** "14:05 23/11/2026", in Vietnam time (UTC+7, no daylight saving). */
export function formatDateTimeVi(at: Date | string): string {
  const instant = new Date(at);
  return `${vietnamTime(instant)} ${formatDateVi(vietnamDate(instant))}`;
}

export const dateVi = (d: string | null): string => (d ? formatDateVi(d as IsoDate) : "chưa có");
