// The reporting duties a draft states: the text as written, and the bodies the report goes to (and
// through), mapped where the rules found them and corrected here.
import { useT } from "../../i18n/index.tsx";
import { formatDate } from "../../shared/dates.ts";
import { Filter, FilterBar } from "../../shared/filters/FilterBar.tsx";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Reporting } from "../api.ts";

/** A duty's two ends: the body reported to, and the body the report goes through. */
const ENDS = [
  { side: "to", label: "dir.reporting.to", text: "toText", org: "toOrgId" },
  { side: "via", label: "dir.reporting.via", text: "viaText", org: "viaOrgId" },
] as const;

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
            {ENDS.map((end) => (
              <Filter
                key={end.side}
                htmlFor={`${end.side}-${d.id}`}
                label={
                  <>
                    {t(end.label)} {d[end.text] ? <span className="tt-muted">({d[end.text]})</span> : null}
                  </>
                }
              >
                <OrgTreeSelect
                  id={`${end.side}-${d.id}`}
                  value={d[end.org]}
                  allowClear
                  onChange={(v) => onChange(d, { [end.org]: typeof v === "string" ? v : null })}
                  disabled={canEdit ? undefined : () => true}
                />
              </Filter>
            ))}
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
