// Mapping the units a document names ("Phòng Tư pháp", "Ủy ban nhân dân 16 phường", "các cơ quan,
// đơn vị") to bodies of the organisation tree. Pure: the tree, the context body and the remembered
// mappings are passed in. The rules, in order:
//   1. what an official confirmed for this name under this context body before (unit_mappings);
//   2. local units by number or "các": "16 phường", "UBND các phường, xã" → the ward-kind children of
//      the context body (the issuer's body, or the nearest ancestor that has such children);
//   3. any other plural ("các cơ quan, đơn vị", "các sở, ban, ngành") → a set the official chooses
//      (candidates: the context body's children);
//   4. names, short names and aliases, diacritics folded and common abbreviations expanded; a body at or
//      below the context body wins over a namesake elsewhere ("Ban Nội chính Thành ủy" in a city's
//      programme is that city's); a partial name is only taken near the context body.
import { foldVietnamese } from "../../../core/text/fold.ts";

/** Kinds of the local units a "16 phường" / "các xã" collective means. Kinds are data of the tree. */
export const LOCAL_UNIT_KINDS: ReadonlySet<string> = new Set(["ward", "commune", "township"]);

export interface TreeOrg {
  id: string;
  parentId: string | null;
  /** Ids from the root to the body itself. */
  lineage: readonly string[];
  kind: string;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
  active: boolean;
}

export type UnitSource = "remembered" | "rule" | "name" | "none";

export interface UnitSuggestion {
  text: string;
  key: string;
  orgIds: string[];
  source: UnitSource;
  /** A plural the official turns into a set of bodies. */
  collective: boolean;
  /** Bodies to offer in the picker, best first (may include the chosen ones). */
  candidates: string[];
  /** Why the suggestion needs a look, in Vietnamese (count mismatch, ambiguous name...). */
  note: string | null;
}

// Abbreviations of Vietnamese administrative names, folded, longest first.
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bubmttqvn\b/g, "uy ban mat tran to quoc viet nam"],
  [/\bmttqvn\b/g, "mat tran to quoc viet nam"],
  [/\bmttq\b/g, "mat tran to quoc"],
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bubkt\b/g, "uy ban kiem tra"],
  [/\bbtv\b/g, "ban thuong vu"],
  [/\bbcs\b/g, "ban can su"],
  [/\bthads\b/g, "thi hanh an dan su"],
  [/\bub\b/g, "uy ban"],
  [/\bvp\b/g, "van phong"],
  [/\btp\b/g, "thanh pho"],
  [/\bq\b/g, "quan"],
];

/** Folded name with abbreviations written out: the form names are compared in. */
export function nameForm(text: string): string {
  let s = foldVietnamese(text);
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s.replace(/\s+/g, " ").trim();
}

/**
 * The key of a unit name: its name form without the words around a body's name that do not change
 * which body is meant ("Giao ...", "Thủ trưởng ...", "Chủ tịch ...", "... có liên quan", "... khẩn trương").
 */
export function unitKey(text: string): string {
  let s = nameForm(text);
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/^(?:giao(?: cho)?|de nghi|yeu cau|va|cung|voi) /, "")
      .replace(/^(?:thu truong|nguoi dung dau|chu tich|giam doc|pho chu tich) (?:cac )?/, (m) =>
        m.endsWith("cac ") ? "cac " : "",
      )
      .replace(/^truong (?=ban |phong )/, "")
      .replace(/^chanh (?=van phong|thanh tra)/, "")
      .replace(/ (?:co lien quan|lien quan|khan truong|chu dong|tich cuc|kip thoi|thuc hien)$/, "");
  }
  return s.trim();
}

const LOCAL_UNITS = /^(?:uy ban nhan dan )?(?:(\d{1,3})|cac) (?:phuong|xa|thi tran)\b(.*)$/;
const COLLECTIVE =
  /^(?:cac |toan the |moi )|^(?:co quan|don vi|so ban nganh|ban nganh|dia phuong|cap uy|doan the)\b/;

export class OrgIndex {
  readonly byId = new Map<string, TreeOrg>();
  private readonly children = new Map<string, TreeOrg[]>();
  private readonly forms: Array<{ org: TreeOrg; form: string; tokens: Set<string> }> = [];

