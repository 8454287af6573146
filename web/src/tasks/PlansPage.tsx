// Theo dõi kế hoạch: the plans an official follows or works on, with their progress and the
// Government Office's class counts; a plan opens the coordinator's view (or the unit's list).
import { Table } from "antd";
import { Link } from "react-router";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import type { PlanSummary } from "./api.ts";
import { ProgressBar, TaskCell } from "./labels.tsx";
import "./tasks.css";

export function PlansPage() {
  const t = useT();
  const plans = useApi<PlanSummary[]>("/api/plans");
  return (
    <>
      <PageHeader
        title={t("tasks.plans.title")}
        intro={t("tasks.plans.intro")}
        actions={<Link to="/tasks">{t("tasks.list.title")}</Link>}
      />
      <ErrorAlert error={plans.error} />
      <Table<PlanSummary>
        rowKey="id"
        loading={plans.loading}
        dataSource={plans.data ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("tasks.plans.empty") }}
        columns={[
          {
            title: t("tasks.plans.plan"),
            key: "plan",
            render: (_, p) => (
              <TaskCell
                to={p.follows ? `/tasks/plans/${p.id}` : `/tasks?plan=${p.id}&org=all`}
                title={p.symbol ?? t("tasks.plans.noSymbol")}
                note={p.title}
              />
            ),
          },
          { title: t("tasks.plans.coordinator"), key: "c", render: (_, p) => p.coordinatorName ?? "—" },
          {
            title: t("tasks.col.progress"),
            key: "progress",
            render: (_, p) => <ProgressBar percent={p.progress ?? 0} t={t} minWidth={120} />,
          },
          {
            title: t("tasks.class.overdue"),
            key: "o",
            render: (_, p) => (p.counts.overdue ? <StatusTag tone="bad">{p.counts.overdue}</StatusTag> : "0"),
          },
          { title: t("tasks.class.done_on_time"), key: "d", render: (_, p) => p.counts.done_on_time },
          { title: t("tasks.class.done_late"), key: "l", render: (_, p) => p.counts.done_late },
          { title: t("tasks.plans.total"), key: "n", render: (_, p) => p.counts.total },
        ]}
      />
    </>
  );
}
