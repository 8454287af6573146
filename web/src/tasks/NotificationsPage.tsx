// Thông báo: the reminders and urges sent to the official's units (read marks are per person), and
// "Thông báo đã gửi" — what was sent to a unit, to which addresses, when, and whether it went. A
// completion sent for approval reaches the unit's leaders here, with its approve/return one click away.
import { Button, Card, Select, Table, Tabs } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { type TFunction, useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import { formatDate, formatDateTime } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { Filter, FilterBar } from "../shared/filters/FilterBar.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { StatusTag, type Tone } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import type { InboxOut, NotificationOut } from "./api.ts";
import { useMemberUnits } from "./useMemberUnits.ts";
import "./tasks.css";

const DELIVERY_TONE: Record<NotificationOut["deliveries"][number]["status"], Tone> = {
  sent: "good",
  pending: "info",
  not_sent: "neutral",
  failed: "bad",
  no_recipients: "warn",
};

type Stage = NotificationOut["items"][number]["stage"];
const stageLabel = (stage: Stage) =>
  (stage === "approval_requested" || stage === "returned"
    ? `home.stage.${stage}`
    : `tasks.stage.${stage}`) as never;
const STAGE_TONE: Partial<Record<Stage, Tone>> = {
  overdue: "bad",
  escalated: "bad",
  returned: "bad",
  approval_requested: "warn",
};
const KIND_LABEL = {
  digest: "tasks.notify.digest",
  urge: "tasks.notify.urge",
  approval: "home.kind.approval",
  returned: "home.kind.returned",
} as const;

function Items({ n, t }: { n: NotificationOut; t: TFunction }) {
  return (
    <ul className="tt-plain-list">
      {n.items.map((i) => (
        <li key={`${i.assignmentId}-${i.stage}`}>
          <StatusTag tone={STAGE_TONE[i.stage] ?? "info"}>{t(stageLabel(i.stage))}</StatusTag>{" "}
          <Link to={`/tasks/${i.assignmentId}`}>{i.title}</Link>
          {i.stage === "escalated" || i.stage === "approval_requested" ? ` — ${i.leadOrgName}` : ""}
          {i.note ? <div className="tt-muted">{i.note}</div> : null}
          {i.stage === "approval_requested" ? (
            <div>
              <Link to={`/tasks/${i.assignmentId}#tt-actions-h`}>{t("home.approvals.open")}</Link>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Deliveries({ n, t }: { n: NotificationOut; t: TFunction }) {
  return (
    <>
      {n.deliveries.map((d) => (
        <div key={`${n.id}-${d.channel}`} className="tt-muted">
          {t("tasks.notify.email")}:{" "}
          <StatusTag tone={DELIVERY_TONE[d.status]}>{t(`tasks.delivery.${d.status}` as never)}</StatusTag>{" "}
          {d.sentAt ? formatDateTime(d.sentAt) : ""}{" "}
          {d.recipients.length ? `→ ${d.recipients.join(", ")}` : ""}
          {d.detail ? ` (${d.detail})` : ""}
        </div>
      ))}
    </>
  );
}

function Inbox() {
  const t = useT();
  const [tick, setTick] = useState(0);
  const inbox = useApi<InboxOut>("/api/notifications", undefined, tick);
  return (
    <>
      <ErrorAlert error={inbox.error} />
      <p>{t("tasks.notify.unread", { n: inbox.data?.unread ?? 0 })}</p>
      {(inbox.data?.items ?? []).map((n) => (
        <Card
          key={n.id}
          size="small"
          className="tt-section"
          title={<h3 className="tt-h3">{n.subject}</h3>}
          extra={
            n.readAt ? (
              <span className="tt-muted">{t("tasks.notify.readAt", { at: formatDateTime(n.readAt) })}</span>
            ) : (
              <Button
                size="small"
                onClick={async () => {
                  await api.post(`/api/notifications/${n.id}/read`);
                  setTick((x) => x + 1);
                }}
              >
                {t("tasks.notify.markRead")}
              </Button>
            )
          }
        >
          <div className="tt-muted">
            {n.orgName} · {formatDateTime(n.createdAt)}
          </div>
          <Items n={n} t={t} />
        </Card>
      ))}
      {inbox.data && !inbox.data.items.length ? <p>{t("tasks.notify.none")}</p> : null}
    </>
  );
}

function Sent() {
  const t = useT();
  const me = useMe();
  const units = useMemberUnits();
  const [org, setOrg] = useState(me.actingOrgId ?? units[0]?.value ?? null);
  const sent = useApi<NotificationOut[]>(org ? "/api/notifications/sent" : null, { orgId: org });
  return (
    <>
      <FilterBar>
        <Filter htmlFor="tt-sent-unit" label={t("tasks.filter.unit")}>
          <Select
            id="tt-sent-unit"
            value={org ?? undefined}
            onChange={setOrg}
            options={units}
            popupMatchSelectWidth={false}
          />
        </Filter>
      </FilterBar>
      <ErrorAlert error={sent.error} />
      <Table<NotificationOut>
        rowKey="id"
        size="small"
        loading={sent.loading}
        dataSource={sent.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("tasks.notify.none") }}
        columns={[
          { title: t("tasks.notify.day"), key: "d", render: (_, n) => formatDate(n.digestDate) },
          {
            title: t("tasks.notify.kind"),
            key: "k",
            render: (_, n) => t(KIND_LABEL[n.kind]),
          },
          {
            title: t("tasks.notify.content"),
            key: "c",
            render: (_, n) => (
              <div className="tt-task-cell">
                <strong>{n.subject}</strong>
                <Items n={n} t={t} />
              </div>
            ),
          },
          { title: t("tasks.notify.delivery"), key: "e", render: (_, n) => <Deliveries n={n} t={t} /> },
        ]}
      />
    </>
  );
}

export function NotificationsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t("tasks.notify.title")} intro={t("tasks.notify.intro")} />
      <Tabs
        items={[
          { key: "inbox", label: t("tasks.notify.inbox"), children: <Inbox /> },
          { key: "sent", label: t("tasks.notify.sent"), children: <Sent /> },
        ]}
      />
    </>
  );
}
