// Dates as Vietnamese officials write them (dd/mm/yyyy), times in Vietnam's zone whatever the
// computer's zone is. The API sends dates as YYYY-MM-DD and instants as ISO strings (UTC).
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";

export const DATE_FORMAT = "DD/MM/YYYY";
export const VIETNAM_TZ = "Asia/Ho_Chi_Minh";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function vietnamParts(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

/** "2025-07-01" → "01/07/2025"; null → "". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const p = vietnamParts(new Date(iso));
  return `${p.day}/${p.month}/${p.year}`;
}

/** An instant as "dd/mm/yyyy HH:mm" in Vietnam time. */
export function formatDateTime(iso: string): string {
  const p = vietnamParts(new Date(iso));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Vietnam, as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  const p = vietnamParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A date picker's value → the API's YYYY-MM-DD. */
export const toIsoDate = (d: Dayjs | null | undefined): string | null => (d ? d.format("YYYY-MM-DD") : null);

/** The API's YYYY-MM-DD → a date picker's value. */
export const fromIsoDate = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
