// The reporting duties a draft states: the text as written, and the bodies the report goes to (and
// through), mapped where the rules found them and corrected here.
import { useT } from "../../i18n/index.tsx";
import { formatDate } from "../../shared/dates.ts";
import { Filter, FilterBar } from "../../shared/filters/FilterBar.tsx";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Reporting } from "../api.ts";

export function ReportingPanel({
  duties,
  canEdit,
  onChange,
}: {
  duties: Reporting[];
  canEdit: boolean;
  onChange(duty: Reporting, body: { toOrgId?: string | null; viaOrgId?: string | null }): void;
}) {
  const t = useT();
  if (!duties.length) return <p className="tt-muted">{t("dir.reporting.none")}</p>;
  return (
    <ul className="tt-plain-list tt-reporting">
      {duties.map((d) => (
        <li key={d.id}>
          <p>{d.text}</p>
          <FilterBar>
            <Filter
              htmlFor={`to-${d.id}`}
              label={
                <>
                  {t("dir.reporting.to")} {d.toText ? <span className="tt-muted">({d.toText})</span> : null}
                </>
              }
            >
              <OrgTreeSelect
                id={`to-${d.id}`}
                value={d.toOrgId}
                allowClear
                onChange={(v) => onChange(d, { toOrgId: typeof v === "string" ? v : null })}
                disabled={canEdit ? undefined : () => true}
              />
            </Filter>
            <Filter
              htmlFor={`via-${d.id}`}
              label={
                <>
                  {t("dir.reporting.via")}{" "}
                  {d.viaText ? <span className="tt-muted">({d.viaText})</span> : null}
                </>
              }
            >
              <OrgTreeSelect
                id={`via-${d.id}`}
                value={d.viaOrgId}
                allowClear
                onChange={(v) => onChange(d, { viaOrgId: typeof v === "string" ? v : null })}
                disabled={canEdit ? undefined : () => true}
              />
            </Filter>
          </FilterBar>
          {d.due.length ? (
            <p className="tt-small tt-muted">
              {t("dir.reporting.due", {
                // "--05-05" is a date that recurs every year.
                dates: d.due
                  .map((x) =>
                    x.startsWith("--")
                      ? `${x.slice(5)}/${x.slice(2, 4)} ${t("dir.reporting.yearly")}`
                      : formatDate(x),
                  )
                  .join(", "),
              })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