  constructor(orgs: readonly TreeOrg[]) {
    for (const o of orgs) {
      this.byId.set(o.id, o);
      if (o.parentId) this.children.set(o.parentId, [...(this.children.get(o.parentId) ?? []), o]);
      if (!o.active) continue;
      for (const n of [o.name, o.shortName, ...o.aliases]) {
        if (!n) continue;
        const form = nameForm(n);
        if (form) this.forms.push({ org: o, form, tokens: new Set(form.split(" ")) });
      }
    }
  }

  childrenOf(id: string): TreeOrg[] {
    return (this.children.get(id) ?? []).filter((o) => o.active);
  }

  /** The active local units (wards, communes) under the context body or its nearest ancestor that has some. */
  localUnitsFor(contextId: string | null): TreeOrg[] {
    const start = contextId ? this.byId.get(contextId) : undefined;
    if (!start) return [];
    for (const id of [...start.lineage].reverse()) {
      const units = this.childrenOf(id).filter((o) => LOCAL_UNIT_KINDS.has(o.kind));
      if (units.length) return units;
    }
    return [];
  }

  /** Tree distance used to prefer bodies at or below the context body, then near relatives. */
  distance(contextId: string | null, org: TreeOrg): { d: number; near: boolean } {
    const ctx = contextId ? this.byId.get(contextId) : undefined;
    if (!ctx) return { d: 0, near: true };
    const at = org.lineage.indexOf(ctx.id);
    if (at >= 0) return { d: org.lineage.length - 1 - at, near: true };
    let common = 0;
    while (common < ctx.lineage.length && ctx.lineage[common] === org.lineage[common]) common++;
    const up = ctx.lineage.length - common;
    const down = org.lineage.length - common;
    // Near: the common ancestor is at most two levels above the context body.
    return { d: 100 + up * 10 + down, near: common > 0 && up <= 2 };
  }

  /** Bodies whose names match `key`, best first. */
  byName(key: string, contextId: string | null): Array<{ org: TreeOrg; bucket: number; overlap: number }> {
    const tokens = key.split(" ").filter(Boolean);
    if (!tokens.length) return [];
    const best = new Map<string, { org: TreeOrg; bucket: number; overlap: number }>();
    for (const f of this.forms) {
      let bucket = 0;
      const shared = tokens.filter((t) => f.tokens.has(t)).length;
      const overlap = shared / (tokens.length + f.tokens.size - shared);
      if (f.form === key) bucket = 3;
      // One name begins the other: "Phòng Tư pháp" / "Phòng Tư pháp quận X".
      else if (tokens.length >= 2 && f.form.startsWith(`${key} `)) bucket = 2;
      else if (f.tokens.size >= 2 && key.startsWith(`${f.form} `)) bucket = 2;
      // Shared words only: offered in the picker, never taken by itself.
      else if (shared === tokens.length || shared === f.tokens.size || overlap >= 0.6) bucket = 1;
      if (!bucket) continue;
      const prev = best.get(f.org.id);
      if (!prev || bucket > prev.bucket || (bucket === prev.bucket && overlap > prev.overlap))
        best.set(f.org.id, { org: f.org, bucket, overlap });
    }
    const scored = [...best.values()].map((m) => ({ ...m, ...this.distance(contextId, m.org) }));
    // A partial name far from the context body is somebody else's namesake.
    return scored
      .filter((m) => m.bucket === 3 || m.near)
      .sort((a, b) => b.bucket - a.bucket || a.d - b.d || b.overlap - a.overlap)
      .map(({ org, bucket, overlap }) => ({ org, bucket, overlap }));
  }
}

/** First words of body names that a plural names as a kind ("các sở, ban" → "Sở …", "Ban …"), longest first. */
const KIND_HEADS = [
  "chi cuc",
  "trung tam",
  "van phong",
  "thanh tra",
  "so",
  "ban",
  "phong",
  "cuc",
  "vu",
  "vien",
  "hoi",
];
/** Words of a plural that name no kind ("các cơ quan, đơn vị", "ngành"): any body fits. */
const GENERIC = /\b(?:co quan|don vi|nganh|doan the|to chuc)\b/;
/** Plurals that mean the administrations below: "các địa phương", "quận, huyện". */
const SUBORDINATE = /\b(?:dia phuong|quan huyen|cap huyen|huyen thi xa)\b/;

