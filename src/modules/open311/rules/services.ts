// The Open311 catalogue and its translations, pure. A service is a feedback kind that Open311 can
// carry — phản ánh or kiến nghị — times a field (lĩnh vực): "feedback-land", "proposal-traffic".
// Complaints and denunciations are not services: their laws ask for more than Open311 carries
// (Luật Khiếu nại 2011 Điều 8, Luật Tố cáo 2018 Điều 23, and the denouncer's protection), so a
// code naming them is answered with where to send them instead (the portal, /cong-dan).
import { foldVietnamese } from "../../../core/text/fold.ts";
import { FIELDS, type Field, type Kind, type Status } from "../../citizen-cases/contract.ts";

export const OPEN311_KINDS = ["feedback", "proposal"] as const satisfies readonly Kind[];
export type Open311Kind = (typeof OPEN311_KINDS)[number];

const KIND_NAMES: Record<Open311Kind, [vi: string, en: string]> = {
  feedback: ["Phản ánh", "Feedback"],
  proposal: ["Kiến nghị", "Proposal"],
};
const FIELD_NAMES: Record<Field, [vi: string, en: string]> = {
  land: ["Đất đai", "Land"],
  construction: ["Xây dựng, trật tự đô thị", "Construction and urban order"],
  environment: ["Môi trường, vệ sinh", "Environment and sanitation"],
  traffic: ["Giao thông", "Traffic"],
  public_order: ["An ninh, trật tự", "Security and public order"],
  health: ["Y tế", "Health"],
  education: ["Giáo dục", "Education"],
  civil_status: ["Hộ tịch, tư pháp", "Civil status and justice"],
  social_policy: ["Chính sách xã hội", "Social policy"],
  officials: ["Cán bộ, công chức", "Officials' conduct"],
  other: ["Khác", "Other"],
};

export interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime";
  keywords: string;
  group: string;
}

/** Where complaints and denunciations go instead (the portal's address under the instance's URL). */
export const elsewhereNotice = (portalUrl: string) =>
  `Khiếu nại, tố cáo không gửi qua Open311: hãy gửi tại ${portalUrl} (Luật Khiếu nại 2011, Luật Tố cáo 2018). ` +
  `Complaints and denunciations are not accepted here: file them at ${portalUrl}.`;

export const serviceCode = (kind: Open311Kind, field: Field) => `${kind}-${field}`;

export const serviceName = (kind: Open311Kind, field: Field) =>
  `${KIND_NAMES[kind][0]} – ${FIELD_NAMES[field][0]}`;

export function service(kind: Open311Kind, field: Field, portalUrl: string): Service {
  const [kindVi, kindEn] = KIND_NAMES[kind];
  const [fieldVi, fieldEn] = FIELD_NAMES[field];
  return {
    service_code: serviceCode(kind, field),
    service_name: serviceName(kind, field),
    description:
      `${kindVi} về lĩnh vực ${fieldVi.toLowerCase()} gửi đến phường, xã (${kindEn}: ${fieldEn}). ` +
      elsewhereNotice(portalUrl),
    // The ward is an attribute the client may send (services/{code} lists them).
    metadata: true,
    type: "realtime",
    keywords: [kindVi, fieldVi, kindEn, fieldEn].join(", ").toLowerCase(),
    group: fieldVi,
  };
}

export const catalogue = (portalUrl: string): Service[] =>
  OPEN311_KINDS.flatMap((kind) => FIELDS.map((field) => service(kind, field, portalUrl)));

export type ParsedCode =
  | { ok: true; kind: Open311Kind; field: Field }
  | { ok: false; reason: "unknown" | "elsewhere" };

