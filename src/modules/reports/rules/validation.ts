// The checks of a report's figures: each value of the kind its indicator declares, the relations
// between indicators ("đã giải quyết đúng hạn ≤ đã giải quyết") refused with a Vietnamese message,
// and a value far outside the unit's history flagged, not refused (issue 14 item 2).
import type { IndicatorDef, ValidationRule } from "../contract.ts";

export type Value = number | boolean | null;

/** Problems that refuse a submission; a draft is saved with them (and shows them). */
export function problemsOf(
  defs: readonly IndicatorDef[],
  rules: readonly ValidationRule[],
  values: Readonly<Record<string, Value>>,
  { complete, consolidated = false }: { complete: boolean; consolidated?: boolean },
): string[] {
  const out: string[] = [];
  const byKey = new Map(defs.map((d) => [d.key, d]));
  for (const k of Object.keys(values))
    if (!byKey.has(k)) out.push(`Chỉ tiêu "${k}" không có trong chế độ báo cáo này.`);
  for (const d of defs) {
    const v = values[d.key] ?? null;
    if (v === null) {
      if (complete && !d.computed) out.push(`Chưa nhập chỉ tiêu "${d.label}".`);
      continue;
    }
    if (d.kind === "yes_no") {
      // A consolidated report holds how many units answered "yes".
      const counted = consolidated && typeof v === "number" && Number.isInteger(v) && v >= 0;
      if (typeof v !== "boolean" && !counted) out.push(`"${d.label}" chỉ nhận Có hoặc Không.`);
      continue;
    }
    if (typeof v !== "number" || !Number.isFinite(v)) {
      out.push(`"${d.label}" phải là một số.`);
      continue;
    }
    if (v < 0) out.push(`"${d.label}" không được âm.`);
    if (d.kind === "integer" && !Number.isInteger(v)) out.push(`"${d.label}" phải là số nguyên.`);
    if (d.kind === "percent" && (v < 0 || v > 100)) out.push(`"${d.label}" là tỷ lệ, từ 0 đến 100%.`);
  }
  for (const r of rules) {
    const l = values[r.left];
    const rt = values[r.right];
    if (typeof l !== "number" || typeof rt !== "number") continue;
    const ok = r.op === "lte" ? l <= rt : l >= rt;
    if (!ok) {
      const ll = byKey.get(r.left)?.label ?? r.left;
      const rl = byKey.get(r.right)?.label ?? r.right;
      out.push(`"${ll}" (${l}) phải ${r.op === "lte" ? "không lớn hơn" : "không nhỏ hơn"} "${rl}" (${rt}).`);
    }
  }
  return out;
}

/**
 * Values far outside what the unit reported before: more than three times its largest earlier
 * value, or less than a third of its smallest, and by more than 10 — needs at least two earlier
 * reports, so that one unusual period does not set the bar.
 */
export function outliersOf(
  defs: readonly IndicatorDef[],
  values: Readonly<Record<string, Value>>,
  history: readonly Readonly<Record<string, Value>>[],
): { key: string; message: string }[] {
  const out: { key: string; message: string }[] = [];
  for (const d of defs) {
    const v = values[d.key];
    if (d.kind === "yes_no" || typeof v !== "number") continue;
    const past = history.map((h) => h[d.key]).filter((x): x is number => typeof x === "number");
    if (past.length < 2) continue;
    const hi = Math.max(...past);
    const lo = Math.min(...past);
    if ((v > hi * 3 && v - hi > 10) || (v < lo / 3 && lo - v > 10))
      out.push({
        key: d.key,
        message: `"${d.label}" = ${v} khác xa các kỳ trước (từ ${lo} đến ${hi}); hãy kiểm tra lại.`,
      });
  }
  return out;
}