/**
 * The children of the context body a plural can mean. Kind words of the plural name the first
 * words of the bodies' names ("các sở, ban" → "Sở …", "Ban …"); generic words ("cơ quan, đơn vị",
 * "ngành") take any. An administration below of the context's own kind (a district's People's
 * Committee under the city's) is a locality, meant only by "các địa phương" and its like — not by
 * "các sở, ban, ngành", which the reviewer's "take all suggested" turned into that district.
 */
export function collectivePool(key: string, children: readonly TreeOrg[], contextKind: string): TreeOrg[] {
  const pool = children.filter((o) => !LOCAL_UNIT_KINDS.has(o.kind));
  if (SUBORDINATE.test(key)) return pool.filter((o) => o.kind === contextKind);
  const bodies = pool.filter((o) => o.kind !== contextKind);
  const padded = ` ${key} `;
  const heads = KIND_HEADS.filter((h) => padded.includes(` ${h} `));
  const named = bodies.filter((o) => heads.some((h) => nameForm(o.name).startsWith(`${h} `)));
  // Kinds named alone ("các sở") take their own bodies; beside a generic word ("các sở, ban,
  // ngành") they come first, then the rest.
  if (named.length && !GENERIC.test(key)) return named;
  return [...named, ...bodies.filter((o) => !named.includes(o))];
}

/** Suggests the bodies a unit name means. */
export function suggestUnit(
  text: string,
  index: OrgIndex,
  contextId: string | null,
  remembered: ReadonlyMap<string, readonly string[]>,
): UnitSuggestion {
  const key = unitKey(text);
  const base = { text, key, candidates: [] as string[], note: null as string | null };
  const known = remembered.get(key)?.filter((id) => index.byId.get(id)?.active);
  const local = LOCAL_UNITS.exec(key);
  const collective = Boolean(local) || COLLECTIVE.test(key);
  if (known?.length)
    return { ...base, orgIds: [...known], source: "remembered", collective, candidates: [...known] };

  if (local) {
    const units = index.localUnitsFor(contextId);
    const ids = units.map((u) => u.id);
    const notes: string[] = [];
    if (!units.length) notes.push("Không tìm thấy phường, xã trực thuộc trong cây tổ chức.");
    if (local[1] && units.length && Number(local[1]) !== units.length)
      notes.push(`Văn bản ghi ${local[1]} đơn vị, cây tổ chức có ${units.length}.`);
    if (local[2]?.trim()) notes.push(`Phần còn lại "${local[2].trim()}" cần xác định riêng.`);
    return {
      ...base,
      orgIds: ids,
      source: units.length ? "rule" : "none",
      collective: true,
      candidates: ids,
      note: notes.join(" ") || null,
    };
  }
  if (collective) {
    const ctx = contextId ? index.byId.get(contextId) : undefined;
    const pool = ctx ? collectivePool(key, index.childrenOf(ctx.id), ctx.kind) : [];
    return {
      ...base,
      orgIds: [],
      source: "none",
      collective: true,
      candidates: pool.map((o) => o.id),
      note: "Tên chung: hãy chọn các cơ quan, đơn vị cụ thể.",
    };
  }
  const matches = index.byName(key, contextId);
  const candidates = matches.slice(0, 8).map((m) => m.org.id);
  const [first, second] = matches;
  if (!first) return { ...base, orgIds: [], source: "none", collective: false, candidates };
  const d1 = index.distance(contextId, first.org);
  const tie =
    second &&
    second.bucket === first.bucket &&
    index.distance(contextId, second.org).d === d1.d &&
    Math.abs(second.overlap - first.overlap) < 1e-9;
  if (tie || !d1.near || first.bucket < 2)
    return {
      ...base,
      orgIds: [],
      source: "none",
      collective: false,
      candidates,
      note: tie
        ? "Nhiều cơ quan trùng tên: hãy chọn."
        : first.bucket < 2
          ? "Chỉ tìm thấy tên gần giống: hãy chọn."
          : "Cơ quan cùng tên ở nơi khác: hãy kiểm tra.",
    };
  return { ...base, orgIds: [first.org.id], source: "name", collective: false, candidates };
}
