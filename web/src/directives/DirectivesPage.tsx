// The list of directive documents (search without diacritics, filters by status, issuer and type) and
// the upload of a new one, with its progress; an import opens the review of its draft.
import { ApartmentOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Progress, Select, Table, Upload } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { isApiError } from "../shared/api.ts";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { Filter, FilterBar, SearchInput } from "../shared/filters/FilterBar.tsx";
import { type FilterChanges, useUrlFilters } from "../shared/filters/useUrlFilters.ts";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { useApi } from "../shared/useApi.ts";
import {
  type DirectiveList,
  type DirectiveStatus,
  type DirectiveSummary,
  documentName,
  uploadDirective,
} from "./api.ts";
import { DirectiveStatusTag } from "./labels.tsx";

const STATUSES: DirectiveStatus[] = ["draft", "confirmed", "stub"];

export function DirectivesPage() {
  const t = useT();
  const { params, update } = useUrlFilters();
  const q = params.get("q") ?? "";
  const filters = { q, status: params.get("status"), issuer: params.get("issuer"), type: params.get("type") };
  const list = useApi<DirectiveList>("/api/directives", filters);
  const all = useApi<DirectiveList>("/api/directives");
  // Documents known only by citation are left out of the list unless asked for (or searched).
  const stubs = list.data?.facets.statuses.stub ?? 0;
  const options = (counts: Record<string, number> | undefined) =>
    Object.entries(counts ?? {})
      .sort(([a], [b]) => a.localeCompare(b, "vi"))
      .map(([value, n]) => ({ value, label: `${value} (${n})` }));

  const choices = [
    {
      name: "status",
      label: t("dir.list.status"),
      options: STATUSES.map((s) => ({ value: s, label: t(`dir.status.${s}`) })),
    },
    {
      name: "issuer",
      label: t("dir.list.issuer"),
      options: options(all.data?.facets.issuers),
      showSearch: true,
    },
    { name: "type", label: t("dir.list.type"), options: options(all.data?.facets.types) },
  ] as const;

  return (
    <>
      <PageHeader
        title={t("dir.list.title")}
        intro={t("dir.list.intro")}
        actions={
          <Link to="/directives/cascade">
            <Button icon={<ApartmentOutlined aria-hidden />}>{t("dir.cascade.open")}</Button>
          </Link>
        }
      />
      <UploadCard />
      <Section id="dir-list-h" title={t("dir.list.documents")} className="tt-section">
        <FilterBar>
          <Filter htmlFor="dir-q" label={t("dir.list.search")}>
            <SearchInput id="dir-q" value={q} onSearch={(v) => update({ q: v })} />
          </Filter>
          {choices.map((c) => (
            <ChoiceFilter key={c.name} {...c} value={filters[c.name]} onChange={update} />
          ))}
        </FilterBar>
        <ErrorAlert error={list.error} />
        {!filters.status && !q && stubs ? (
          <p className="tt-muted">
            {t("dir.list.stubsHidden", { n: stubs })}{" "}
            <Button type="link" size="small" onClick={() => update({ status: "stub" })}>
              {t("dir.list.showStubs")}
            </Button>
          </p>
        ) : null}
        <Table<DirectiveSummary>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("dir.list.empty") }}
          columns={[
            {
              title: t("dir.col.document"),
              key: "doc",
              render: (_, d) => (
                <div>
                  <Link to={d.status === "draft" ? `/directives/${d.id}/review` : `/directives/${d.id}`}>
                    {documentName(d)}
                  </Link>
                  <div className="tt-small tt-muted">{d.title}</div>
                </div>
              ),
            },
            { title: t("dir.col.issuer"), dataIndex: "issuerName", key: "issuer", responsive: ["md"] },
            {
              title: t("dir.col.date"),
              key: "date",
              className: "tt-nowrap",
              render: (_, d) => formatDate(d.issuedOn),
              responsive: ["sm"],
            },
            {
              title: t("dir.col.status"),
              key: "status",
              render: (_, d) => <DirectiveStatusTag status={d.status} />,
            },
            {
              title: t("dir.col.assignments"),
              dataIndex: "assignments",
              key: "assignments",
              align: "right",
              responsive: ["lg"],
            },
          ]}
        />
      </Section>
    </>
  );
}

/** One of the list's choices (status, issuer, type): empty means all. */
function ChoiceFilter({
  name,
  label,
  value,
  onChange,
  options,
  showSearch,
}: {
  name: string;
  label: string;
  value: string | null;
  onChange(changes: FilterChanges): void;
  options: Array<{ value: string; label: string }>;
  showSearch?: boolean;
}) {
  const t = useT();
  return (
    <Filter htmlFor={`dir-${name}`} label={label}>
      <Select
        id={`dir-${name}`}
        allowClear
        showSearch={showSearch}
        value={value ?? undefined}
        onChange={(v?: string) => onChange({ [name]: v ?? null })}
        options={options}
        placeholder={t("dir.list.all")}
        style={{ width: "100%" }}
      />
    </Filter>
  );
}

function UploadCard() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [owner, setOwner] = useState<string | null>(me.actingOrgId ?? me.memberships[0]?.orgId ?? null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const memberOf = new Set(me.memberships.map((m) => m.orgId));

  const send = async (file: File) => {
    setError(null);
    setProgress(0);
    try {
      const r = await uploadDirective(file, owner, (share) => setProgress(Math.round(share * 95)));
      setProgress(100);
      navigate(`/directives/${r.id}/review`);
    } catch (e) {
      setError(e);
      setProgress(null);
    }
  };
  const existing =
    isApiError(error) && error.code === "CONFLICT"
      ? (error.details as { link?: string } | undefined)?.link
      : undefined;

  return (
    <Card className="tt-form-card" aria-labelledby="dir-upload-h">
      <h2 id="dir-upload-h" className="tt-card-h2">
        {t("dir.upload.title")}
      </h2>
      <div className="tt-filter">
        <label htmlFor="dir-owner">{t("dir.upload.owner")}</label>
        <OrgTreeSelect
          id="dir-owner"
          value={owner}
          onChange={(v) => setOwner(typeof v === "string" ? v : null)}
          disabled={me.isAdmin ? undefined : (o) => !memberOf.has(o.id)}
        />
      </div>
      <Upload.Dragger
        accept=".txt,.md,.docx,.pdf"
        multiple={false}
        showUploadList={false}
        disabled={progress !== null && progress < 100}
        customRequest={({ file }) => void send(file as File)}
        aria-label={t("dir.upload.drop")}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p>{t("dir.upload.drop")}</p>
        <p className="tt-small tt-muted">{t("dir.upload.hint")}</p>
      </Upload.Dragger>
      {progress !== null ? (
        <div aria-live="polite">
          {/* No tick while the file is still being read: success is the draft's review page opening. */}
          <Progress
            percent={progress}
            status="active"
            format={(p) => `${p ?? 0}%`}
            aria-label={t("dir.upload.progress")}
          />
          <div className="tt-small tt-muted">
            {t(progress < 95 ? "dir.upload.sending" : "dir.upload.reading")}
          </div>
        </div>
      ) : null}
      {existing ? (
        <Alert
          type="warning"
          showIcon
          className="tt-alert"
          message={(error as Error).message}
          description={<Link to={existing}>{t("dir.upload.openExisting")}</Link>}
        />
      ) : (
        <ErrorAlert error={error} />
      )}
    </Card>
  );
}
