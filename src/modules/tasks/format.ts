// Vietnamese wording of dates and times in messages (the screens format their own).
import { formatDateVi, type IsoDate } from "../../core/calendar/index.ts";

/** "14:05 23/11/2026", in Vietnam time (UTC+7, no daylight saving). */
export function formatDateTimeVi(at: Date | string): string {
  const vn = new Date(new Date(at).getTime() + 7 * 3600_000).toISOString();
  return `${vn.slice(11, 16)} ${formatDateVi(vn.slice(0, 10) as IsoDate)}`;
}

export const dateVi = (d: string | null): string => (d ? formatDateVi(d as IsoDate) : "chưa có");
