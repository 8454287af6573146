// One directive: the header facts, its task groups and tasks with the bodies their assignments went to,
// its reporting duties, what it cites and what implements it, and its place in the cascade.
import { ApartmentOutlined, DownloadOutlined, EditOutlined, TableOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Collapse, Descriptions, Table } from "antd";
import { Link, useParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import { type Citation, type DirectiveDetail, documentName } from "./api.ts";
import { DirectiveStatusTag, orgList, timeframeText } from "./labels.tsx";

type DetailTask = DirectiveDetail["tasks"][number];

export function DirectivePage() {
  const t = useT();
  const { id = "" } = useParams();
  const { data, error, loading } = useApi<DirectiveDetail>(`/api/directives/${id}`);
  if (!data) return error ? <ErrorAlert error={error} /> : <p aria-busy={loading}>{t("app.loading")}</p>;
  const d = data.directive;
  const hasImplementers = data.citedBy.some((c) => c.relation === "implements");

  const taskTable = (tasks: DetailTask[]) => (
    <Table<DetailTask>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tasks}
      // Long task titles wrap; below this width the table scrolls sideways.
      scroll={{ x: 640 }}
      columns={[
        { title: t("dir.col.label"), dataIndex: "label", key: "label", className: "tt-nowrap", width: 90 },
        {
          title: t("dir.col.task"),
          key: "title",
          render: (_, x) => (
            <>
              <div>{x.title}</div>
              {x.assign ? null : <StatusTag tone="neutral">{t("dir.task.notAssigned")}</StatusTag>}
              {x.outsideBodies.length ? (
                <div className="tt-small" data-testid={`outside-${x.label}`}>
                  {t("dir.task.outside")}: {x.outsideBodies.join("; ")}
                </div>
              ) : null}
            </>
          ),
        },
        {
          title: t("dir.col.leads"),
          key: "leads",
          width: "30%",
          render: (_, x) =>
            x.assignments.length ? (
              <span data-testid={`leads-${x.label}`}>
                {x.assignments.length > 3
                  ? t("dir.detail.assignedMany", {
                      n: x.assignments.length,
                      first: orgList(
                        x.assignments.slice(0, 2).map((a) => a.leadOrgId),
                        data.orgs,
                      ) as string,
                    })
                  : orgList(
                      x.assignments.map((a) => a.leadOrgId),
                      data.orgs,
                    )}
              </span>
            ) : (
              <span className="tt-muted">—</span>
            ),
        },
        {
          title: t("dir.col.time"),
          key: "time",
          width: 160,
          responsive: ["md"],
          render: (_, x) => timeframeText(x.timeframe, t),
        },
      ]}
    />
  );

  const citations = (list: Citation[]) =>
    list.length ? (
      <ul className="tt-plain-list">
        {list.map((c) => (
          <li key={c.document.id}>
            <Link to={`/directives/${c.document.id}`}>{documentName(c.document)}</Link>{" "}
            <DirectiveStatusTag status={c.document.status} />{" "}
            <span className="tt-muted">{t(`dir.relation.${c.relation}`)}</span>
            {c.inferred ? <span className="tt-small tt-muted"> · {t("dir.detail.inferred")}</span> : null}
            {c.document.title ? <div className="tt-small">{c.document.title}</div> : null}
          </li>
        ))}
      </ul>
    ) : (
      <p className="tt-muted">{t("common.none")}</p>
    );

  return (
    <>
      <PageHeader
        title={documentName(d)}
        intro={d.title}
        actions={
          <>
            {d.status === "draft" ? (
              <Link to={`/directives/${d.id}/review`}>
                <Button type="primary" icon={<EditOutlined aria-hidden />}>
                  {t("dir.detail.review")}
                </Button>
              </Link>
            ) : null}
            {data.cascade.coverageParents.map((p) => (
              <Link key={p} to={`/directives/${p}/coverage`}>
                <Button icon={<TableOutlined aria-hidden />}>{t("dir.detail.coverageAbove")}</Button>
              </Link>
            ))}
            {hasImplementers ? (
              <Link to={`/directives/${d.id}/coverage`}>
                <Button icon={<TableOutlined aria-hidden />}>{t("dir.detail.coverage")}</Button>
              </Link>
            ) : null}
            <Link to={`/directives/cascade?rootId=${d.id}`}>
              <Button icon={<ApartmentOutlined aria-hidden />}>{t("dir.detail.cascade")}</Button>
            </Link>
            {data.file ? (
              <a href={`/api/directives/${d.id}/file`} download>
                <Button icon={<DownloadOutlined aria-hidden />}>{t("dir.detail.file")}</Button>
              </a>
            ) : null}
          </>
        }
      />
      {d.status === "stub" ? (
        <Alert type="info" showIcon className="tt-alert" message={t("dir.detail.stub")} />
      ) : null}
      <Card className="tt-section" size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t("dir.fact.status")}>
            <DirectiveStatusTag status={d.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.type")}>{d.typeName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.symbol")}>
            {d.symbol ?? t("dir.fact.noSymbol")}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.issuer")}>
            {d.issuerName ?? "—"}
            {d.parentIssuerName ? <span className="tt-muted"> ({d.parentIssuerName})</span> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.date")}>
            {[d.place, formatDate(d.issuedOn)].filter(Boolean).join(", ") || "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.signer")}>
            {d.signer
              ? [d.signer.authority, d.signer.position, d.signer.name].filter(Boolean).join(" ")
              : "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.owner")}>
            {d.ownerOrgId ? data.orgs[d.ownerOrgId]?.name : "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.confirmedAt")}>
            {d.confirmedAt ? formatDate(d.confirmedAt) : "—"}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {data.groups.length || data.tasks.length ? (
        <Section id="tasks-h" title={t("dir.detail.tasks")} className="tt-section">
          {data.groups.some((g) => g.derived) ? (
            <Alert type="info" showIcon className="tt-alert" message={t("dir.detail.derivedGroups")} />
          ) : null}
          <Collapse
            defaultActiveKey={data.groups.slice(0, 1).map((g) => g.id)}
            items={[
              ...data.groups.map((g) => ({
                key: g.id,
                label: `${g.label}. ${g.title}`,
                children: taskTable(data.tasks.filter((x) => x.groupId === g.id)),
              })),
              ...(data.tasks.some((x) => x.kind === "responsibility")
                ? [
                    {
                      key: "resp",
                      label: t("dir.review.responsibilities"),
                      children: taskTable(data.tasks.filter((x) => x.kind === "responsibility")),
                    },
                  ]
                : []),
            ]}
          />
        </Section>
      ) : null}
      {data.reporting.length ? (
        <Section id="rep-h" title={t("dir.detail.reporting")} className="tt-section">
          <ul className="tt-plain-list">
            {data.reporting.map((r) => (
              <li key={r.id}>
                <div>{r.text}</div>
                <div className="tt-small tt-muted">
                  {t("dir.reporting.to")}: {r.toOrgId ? data.orgs[r.toOrgId]?.name : (r.toText ?? "—")}
                  {r.viaOrgId || r.viaText
                    ? ` · ${t("dir.reporting.via")}: ${r.viaOrgId ? data.orgs[r.viaOrgId]?.name : r.viaText}`
                    : ""}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="cascade-h" title={t("dir.detail.place")} className="tt-section">
        <div className="tt-split-2">
          <div>
            <h3 className="tt-h3">{t("dir.detail.cites")}</h3>
            {citations(data.cites.filter((c) => c.relation !== "mentions"))}
            {data.cites.some((c) => c.relation === "mentions") ? (
              <details>
                <summary>
                  {t("dir.detail.mentions", {
                    n: data.cites.filter((c) => c.relation === "mentions").length,
                  })}
                </summary>
                {citations(data.cites.filter((c) => c.relation === "mentions"))}
              </details>
            ) : null}
          </div>
          <div>
            <h3 className="tt-h3">{t("dir.detail.citedBy")}</h3>
            {citations(data.citedBy)}
          </div>
        </div>
      </Section>
    </>
  );
}
