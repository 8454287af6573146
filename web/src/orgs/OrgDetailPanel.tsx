// One body: its data, the bodies above and below, its former names and its reorganisation events
// (with links to the bodies on the other side of each), and the administrators' actions.
import { Button, Card, Descriptions, Empty, Space, Spin, Timeline } from "antd";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { collator } from "../shared/fold.ts";
import { changeLabel, kindLabel, levelLabel, statusLabel, systemLabel } from "../shared/orgs/labels.ts";
import type { Org, OrgDetail } from "../shared/orgs/types.ts";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";

export type OrgAction = "edit" | "rename" | "move" | "merge" | "split" | "dissolve";
/** The reorganisation events, offered only on an active body (dissolving last, in red). */
const CHANGES = ["rename", "move", "merge", "split", "dissolve"] as const;

export interface OrgDetailPanelProps {
  id: string;
  /** Every body (active or not), to name parents, successors and children. */
  byId: ReadonlyMap<string, Org>;
  refreshKey: number;
  onAction(action: OrgAction, org: OrgDetail): void;
}

export function OrgDetailPanel({ id, byId, refreshKey, onAction }: OrgDetailPanelProps) {
  const t = useT();
  const me = useMe();
  const { data: org, error, loading } = useApi<OrgDetail>(`/api/orgs/${id}`, undefined, refreshKey);
  if (error) return <ErrorAlert error={error} />;
  if (!org || org.id !== id) return loading ? <Spin aria-label={t("app.loading")} /> : null;

  const link = (orgId: string | null, fallback?: string) =>
    orgId ? <Link to={`/admin/orgs/${orgId}`}>{byId.get(orgId)?.name ?? fallback ?? orgId}</Link> : null;
  const children = [...byId.values()]
    .filter((o) => o.parentId === org.id)
    .sort((a, b) => collator.compare(a.name, b.name));
  const active = org.status === "active";

  return (
    <Card
      className="tt-org-detail"
      title={<h2 className="tt-h2 tt-wrap">{org.name}</h2>}
      extra={<StatusTag tone={active ? "good" : "bad"}>{statusLabel(t, org.status)}</StatusTag>}
    >
      {me.isAdmin ? (
        <Space wrap className="tt-org-actions">
          <Button onClick={() => onAction("edit", org)}>{t("orgs.action.edit")}</Button>
          {CHANGES.map((action) => (
            <Button
              key={action}
              danger={action === "dissolve" || undefined}
              onClick={() => onAction(action, org)}
              disabled={!active}
            >
              {t(`orgs.action.${action}`)}
            </Button>
          ))}
        </Space>
      ) : null}
      <Descriptions column={1} size="small" bordered className="tt-descriptions">
        {org.shortName ? (
          <Descriptions.Item label={t("orgs.detail.shortName")}>{org.shortName}</Descriptions.Item>
        ) : null}
        {org.code ? <Descriptions.Item label={t("orgs.detail.code")}>{org.code}</Descriptions.Item> : null}
        <Descriptions.Item label={t("orgs.detail.system")}>{systemLabel(t, org.system)}</Descriptions.Item>
        <Descriptions.Item label={t("orgs.detail.kind")}>{kindLabel(t, org.kind)}</Descriptions.Item>
        {org.level ? (
          <Descriptions.Item label={t("orgs.detail.level")}>{levelLabel(t, org.level)}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t("orgs.detail.parent")}>
          {link(org.parentId) ?? t("common.none")}
        </Descriptions.Item>
        {org.validFrom ? (
          <Descriptions.Item label={t("orgs.detail.validFrom")}>
            {formatDate(org.validFrom)}
          </Descriptions.Item>
        ) : null}
        {org.validTo ? (
          <Descriptions.Item label={t("orgs.detail.validTo")}>{formatDate(org.validTo)}</Descriptions.Item>
        ) : null}
        {org.successorId ? (
          <Descriptions.Item label={t("orgs.detail.successor")}>{link(org.successorId)}</Descriptions.Item>
        ) : null}
        {org.aliases.length ? (
          <Descriptions.Item label={t("orgs.detail.aliases")}>{org.aliases.join("; ")}</Descriptions.Item>
        ) : null}
      </Descriptions>

      <p className="tt-org-people">
        <Link to={`/admin/people?orgId=${org.id}`}>{t("orgs.detail.people")}</Link>
      </p>

      {children.length ? (
        <>
          <h3 className="tt-h3">
            {t("orgs.detail.children")} ({children.length})
          </h3>
          <ul className="tt-org-children">
            {children.map((c) => (
              <li key={c.id}>
                <Link to={`/admin/orgs/${c.id}`}>{c.name}</Link>
                {c.status !== "active" ? <> — {statusLabel(t, c.status)}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="tt-h3">{t("orgs.detail.names")}</h3>
      {org.names.length ? (
        <ul className="tt-plain-list">
          {org.names.map((n) => (
            <li key={`${n.name}:${n.validFrom ?? ""}`}>
              {n.name}
              {n.validFrom || n.validTo ? (
                <span className="tt-muted">
                  {" "}
                  ({t("orgs.detail.period", { from: formatDate(n.validFrom), to: formatDate(n.validTo) })})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="tt-muted">{t("orgs.detail.noNames")}</p>
      )}

      <h3 className="tt-h3">{t("orgs.detail.changes")}</h3>
      {org.changes.length ? (
        <Timeline
          className="tt-timeline"
          items={org.changes.map((c) => ({
            key: c.id,
            children: (
              <div>
                <strong>
                  {formatDate(c.effectiveDate)} — {changeLabel(t, c.kind)}
                </strong>
                {c.decisionRef ? (
                  <div>
                    {t("orgs.detail.decision")}: {c.decisionRef}
                  </div>
                ) : null}
                {c.others.length ? (
                  <ul className="tt-plain-list">
                    {c.others.map((o) => (
                      <li key={`${o.orgId}:${o.role}`}>
                        {link(o.orgId, o.name)} ({t(`org.changeRole.${o.role}`)})
                      </li>
                    ))}
                  </ul>
                ) : null}
                {c.note ? <div className="tt-muted">{c.note}</div> : null}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("orgs.detail.noChanges")} />
      )}
    </Card>
  );
}
