// The inbox: the cases of the bodies the official reads, soonest due first, overdue marked.
import { Select, Space, Table } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { CaseRow, Status } from "../../../src/modules/citizen-cases/contract.ts";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import { KIND, STATUS, vnDate } from "./labels.ts";

export function CasesPage() {
  const t = useT();
  const [status, setStatus] = useState<Status | "">("");
  const list = useApi<CaseRow[]>("/api/citizen-cases", status ? { status } : undefined);
  return (
    <>
      <PageHeader title={t("cases.title")} intro={t("cases.intro")} />
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="cases-status">{t("cases.filter.status")}</label>
        <Select
          id="cases-status"
          style={{ minWidth: 180 }}
          value={status}
          onChange={setStatus}
          options={[
            { value: "", label: t("cases.all") },
            ...Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label })),
          ]}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<CaseRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t("cases.empty") }}
        scroll={{ x: true }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t("cases.code"),
            dataIndex: "code",
            render: (code: string, r) => <Link to={`/feedback/${r.id}`}>{code}</Link>,
          },
          { title: t("cases.subject"), dataIndex: "title" },
          { title: t("cases.kind"), dataIndex: "kind", render: (k: CaseRow["kind"]) => KIND[k] },
          { title: t("cases.ward"), dataIndex: "wardName" },
          {
            title: t("cases.status"),
            dataIndex: "status",
            render: (s: Status, r) => (
              <Space size={4} wrap>
                <span>
                  <StatusTag tone={STATUS[s].tone}>{STATUS[s].label}</StatusTag>
                </span>
                {r.publishedAt ? <StatusTag tone="good">{t("cases.published")}</StatusTag> : null}
              </Space>
            ),
          },
          {
            title: t("cases.due"),
            dataIndex: "dueDate",
            render: (d: string | null, r) => (
              <>
                {vnDate(d)} {r.overdue ? <StatusTag tone="bad">{t("cases.overdue")}</StatusTag> : null}
              </>
            ),
          },
          { title: t("cases.handler"), dataIndex: "handlerName" },
        ]}
      />
    </>
  );
}
