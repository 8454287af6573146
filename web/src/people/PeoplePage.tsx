// The officials of a body (and, for supervisors, the bodies below), or found by name. A body the
// person may not see gets the server's own 403 message.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Switch, Table } from "antd";
import { Link, useNavigate } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { canManagePeople } from "../shared/access.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { Filter, FilterBar, SearchInput } from "../shared/filters/FilterBar.tsx";
import { useUrlFilters } from "../shared/filters/useUrlFilters.ts";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { roleKey } from "../shared/roles.ts";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import type { Person } from "./api.ts";

export function PeoplePage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  // The filters live in the address, so a link ("Xem cán bộ của đơn vị") and Back both work.
  const { params, update } = useUrlFilters();
  const orgId = params.get("orgId") ?? me.actingOrgId ?? me.memberships[0]?.orgId ?? null;
  const below = params.get("below") === "1";
  const q = params.get("q") ?? "";

  const searching = q.trim().length >= 2;
  const { data, error, loading } = useApi<Person[]>(
    searching || orgId ? "/api/people" : null,
    searching ? { q: q.trim() } : { orgId, below: below || undefined },
  );

  return (
    <>
      <PageHeader
        title={t("people.title")}
        intro={t("people.intro")}
        actions={
          canManagePeople(me) ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => navigate("/admin/people/new")}
            >
              {t("people.create")}
            </Button>
          ) : null
        }
      />
      <FilterBar>
        <Filter htmlFor="people-org" label={t("people.org")}>
          <OrgTreeSelect
            id="people-org"
            value={orgId}
            onChange={(v) => update({ orgId: typeof v === "string" ? v : null, q: null })}
          />
        </Filter>
        <div className="tt-filter-inline">
          <Switch id="people-below" checked={below} onChange={(v) => update({ below: v ? "1" : null })} />
          <label htmlFor="people-below">{t("people.below")}</label>
        </div>
        <Filter htmlFor="people-q" label={t("people.search")}>
          <SearchInput
            id="people-q"
            value={q}
            onSearch={(v) => update({ q: v })}
            enterButton={t("common.search")}
            aria-describedby="people-q-hint"
          />
          <span id="people-q-hint" className="tt-muted tt-small">
            {t("people.searchHint")}
          </span>
        </Filter>
      </FilterBar>
      <ErrorAlert error={error} />
      {error ? null : (
        <Table<Person>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data ?? []}
          scroll={{ x: "max-content" }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          title={() =>
            data ? <span data-testid="people-count">{t("people.count", { count: data.length })}</span> : null
          }
          locale={{ emptyText: t("common.noData") }}
          columns={[
            {
              title: t("people.col.name"),
              dataIndex: "fullName",
              render: (_, p) => <Link to={`/admin/people/${p.id}`}>{p.fullName}</Link>,
            },
            { title: t("people.col.username"), dataIndex: "username" },
            {
              title: t("people.col.roles"),
              key: "roles",
              render: (_, p) => (
                <ul className="tt-cell-list">
                  {p.memberships.map((m) => (
                    <li key={m.id}>{t("people.roleAt", { role: t(roleKey(m.role)), org: m.orgName })}</li>
                  ))}
                </ul>
              ),
            },
            {
              title: t("people.col.status"),
              dataIndex: "status",
              render: (s: Person["status"]) => (
                <StatusTag tone={s === "active" ? "good" : "bad"}>{t(`people.status.${s}`)}</StatusTag>
              ),
            },
            {
              title: t("people.col.totp"),
              dataIndex: "totpEnabled",
              render: (on: boolean) => (on ? t("people.totp.on") : t("people.totp.off")),
            },
          ]}
        />
      )}
    </>
  );
}