/** A service code back to its kind and field; a complaint's or denunciation's says so. */
export function parseServiceCode(code: string): ParsedCode {
  const at = code.indexOf("-");
  const kind = at < 0 ? code : code.slice(0, at);
  const field = at < 0 ? "" : code.slice(at + 1);
  if (/^(complaint|denunciation|khieu-?nai|to-?cao)/i.test(code)) return { ok: false, reason: "elsewhere" };
  if ((OPEN311_KINDS as readonly string[]).includes(kind) && (FIELDS as readonly string[]).includes(field))
    return { ok: true, kind: kind as Open311Kind, field: field as Field };
  return { ok: false, reason: "unknown" };
}

/** GeoReport v2 knows two states: a case is open until it is answered, refused or withdrawn. */
export const openStatus = (status: Status): "open" | "closed" =>
  status === "received" || status === "accepted" ? "open" : "closed";
export const statusesOf = (status: "open" | "closed"): Status[] =>
  status === "open" ? ["received", "accepted"] : ["refused", "answered", "withdrawn"];

// ---------- places ----------
const DEGREES = /^[+-]?\d{1,3}(\.\d{1,15})?$/;

export type Position = { lat: number; long: number };

/** lat and long as a client sends them: both or neither, decimal WGS84 degrees in range. */
export function parsePosition(
  lat: string | undefined,
  long: string | undefined,
): { ok: true; position: Position | null } | { ok: false; message: string } {
  const a = lat?.trim() ?? "";
  const b = long?.trim() ?? "";
  if (!a && !b) return { ok: true, position: null };
  if (!a || !b) return { ok: false, message: "lat và long phải gửi cùng nhau (lat and long go together)" };
  if (!DEGREES.test(a) || !DEGREES.test(b))
    return { ok: false, message: "lat, long phải là số thập phân (WGS84 decimal degrees)" };
  const position = { lat: Number(a), long: Number(b) };
  if (Math.abs(position.lat) > 90 || Math.abs(position.long) > 180)
    return { ok: false, message: "lat từ -90 đến 90, long từ -180 đến 180 (out of range)" };
  return { ok: true, position };
}

/** How a position is kept in the case's location text, and read back. */
export const positionText = (p: Position) => `[${p.lat.toFixed(6)}, ${p.long.toFixed(6)}]`;
const POSITION_IN_TEXT = /\[(-?\d{1,2}(?:\.\d+)?), (-?\d{1,3}(?:\.\d+)?)\]/;

/**
 * The position a location text holds, rounded to three decimals (about 100 m): enough to put the
 * matter on a map, not enough to point at the house of whoever sent it.
 */
export function publicPosition(location: string | null): Position | null {
  const m = location ? POSITION_IN_TEXT.exec(location) : null;
  if (!m) return null;
  const round = (x: string) => Math.round(Number(x) * 1000) / 1000;
  return { lat: round(m[1] as string), long: round(m[2] as string) };
}

export interface WardName {
  id: string;
  name: string;
  shortName: string | null;
}

/**
 * The ward a text names ("Phường 1, Gò Vấp", "phuong 10"), by its name or short name, whole words
 * only ("Phường 1" is not in "Phường 10"). Several wards named: the longest name wins when it holds
 * the others ("Phường 1 quận Gò Vấp"); otherwise it is ambiguous.
 */
export function wardNamedIn(
  text: string,
  wards: readonly WardName[],
): { ward: WardName } | { ambiguous: WardName[] } | null {
  const hay = ` ${foldVietnamese(text)} `;
  const found: Array<{ ward: WardName; key: string }> = [];
  for (const ward of wards)
    for (const name of [ward.name, ward.shortName]) {
      const key = name ? foldVietnamese(name) : "";
      if (key && hay.includes(` ${key} `)) found.push({ ward, key });
    }
  const distinct = [...new Map(found.map((f) => [f.ward.id, f.ward])).values()];
  if (!distinct.length) return null;
  if (distinct.length === 1) return { ward: distinct[0] as WardName };
  const longest = found.reduce((a, b) => (b.key.length > a.key.length ? b : a));
  const covered = found.every(
    (f) => f.ward.id === longest.ward.id || ` ${longest.key} `.includes(` ${f.key} `),
  );
  return covered ? { ward: longest.ward } : { ambiguous: distinct };
}
