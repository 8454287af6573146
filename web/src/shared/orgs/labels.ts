// Vietnamese (or English) words for the codes of the organisation tree. Kinds and levels are data:
// an unknown kind shows as written.
import type { MessageKey, TFunction } from "../../i18n/index.tsx";
import type { OrgChangeKind, OrgStatus, OrgSystem } from "./types.ts";

export const ORG_SYSTEMS: OrgSystem[] = ["party", "state", "mass"];
export const KNOWN_KINDS = [
  "party_central_committee",
  "party_committee",
  "standing_board",
  "party_board",
  "inspection_commission",
  "party_office",
  "party_delegation",
  "front",
  "mass_org",
  "government",
  "ministry",
  "peoples_council",
  "peoples_committee",
  "department",
  "office",
  "inspectorate",
  "judgment_enforcement",
  "council",
  "ward",
] as const;

/** The levels as the data writes them (Vietnamese words), with their dictionary keys. */
export const LEVELS: Array<{ value: string; key: MessageKey }> = [
  { value: "trung ương", key: "org.level.central" },
  { value: "tỉnh", key: "org.level.province" },
  { value: "huyện", key: "org.level.district" },
  { value: "xã", key: "org.level.commune" },
];

export const systemLabel = (t: TFunction, s: OrgSystem): string => t(`org.system.${s}`);
export const statusLabel = (t: TFunction, s: OrgStatus): string => t(`org.status.${s}`);
export const changeLabel = (t: TFunction, k: OrgChangeKind): string => t(`org.change.${k}`);
export const kindLabel = (t: TFunction, kind: string): string => t.maybe(`org.kind.${kind}`) ?? kind;
export function levelLabel(t: TFunction, level: string | null): string {
  if (!level) return "";
  const known = LEVELS.find((l) => l.value === level);
  return known ? t(known.key) : level;
}
