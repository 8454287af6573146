// The plan view's assignment requests: work the plan asked of bodies outside its owner's authority,
// each with its standing — waiting for the body to accept, accepted, or refused with the reason.
import { Card } from "antd";
import { Link } from "react-router";
import { useT } from "../i18n/index.tsx";
import { FitTable } from "../shared/FitTable.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import type { AssignmentRequest } from "./api.ts";

export function RequestStatusTag({ r }: { r: AssignmentRequest }) {
  const t = useT();
  if (r.status === "pending")
    return <StatusTag tone="warn">{t("tasks.requests.pendingOf", { org: r.org.name })}</StatusTag>;
  if (r.status === "accepted")
    return <StatusTag tone="good">{t("tasks.requests.acceptedOf", { org: r.org.name })}</StatusTag>;
  return (
    <StatusTag tone="bad">
      {t("tasks.requests.refusedOf", { org: r.org.name })}
      {r.reason ? `: ${r.reason}` : ""}
    </StatusTag>
  );
}

export function PlanRequests({ planId }: { planId: string }) {
  const t = useT();
  const requests = useApi<AssignmentRequest[]>(`/api/plans/${planId}/requests`);
  const list = requests.data ?? [];
  if (!list.length) return null;
  return (
    <Card
      size="small"
      className="tt-section"
      title={<h2 className="tt-h3">{t("tasks.requests.planTitle", { n: list.length })}</h2>}
    >
      <p className="tt-muted">{t("tasks.requests.planIntro")}</p>
      <FitTable<AssignmentRequest>
        rowKey="id"
        dataSource={list}
        columns={[
          {
            title: t("tasks.requests.work"),
            key: "w",
            render: (_, r) =>
              r.assignmentId ? <Link to={`/tasks/${r.assignmentId}`}>{r.title}</Link> : r.title,
          },
          { title: t("tasks.requests.to"), key: "o", width: "25%", render: (_, r) => r.org.name },
          {
            title: t("tasks.requests.state"),
            key: "s",
            width: "30%",
            render: (_, r) => <RequestStatusTag r={r} />,
          },
        ]}
      />
    </Card>
  );
}
