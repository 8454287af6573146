// Công việc của đơn vị: the work of one unit (as lead, as supporter) — or all the work the official
// follows — as a table or a board by status, overdue first, filtered by class, plan, deadline and
// words; exported to Excel and printable.
import { FileExcelOutlined, PrinterOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Input, Pagination, Progress, Segmented, Select, Table } from "antd";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { DATE_FORMAT, formatDateTime, fromIsoDate, toIsoDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
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
import { DisplayTag, dueLine } from "./labels.tsx";
import "./tasks.css";

const BOARD_COLUMNS: Array<{
  key: string;
  label:
    | "tasks.board.overdue"
    | "tasks.board.notStarted"
    | "tasks.board.inProgress"
    | "tasks.board.awaiting"
    | "tasks.board.done"
    | "tasks.board.paused";
  match: (i: AssignmentItem) => boolean;
}> = [
  { key: "overdue", label: "tasks.board.overdue", match: (i) => i.cls === "overdue" },
  { key: "not_started", label: "tasks.board.notStarted", match: (i) => i.cls === "not_started" },
  {
    key: "in_progress",
    label: "tasks.board.inProgress",
    match: (i) => i.cls === "in_progress_on_time" && i.status !== "awaiting_approval",
  },
  {
    key: "awaiting",
    label: "tasks.board.awaiting",
    match: (i) => i.cls === "in_progress_on_time" && i.status === "awaiting_approval",
  },
  { key: "done", label: "tasks.board.done", match: (i) => i.cls === "done_on_time" || i.cls === "done_late" },
  { key: "paused", label: "tasks.board.paused", match: (i) => i.cls === "paused" },
];

/** One piece of work as a card: on the board, and instead of the table on a phone. */
function ItemCard({ i, withStatus }: { i: AssignmentItem; withStatus?: boolean }) {
  const t = useT();
  return (
    <Card size="small" className="tt-board-card">
      <Link to={`/tasks/${i.id}`} className="tt-clamp">
        {i.title}
      </Link>
      <div className="tt-muted">
        {[i.lead.shortName ?? i.lead.name, i.directive.symbol].filter(Boolean).join(" · ")}
      </div>
      <div className="tt-muted">{dueLine(i, t)}</div>
      {withStatus ? <DisplayTag status={i.display} t={t} /> : null}
      <Progress percent={i.progress} size="small" aria-label={t("tasks.progressOf", { n: i.progress })} />
    </Card>
  );
}

export function TasksPage() {
  const t = useT();
  const me = useMe();
  // Below 576 px a table would scroll sideways: the list becomes cards.
  const wide = useMediaQuery("(min-width: 576px)");
  const [params, setParams] = useSearchParams();
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const m of me.memberships) seen.set(m.orgId, m.orgName);
    return [...seen.entries()].map(([value, label]) => ({ value, label }));
  }, [me.memberships]);
  const defaultUnit = me.actingOrgId ?? units[0]?.value ?? "all";
  const org = params.get("org") ?? defaultUnit;
  const view = params.get("view") === "board" ? "board" : "table";
  const classes = (params.get("cls") ?? "")
    .split(",")
    .filter((c): c is StatusClass => (STATUS_CLASSES as string[]).includes(c));
  const page = Number(params.get("page") ?? 1);
  const [typed, setTyped] = useState(params.get("q") ?? "");
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };
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
            <Button
              href={exportUrl(filters)}
              download
              icon={<FileExcelOutlined aria-hidden />}
              className="tt-no-print"
            >
              {t("tasks.export")}
            </Button>
            <Button
              icon={<PrinterOutlined aria-hidden />}
              onClick={() => window.print()}
              className="tt-no-print"
            >
              {t("tasks.print")}
            </Button>
          </>
        }
      />
      <div className="tt-filters tt-no-print">
        <div className="tt-filter">
          <label htmlFor="tasks-unit">{t("tasks.filter.unit")}</label>
          <Select
            id="tasks-unit"
            value={org}
            onChange={(v) => update({ org: v })}
            options={[...units, { value: "all", label: t("tasks.filter.allFollowed") }]}
            popupMatchSelectWidth={false}
          />
        </div>
        <div className="tt-filter">
          <label htmlFor="tasks-inv">{t("tasks.filter.involvement")}</label>
          <Select
            id="tasks-inv"
            value={filters.involvement}
            onChange={(v) => update({ inv: v === "all" ? null : v })}
            options={[
              { value: "all", label: t("tasks.filter.inv.all") },
              { value: "lead", label: t("tasks.filter.inv.lead") },
              { value: "support", label: t("tasks.filter.inv.support") },
            ]}
          />
        </div>
        <div className="tt-filter">
          <label htmlFor="tasks-plan">{t("tasks.filter.plan")}</label>
          <Select
            id="tasks-plan"
            allowClear
            placeholder={t("tasks.filter.allPlans")}
            value={filters.directiveId ?? undefined}
            onChange={(v) => update({ plan: v ?? null })}
            options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.symbol ?? p.title ?? "—" }))}
            popupMatchSelectWidth={false}
          />
        </div>
        <div className="tt-filter">
          <label htmlFor="tasks-from">{t("tasks.filter.dueFrom")}</label>
          <DatePicker
            id="tasks-from"
            format={DATE_FORMAT}
            value={fromIsoDate(filters.dueFrom)}
            onChange={(d) => update({ from: toIsoDate(d) })}
          />
        </div>
        <div className="tt-filter">
          <label htmlFor="tasks-to">{t("tasks.filter.dueTo")}</label>
          <DatePicker
            id="tasks-to"
            format={DATE_FORMAT}
            value={fromIsoDate(filters.dueTo)}
            onChange={(d) => update({ to: toIsoDate(d) })}
          />
        </div>
        <div className="tt-filter">
          <label htmlFor="tasks-q">{t("tasks.filter.search")}</label>
          <Input.Search
            id="tasks-q"
            value={typed}
            allowClear
            onChange={(e) => {
              setTyped(e.target.value);
              if (!e.target.value) update({ q: null });
            }}
            onSearch={(v) => update({ q: v.trim() || null })}
          />
        </div>
      </div>
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
                <div className="tt-task-cell">
                  <Link to={`/tasks/${i.id}`}>{i.title}</Link>
                  <div className="tt-muted">
                    {[
                      i.directive.symbol,
                      i.task.path.at(-1) ? t("tasks.item", { path: i.task.path.at(-1)! }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                </div>
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
                <Progress
                  percent={i.progress}
                  size="small"
                  aria-label={t("tasks.progressOf", { n: i.progress })}
                  status={i.cls === "overdue" ? "exception" : undefined}
                  style={{ minWidth: 110 }}
                />
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
        <div className="tt-board" aria-busy={list.loading}>
          {BOARD_COLUMNS.map((col) => {
            const items = (data?.items ?? []).filter(col.match);
            return (
              <section
                key={col.key}
                className={`tt-board-col tt-board-${col.key}`}
                aria-labelledby={`board-${col.key}`}
              >
                <h2 id={`board-${col.key}`} className="tt-h3">
                  {t(col.label)} ({items.length})
                </h2>
                {items.map((i) => (
                  <Card key={i.id} size="small" className="tt-board-card">
                    <Link to={`/tasks/${i.id}`}>{i.title}</Link>
                    <div className="tt-muted">{i.lead.shortName ?? i.lead.name}</div>
                    <div className="tt-muted">{dueLine(i, t)}</div>
                    <Progress
                      percent={i.progress}
                      size="small"
                      aria-label={t("tasks.progressOf", { n: i.progress })}
                    />
                  </Card>
                ))}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
