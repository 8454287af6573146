// The coordinating office's view of a whole plan: overdue work first, then by unit (a chart and a
// table) and by task group (each task with its units), with roll-up percentages; Excel and print.
import { Alert, Card, Tabs } from "antd";
import { Link, useParams } from "react-router";
import { type TFunction, useT } from "../i18n/index.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { FitTable } from "../shared/FitTable.tsx";
import { formatPercent } from "../shared/numbers.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import { useMediaQuery, WIDE_QUERY } from "../shared/useMediaQuery.ts";
import { exportUrl, type LeanItem, type PlanTask, type PlanView, STATUS_CLASSES } from "./api.ts";
import { ExportButton, PrintButton } from "./HeaderButtons.tsx";
import {
  CLASS_COLOUR,
  classKey,
  DisplayTag,
  displayKey,
  ProgressBar,
  periodPhrase,
  TaskCell,
} from "./labels.tsx";
import { PlanChart } from "./PlanChart.tsx";
import { PlanRequests } from "./PlanRequests.tsx";
import "./tasks.css";

export function PlanPage() {
  const t = useT();
  const { id = "" } = useParams();
  const plan = useApi<PlanView>(`/api/plans/${id}`);
  const wide = useMediaQuery(WIDE_QUERY);
  const v = plan.data;
  if (!v) return plan.error ? <ErrorAlert error={plan.error} /> : <p aria-busy="true">{t("app.loading")}</p>;
  const names = new Map(v.units.map((u) => [u.orgId, u.shortName ?? u.name]));
  return (
    <div className="tt-printable">
      <PageHeader
        title={t("tasks.plan.title", { symbol: v.directive.symbol ?? "" })}
        intro={[
          v.directive.title,
          v.directive.coordinatorName
            ? t("tasks.plan.coordinator", { org: v.directive.coordinatorName })
            : null,
          t("tasks.plan.asOf", { date: formatDate(v.today) }),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            <Link to="/tasks/plans">{t("tasks.plans.title")}</Link>
            <ExportButton href={exportUrl({ directiveId: v.directive.id })} />
            <PrintButton />
          </>
        }
      />
      <div className="tt-stat-row">
        <div className="tt-stat">
          <div>{t("tasks.plan.progress")}</div>
          <div className="tt-stat-value">{formatPercent(v.progress)}</div>
        </div>
        <div className="tt-stat">
          <div>{t("tasks.plans.total")}</div>
          <div className="tt-stat-value">{v.counts.total}</div>
        </div>
        {STATUS_CLASSES.map((c) => (
          <div key={c} className={`tt-stat tt-stat-${c}`}>
            <div>{t(classKey(c))}</div>
            <div className="tt-stat-value">{v.counts[c]}</div>
          </div>
        ))}
      </div>
      {v.needsReassignment.length ? (
        <Alert
          type="warning"
          showIcon
          className="tt-alert"
          message={t("tasks.plan.needsReassignment", { n: v.needsReassignment.length })}
          description={
            <ul className="tt-plain-list">
              {v.needsReassignment.map((i) => (
                <li key={i.id}>
                  <Link to={`/tasks/${i.id}`}>{i.title}</Link> — {i.orgName}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <PlanRequests planId={v.directive.id} />
      <Tabs
        defaultActiveKey="overdue"
        // On a phone the three tabs fit side by side (no "more" menu, which is not a tab).
        size={wide ? "middle" : "small"}
        tabBarGutter={wide ? undefined : 8}
        items={[
          {
            key: "overdue",
            label: t("tasks.plan.tab.overdue", { n: v.overdueTotal }),
            children: <Overdue v={v} t={t} />,
          },
          {
            key: "units",
            label: t(wide ? "tasks.plan.tab.units" : "tasks.plan.tab.unitsShort"),
            children: (
              <>
                <PlanChart units={v.units} />
                <Units v={v} t={t} />
              </>
            ),
          },
          {
            key: "groups",
            label: t(wide ? "tasks.plan.tab.groups" : "tasks.plan.tab.groupsShort"),
            children: <Groups v={v} names={names} t={t} />,
          },
        ]}
      />
    </div>
  );
}

/**
 * How late an overdue row is: a dated deadline and its delay, or — for ongoing work — the period whose
 * report is missing (its next checkpoint is not a deadline, and is not shown as one).
 */
function lateLine(i: LeanItem, t: TFunction): string {
  if (i.missedPeriod)
    return t("tasks.due.missedReport", { period: periodPhrase(i.missedPeriod, t), n: i.workingDaysOverdue });
  const due = i.effectiveDue ? t("tasks.due.date", { date: formatDate(i.effectiveDue) }) : (i.dueText ?? "");
  return [due, t("tasks.due.overdue", { n: i.workingDaysOverdue })].filter(Boolean).join(" · ");
}

function Overdue({ v, t }: { v: PlanView; t: TFunction }) {
  return (
    <>
      <FitTable<LeanItem>
        rowKey="id"
        dataSource={v.overdue}
        locale={{ emptyText: t("tasks.plan.noOverdue") }}
        columns={[
          {
            title: t("tasks.col.work"),
            key: "t",
            render: (_, i) => (
              <TaskCell
                to={`/tasks/${i.id}`}
                title={i.title}
                note={i.taskPath.at(-1) ? t("tasks.item", { path: i.taskPath.at(-1)! }) : undefined}
              />
            ),
          },
          { title: t("tasks.col.lead"), key: "o", width: "20%", render: (_, i) => i.orgName },
          {
            title: t("tasks.col.dueOrPeriod"),
            key: "l",
            width: "22%",
            render: (_, i) => (
              <>
                <div>{lateLine(i, t)}</div>
                {i.missedPeriod && i.dueText ? <div className="tt-muted">{i.dueText}</div> : null}
              </>
            ),
          },
          {
            title: t("tasks.col.status"),
            key: "s",
            width: 130,
            render: (_, i) => <DisplayTag status={i.display} t={t} />,
          },
          { title: t("tasks.col.progress"), key: "p", width: 80, render: (_, i) => formatPercent(i.percent) },
        ]}
      />
      {v.overdueTotal > v.overdue.length ? (
        <p>
          <Link to={`/tasks?plan=${v.directive.id}&cls=overdue&org=all`}>
            {t("tasks.plan.allOverdue", { n: v.overdueTotal })}
          </Link>
        </p>
      ) : null}
    </>
  );
}

function Units({ v, t }: { v: PlanView; t: TFunction }) {
  return (
    <FitTable
      rowKey="orgId"
      dataSource={v.units}
      columns={[
        {
          title: t("tasks.col.lead"),
          key: "n",
          width: "22%",
          render: (_, u) => <Link to={`/tasks?plan=${v.directive.id}&org=${u.orgId}`}>{u.name}</Link>,
        },
        {
          title: t("tasks.col.progress"),
          key: "p",
          width: 150,
          render: (_, u) => <ProgressBar percent={u.progress ?? 0} t={t} minWidth={110} />,
        },
        ...STATUS_CLASSES.map((c) => ({
          title: t(classKey(c)),
          key: c,
          align: "right" as const,
          render: (_: unknown, u: PlanView["units"][number]) => u.counts[c],
        })),
        {
          title: t("tasks.plans.total"),
          key: "total",
          align: "right" as const,
          render: (_, u) => u.counts.total,
        },
      ]}
    />
  );
}

function Groups({ v, names, t }: { v: PlanView; names: Map<string, string>; t: TFunction }) {
  return (
    <>
      {v.groups.map((g) => (
        <Card
          key={g.id ?? "none"}
          size="small"
          className="tt-section"
          title={
            <h3 className="tt-h3">
              {g.label ? `${g.label}. ` : ""}
              {g.title} — {formatPercent(g.progress)}
            </h3>
          }
        >
          <FitTable<PlanTask>
            rowKey="id"
            dataSource={g.tasks}
            columns={[
              {
                title: t("tasks.col.item"),
                key: "path",
                width: 64,
                render: (_, task) => task.path.at(-1) ?? "",
              },
              {
                title: t("tasks.col.work"),
                key: "title",
                render: (_, task) => (
                  <div className="tt-task-cell">
                    <span className="tt-clamp" title={task.title}>
                      {task.title}
                    </span>
                  </div>
                ),
              },
              {
                title: t("tasks.col.dueText"),
                key: "due",
                width: "16%",
                render: (_, task) => task.dueText ?? "—",
              },
              {
                title: t("tasks.col.progress"),
                key: "p",
                width: 80,
                render: (_, task) => formatPercent(task.progress),
              },
              {
                title: t("tasks.col.units"),
                key: "units",
                width: "30%",
                render: (_, task) => (
                  <div className="tt-unit-cells">
                    {task.assignments.map((a) => (
                      <Link
                        key={a.id}
                        to={`/tasks/${a.id}`}
                        className="tt-unit-cell"
                        style={{ background: CLASS_COLOUR[a.cls] }}
                        title={`${names.get(a.orgId) ?? ""}: ${t(displayKey(a.display))}, ${formatPercent(a.percent)}`}
                        aria-label={`${names.get(a.orgId) ?? ""}: ${t(displayKey(a.display))}, ${formatPercent(a.percent)}`}
                      >
                        {(names.get(a.orgId) ?? "").replace(/^(Ủy ban nhân dân|UBND)\s+/u, "")}
                      </Link>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        </Card>
      ))}
    </>
  );
}
