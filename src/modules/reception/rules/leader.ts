// Whose minimum reception frequency the law sets for a body, from the body's kind and level as the
// organisation tree records them (levels are data: the 2025 reform removed the district level, and
// the rule for a level is chosen by date in core/legal-limits). Pure.
import type { ReceptionLeader } from "../../../core/legal-limits/index.ts";

export interface BodyKind {
  kind: string;
  level: string | null;
}

/**
 * - a ward, commune or special zone (cấp xã): its People's Committee chairman (Điều 15);
 * - a People's Committee of a province (Điều 12) or, until 30/6/2025, of a district (Điều 13);
 * - a department or other state administrative agency: its head (Điều 18).
 * Party and mass bodies: the law sets no minimum (null).
 */
export function leaderOf(body: BodyKind): ReceptionLeader | null {
  const level = body.level?.toLowerCase() ?? "";
  if (body.kind === "ward" || body.kind === "commune" || level === "xã") return "commune-chair";
  if (body.kind === "peoples_committee") {
    if (level === "tỉnh") return "province-chair";
    if (level === "huyện") return "district-chair";
    return null;
  }
  if (body.kind === "department") return "agency-head";
  return null;
}
