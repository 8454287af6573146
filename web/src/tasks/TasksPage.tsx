// Công việc của đơn vị: the work of one unit (as lead, as supporter) — or all the work the official
// follows — as a table or a board by status, overdue first, filtered by class, plan, deadline, words
// and the home's work queues (awaiting my approval, sent, returned); exported to Excel and printable.
// On an office screen (1366 px) the table's columns fit its box; on a phone the list comes first:
// the filters and the page's buttons fold behind one button, the classes are one scrolling row.
import { CloseOutlined, FilterOutlined } from "@ant-design/icons";
import { Button, Pagination, Segmented, Table } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { WORK_QUEUE_LABELS, workQueueOf } from "../home/queues.ts";
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
  const queue = workQueueOf(params.get("queue"));
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filters = {
    orgId: org === "all" ? null : org,
    involvement: params.get("inv") ?? "all",
    classes: classes.join(",") || null,
    directiveId: params.get("plan"),
    dueFrom: params.get("from"),
    dueTo: params.get("to"),
    q: params.get("q"),
    queue,
  };
  const list = useApi<AssignmentList>("/api/assignments", {
    ...filters,
    page: view === "board" ? 1 : page,
    pageSize: view === "board" ? 500 : 50,
  });
  const plans = useApi<PlanSummary[]>("/api/plans");
  const data = list.data;

  // A unit opened from the home (a ward of the leader's area) is not one of the official's own.
  const shownUnits =
    org === "all" || units.some((u) => u.value === org)
      ? units
      : [
          ...units,
          {
            value: org,
            label: data?.items.find((i) => i.lead.id === org)?.lead.name ?? t("home.list.otherUnit"),
          },
        ];
  const activeFilters = [
    filters.involvement !== "all",
    filters.directiveId,
    filters.dueFrom,
    filters.dueTo,
    filters.q,
  ].filter(Boolean).length;
  const actions = (
    <>
      <Link to="/tasks/plans">
        <Button>{t("tasks.plans.open")}</Button>
      </Link>
      <ExportButton href={exportUrl(filters)} />
      <PrintButton />
    </>
  );
  const viewSwitch = (
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
  );
  const filterBar = (
    <TasksFilters values={{ ...filters, org }} units={shownUnits} plans={plans.data ?? []} update={update} />
  );

  return (
    <div className="tt-printable">
      <PageHeader
        title={t("tasks.list.title")}
        intro={wide ? t("tasks.list.intro") : undefined}
        actions={wide ? actions : undefined}
      />
      {wide ? (
        filterBar
      ) : (
        <div className="tt-tasks-fold tt-no-print">
          <div className="tt-tasks-fold-bar">
            <Button
              icon={<FilterOutlined aria-hidden />}
              aria-expanded={filtersOpen}
              aria-controls="tt-tasks-folded"
              onClick={() => setFiltersOpen((o) => !o)}
            >
              {activeFilters ? t("home.list.filtersOn", { n: activeFilters }) : t("home.list.filters")}
            </Button>
            {viewSwitch}
          </div>
          <div id="tt-tasks-folded" hidden={!filtersOpen} className="tt-tasks-folded">
            {filtersOpen ? (
              <>
                {filterBar}
                <div className="tt-tasks-fold-actions">{actions}</div>
              </>
            ) : null}
          </div>
        </div>
      )}
      <ClassFilter
        counts={data?.counts}
        selected={classes}
        onChange={(next) => update({ cls: next.join(",") || null })}
        before={
          queue ? (
            <Button
              size="small"
              type="primary"
              className="tt-queue-chip"
              icon={<CloseOutlined aria-hidden />}
              iconPosition="end"
              aria-label={t("home.queue.clear", { name: t(WORK_QUEUE_LABELS[queue]) })}
              onClick={() => update({ queue: null })}
            >
              {t(WORK_QUEUE_LABELS[queue])}
            </Button>
          ) : null
        }
      />
      {wide ? viewSwitch : null}
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
          tableLayout="fixed"
          className="tt-tasks-table"
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
              className: "tt-col-title",
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
            {
              title: t("tasks.col.lead"),
              key: "lead",
              width: "14%",
              render: (_, i) => i.lead.shortName ?? i.lead.name,
            },
            { title: t("tasks.col.due"), key: "due", width: "16%", render: (_, i) => dueLine(i, t) },
            {
              title: t("tasks.col.status"),
              key: "status",
              width: 132,
              render: (_, i) => <DisplayTag status={i.display} t={t} />,
            },
            {
              title: t("tasks.col.progress"),
              key: "progress",
              width: 120,
              render: (_, i) => <ProgressBar percent={i.progress} t={t} overdue={i.cls === "overdue"} />,
            },
            {
              title: t("tasks.col.updated"),
              key: "updated",
              width: 104,
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
