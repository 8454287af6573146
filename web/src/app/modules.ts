// Finds every feature module (web/src/*/module.tsx) at build time and fills the shell's slots that
// no module has taken yet with placeholders. Adding a module therefore needs no edit here.
import type { FeatureModule, NavEntry } from "./module.ts";
import { placeholderModules } from "./slots.tsx";

const found = Object.entries(import.meta.glob<{ default: FeatureModule }>("../*/module.tsx", { eager: true }))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, m]) => {
    if (!m.default?.id) throw new Error(`${file} must export default defineModule({ id, … })`);
    return m.default;
  });

const ids = new Set(found.map((m) => m.id));
if (ids.size !== found.length) throw new Error("Two feature modules have the same id");

export const modules: FeatureModule[] = [...placeholderModules.filter((p) => !ids.has(p.id)), ...found];

/** Paths of the menu entries that still lead to a "being built" page. */
export const placeholderPaths = new Set(
  placeholderModules.filter((p) => !ids.has(p.id)).flatMap((p) => (p.nav ?? []).map((n) => n.path)),
);

/** Every menu entry, top level and grouped, ordered. */
export function navEntries(): NavEntry[] {
  return modules.flatMap((m) => m.nav ?? []).sort((a, b) => a.order - b.order);
}
