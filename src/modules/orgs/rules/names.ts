// Pure rules of the tree's names and dates: what search reads of a body, the last day of a body that
// ends when its successor starts, and which fields an edit changed.
import { foldVietnamese } from "../../../core/text/fold.ts";

/** Folded name, short name and aliases, for search that ignores diacritics. */
export const searchTextOf = (o: { name: string; shortName?: string | null; aliases?: string[] | null }) =>
  foldVietnamese([o.name, o.shortName ?? "", ...(o.aliases ?? [])].join(" | "));

/** The day before an ISO date: a body that ends when its successor starts is valid up to the day before. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The ISO date of an instant (UTC), for events that take effect "today". */
export const isoDateOf = (now: Date) => now.toISOString().slice(0, 10);

/** The fields an edit changed, for the audit summary (bookkeeping fields left out). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const fields = Object.keys(after).filter(
    (k) =>
      !["updatedAt", "version", "searchText"].includes(k) &&
      JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return { fields };
}
