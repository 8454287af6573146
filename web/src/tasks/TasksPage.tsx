// Công việc của đơn vị: the work of one unit (as lead, as supporter) — or all the work the official
// follows — as a table or a board by status, overdue first, filtered by class, plan, deadline and
// words; exported to Excel and printable.
import { Button, Pagination, Segmented, Table } from "antd";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { formatDateTime } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useUrlFilters } from "../shared/filters/useUrlFilters.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import { useMediaQuery } from "../shared/useMediaQuery.ts";
import {
  type AssignmentItem,
  type AssignmentList,
  exportUrl,
  type PlanSummary,
  STATUS_CLASSES,
  type StatusClass,
} from "./api.ts";
import { ClassFilter } from "./ClassFilter.tsx";
import { ExportButton, PrintButton } from "./HeaderButtons.tsx";
import { DisplayTag, dueLine, ProgressBar, TaskCell } from "./labels.tsx";
import { ItemCard, TasksBoard } from "./TasksBoard.tsx";
import { TasksFilters } from "./TasksFilters.tsx";
import { useMemberUnits } from "./useMemberUnits.ts";
import "./tasks.css";

export function TasksPage() {
  const t = useT();
  const me = useMe();
  // Below 576 px a table would scroll sideways: the list becomes cards.
  const wide = useMediaQuery("(min-width: 576px)");
  const { params, update } = useUrlFilters({ resetPage: true });
  const units = useMemberUnits();
  const defaultUnit = me.actingOrgId ?? units[0]?.value ?? "all";
  const org = params.get("org") ?? defaultUnit;
  const view = params.get("view") === "board" ? "board" : "table";
  const classes = (params.get("cls") ?? "")
    .split(",")
    .filter((c): c is StatusClass => (STATUS_CLASSES as string[]).includes(c));
  const page = Number(params.get("page") ?? 1);
  const filters = {
    orgId: org === "all" ? null : org,
    involvement: params.get("inv") ?? "all",
    classes: classes.join(",") || null,
    directiveId: params.get("plan"),
    dueFrom: params.get("from"),
    dueTo: params.get("to"),
    q: params.get("q"),
  };
  const list = useApi<AssignmentList>("/api/assignments", {
    ...filters,
    page: view === "board" ? 1 : page,
    pageSize: view === "board" ? 500 : 50,
  });
  const plans = useApi<PlanSummary[]>("/api/plans");
  const data = list.data;

  return (
    <div className="tt-printable">
      <PageHeader
        title={t("tasks.list.title")}
        intro={t("tasks.list.intro")}
        actions={
          <>
            <Link to="/tasks/plans">
              <Button>{t("tasks.plans.open")}</Button>
            </Link>
            <ExportButton href={exportUrl(filters)} />
            <PrintButton />
          </>
        }
      />
      <TasksFilters values={{ ...filters, org }} units={units} plans={plans.data ?? []} update={update} />
      <ClassFilter
        counts={data?.counts}
        selected={classes}
        onChange={(next) => update({ cls: next.join(",") || null })}
      />
      <div className="tt-tasks-view tt-no-print">
        <Segmented
          aria-label={t("tasks.view.label")}
          value={view}
          onChange={(v) => update({ view: v === "board" ? "board" : null })}
          options={[
            { value: "table", label: t("tasks.view.table") },
            { value: "board", label: t("tasks.view.board") },
          ]}
        />
      </div>
      <ErrorAlert error={list.error} />
      {data?.truncated ? <p className="tt-muted">{t("tasks.list.truncated")}</p> : null}
      {view === "table" && !wide ? (
        <div className="tt-card-list" aria-busy={list.loading}>
          {(data?.items ?? []).map((i) => (
            <ItemCard key={i.id} i={i} withStatus />
          ))}
          {data && !data.items.length ? <p>{t("tasks.list.empty")}</p> : null}
          {data && data.total > 50 ? (
            <Pagination
              current={page}
              pageSize={50}
              total={data.total}
              showSizeChanger={false}
              simple
              onChange={(p) => update({ page: String(p) })}
            />
          ) : null}
        </div>
      ) : view === "table" ? (
        <Table<AssignmentItem>
          rowKey="id"
          loading={list.loading}
          dataSource={data?.items ?? []}
          scroll={{ x: "max-content" }}
          pagination={{
            current: page,
            pageSize: 50,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => update({ page: String(p) }),
          }}
          locale={{ emptyText: t("tasks.list.empty") }}
          columns={[
            {
              title: t("tasks.col.work"),
              key: "title",
              render: (_, i) => (
                <TaskCell
                  to={`/tasks/${i.id}`}
                  title={i.title}
                  note={[
                    i.directive.symbol,
                    i.task.path.at(-1) ? t("tasks.item", { path: i.task.path.at(-1)! }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                />
              ),
            },
            { title: t("tasks.col.lead"), key: "lead", render: (_, i) => i.lead.shortName ?? i.lead.name },
            { title: t("tasks.col.due"), key: "due", render: (_, i) => dueLine(i, t) },
            {
              title: t("tasks.col.status"),
              key: "status",
              render: (_, i) => <DisplayTag status={i.display} t={t} />,
            },
            {
              title: t("tasks.col.progress"),
              key: "progress",
              render: (_, i) => (
                <ProgressBar percent={i.progress} t={t} minWidth={110} overdue={i.cls === "overdue"} />
              ),
            },
            {
              title: t("tasks.col.updated"),
              key: "updated",
              render: (_, i) => (i.lastUpdateAt ? formatDateTime(i.lastUpdateAt) : "—"),
            },
          ]}
        />
      ) : (
        <TasksBoard items={data?.items ?? []} loading={list.loading} />
      )}
    </div>
  );
}
