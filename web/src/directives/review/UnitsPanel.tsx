// The unit names of a draft and the bodies each means: suggested by the rules (or remembered from an
// earlier confirmation), chosen by the official with the tree picker, or recorded as a body outside the
// tree (given no work); every task naming a unit follows.
import { Button, Checkbox } from "antd";
import { useT } from "../../i18n/index.tsx";
import { CompactTable } from "../../shared/CompactTable.tsx";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import { StatusTag, type Tone } from "../../shared/StatusTag.tsx";
import type { OrgNames, Unit } from "../api.ts";
import { UnitGroupPick } from "./UnitGroupPick.tsx";

const SOURCE_TONE: Record<Unit["source"], Tone> = {
  remembered: "good",
  rule: "info",
  name: "info",
  official: "good",
  none: "warn",
};

export function UnitsPanel({
  units,
  orgs,
  canEdit,
  onMap,
}: {
  units: Unit[];
  orgs: OrgNames;
  canEdit: boolean;
  onMap(unit: Unit, orgIds: string[], outside?: boolean): void;
}) {
  const t = useT();
  return (
    <CompactTable<Unit>
      rowKey="key"
      // Fixed columns inside the page's width: a picker full of chips wraps instead of widening the
      // table, so opening it never scrolls the document's wording out of sight.
      scroll={undefined}
      tableLayout="fixed"
      className="tt-units-table"
      dataSource={units}
      locale={{ emptyText: t("dir.units.empty") }}
      columns={[
        {
          title: t("dir.units.name"),
          key: "text",
          width: "40%",
          render: (_, u) => (
            <div>
              <div>
                <strong>{u.text}</strong>{" "}
                {u.outside ? (
                  <StatusTag tone="neutral">{t("dir.units.outside")}</StatusTag>
                ) : (
                  <StatusTag tone={u.orgIds.length ? SOURCE_TONE[u.source] : "warn"}>
                    {u.orgIds.length ? t(`dir.units.source.${u.source}`) : t("dir.units.unmapped")}
                  </StatusTag>
                )}
              </div>
              <div className="tt-small tt-muted">{t("dir.units.uses", { n: u.uses })}</div>
              {u.note ? <div className="tt-small">{u.note}</div> : null}
            </div>
          ),
        },
        {
          title: t("dir.units.bodies"),
          key: "orgs",
          width: "60%",
          render: (_, u) => (
            <div className="tt-unit-picker">
              {canEdit || u.outside ? (
                <Checkbox
                  checked={u.outside}
                  disabled={!canEdit}
                  onChange={(e) => onMap(u, [], e.target.checked)}
                >
                  {t("dir.units.markOutside")}
                </Checkbox>
              ) : null}
              {u.outside ? (
                <div className="tt-small tt-muted">{t("dir.units.outsideHint")}</div>
              ) : (
                <UnitBodies u={u} orgs={orgs} canEdit={canEdit} onMap={onMap} />
              )}
            </div>
          ),
        },
      ]}
    />
  );
}

function UnitBodies({
  u,
  orgs,
  canEdit,
  onMap,
}: {
  u: Unit;
  orgs: OrgNames;
  canEdit: boolean;
  onMap(unit: Unit, orgIds: string[]): void;
}) {
  const t = useT();
  return (
    <>
      <OrgTreeSelect
        multiple
        value={u.orgIds}
        ariaLabel={t("dir.units.pick", { name: u.text })}
        placeholder={t("dir.units.pickPlaceholder")}
        onChange={(v) => onMap(u, Array.isArray(v) ? v : v ? [v] : [])}
        disabled={canEdit ? undefined : () => true}
      />
      {canEdit ? (
        <UnitGroupPick name={u.text} value={u.orgIds} disabled={!canEdit} onAdd={(ids) => onMap(u, ids)} />
      ) : null}
      {canEdit && u.collective && u.candidates.length > u.orgIds.length ? (
        <Button size="small" type="link" onClick={() => onMap(u, u.candidates)}>
          {t("dir.units.takeCandidates", { n: u.candidates.length })}
        </Button>
      ) : null}
      {!u.orgIds.length && u.candidates.length && !u.collective ? (
        <div className="tt-small tt-muted">
          {t("dir.units.candidates")}{" "}
          {u.candidates.slice(0, 4).map((id) => (
            <Button key={id} size="small" type="link" onClick={() => onMap(u, [id])} disabled={!canEdit}>
              {orgs[id]?.name ?? id}
            </Button>
          ))}
        </div>
      ) : null}
    </>
  );
}
