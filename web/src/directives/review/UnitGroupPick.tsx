// Group choices for a unit name: "every ward of the district", every body of one kind under one
// parent, added at once instead of picking sixteen wards one by one. Groups come from the tree:
// each parent with at least two active children of a kind.
import { Select } from "antd";
import { useMemo } from "react";
import { useT } from "../../i18n/index.tsx";
import { foldVietnamese, matchesWords, queryWords } from "../../shared/fold.ts";
import { kindLabel } from "../../shared/orgs/labels.ts";
import { useOrgs } from "../../shared/orgs/useOrgs.ts";

export function UnitGroupPick({
  name,
  value,
  disabled,
  onAdd,
}: {
  name: string;
  value: string[];
  disabled: boolean;
  onAdd(orgIds: string[]): void;
}) {
  const t = useT();
  const { orgs } = useOrgs();
  const groups = useMemo(() => {
    const active = (orgs ?? []).filter((o) => o.status === "active");
    const nameOf = new Map(active.map((o) => [o.id, o.name]));
    const byKey = new Map<string, { parent: string; kind: string; ids: string[] }>();
    for (const o of active) {
      if (!o.parentId || !nameOf.has(o.parentId)) continue;
      const key = `${o.parentId}|${o.kind}`;
      const g = byKey.get(key) ?? { parent: o.parentId, kind: o.kind, ids: [] };
      g.ids.push(o.id);
      byKey.set(key, g);
    }
    return [...byKey]
      .filter(([, g]) => g.ids.length >= 2)
      .map(([key, g]) => ({
        value: key,
        ids: g.ids,
        label: t("dir.units.groupAll", {
          kind: kindLabel(t, g.kind).toLocaleLowerCase("vi"),
          parent: nameOf.get(g.parent) ?? "",
          n: g.ids.length,
        }),
      }));
  }, [orgs, t]);
  if (!groups.length) return null;
  return (
    <Select
      className="tt-unit-group"
      size="small"
      showSearch
      // Without diacritics, as the tree picker: "phuong go vap" finds "phường … Gò Vấp".
      filterOption={(input, option) =>
        matchesWords(foldVietnamese(String(option?.label ?? "")), queryWords(input))
      }
      value={null}
      disabled={disabled}
      aria-label={t("dir.units.groupPick", { name })}
      placeholder={t("dir.units.groupPlaceholder")}
      options={groups.map((g) => ({ value: g.value, label: g.label }))}
      popupMatchSelectWidth={false}
      onChange={(key: string) => {
        const g = groups.find((x) => x.value === key);
        if (g) onAdd([...new Set([...value, ...g.ids])]);
      }}
    />
  );
}
