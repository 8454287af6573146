// Thống kê: how a leader's area is doing (issue 14 item 6). Completion on time by unit (ranked) and
// by plan, overdue work by age, trends per quarter, report timeliness; each a chart with its table.
// Every unit's number opens the task list with the filter that shows exactly those rows; a plan, an
// age band, a quarter or a reporting period opens the units behind it. Filters live in the address.

import { FileExcelOutlined } from "@ant-design/icons";
import { Button, Select } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { tasksUrl } from "../home/api.ts";
import { type TFunction, useT } from "../i18n/index.tsx";
import { CompactTable } from "../shared/CompactTable.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { Filter, FilterBar } from "../shared/filters/FilterBar.tsx";
import { useUrlFilters } from "../shared/filters/useUrlFilters.ts";
import { formatNumber, formatPercent } from "../shared/numbers.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import { STATUS_CLASSES } from "../tasks/api.ts";
import { CLASS_COLOUR, classKey } from "../tasks/labels.tsx";
import type { AgeStat, ReportPeriodStat, ReportUnitStat, StatsOut, UnitStat } from "./api.ts";
import { exportUrl, statsQueryOf } from "./api.ts";
import { ChartPanel } from "./ChartPanel.tsx";
import "./statistics.css";

const ROMAN = ["", "I", "II", "III", "IV"];

/** "Năm 2026", "6 tháng đầu năm 2026", "Quý III/2026" for a period key of the server. */
export function periodName(key: string, t: TFunction): string {
  const [year, part] = key.split("-");
  if (!part) return t("stats.period.year", { year: year ?? "" });
  if (part[0] === "H") return t(part === "H1" ? "stats.period.H1" : "stats.period.H2", { year: year ?? "" });
  const n = Number(part.slice(1));
  return t("stats.period.quarter", { year: year ?? "", n, roman: ROMAN[n] ?? "" });
}

const REPORT_KINDS = ["onTime", "late", "missing", "pending"] as const;
const REPORT_COLOUR = { onTime: "#1e6b2a", late: "#8a5a00", missing: "#b42318", pending: "#595959" };

const unitName = (u: UnitStat, t: TFunction) =>
  u.own ? t("stats.units.own", { org: u.shortName ?? u.name }) : (u.shortName ?? u.name);

function stackedBars(
  names: string[],
  rows: Array<{ counts: Record<string, number> }>,
  t: TFunction,
  horizontal: boolean,
) {
  const category = { type: "category", data: names, axisLabel: { width: 140, overflow: "truncate" } };
  const value = { type: "value", minInterval: 1, axisLabel: { formatter: formatNumber } };
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: formatNumber },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: STATUS_CLASSES.map((c) => ({
      name: t(classKey(c)),
      type: "bar",
      stack: "all",
      itemStyle: { color: CLASS_COLOUR[c] },
      data: rows.map((r) => r.counts[c]),
    })),
  };
}

export function StatisticsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { params, update } = useUrlFilters();
  const query = {
    orgId: params.get("org") ?? undefined,
    directiveId: params.get("plan") ?? undefined,
    period: params.get("period") ?? undefined,
  };
  const stats = useApi<StatsOut>("/api/statistics", statsQueryOf(query));
  const [age, setAge] = useState<AgeStat["bucket"] | null>(null);
  const [reportKey, setReportKey] = useState<string | null>(null);
  const s = stats.data;
  if (!s)
    return stats.error ? <ErrorAlert error={stats.error} /> : <p aria-busy="true">{t("app.loading")}</p>;

  const unitLink = (u: UnitStat, extra: Parameters<typeof tasksUrl>[0] = {}) =>
    u.filter ? tasksUrl({ ...u.filter, ...extra }) : null;
  const openUnit = (u: UnitStat) => {
    const link = unitLink(u);
    if (link) navigate(link);
    else if (u.hasBelow) update({ org: u.orgId });
  };
  const count = (u: UnitStat, n: number, extra: Parameters<typeof tasksUrl>[0]) => {
    const link = n ? unitLink(u, extra) : null;
    return link ? <Link to={link}>{formatNumber(n)}</Link> : formatNumber(n);
  };
  const units = s.units;
  const pickedAge = s.overdueByAge.find((a) => a.bucket === age) ?? null;
  const ageIndex = pickedAge ? s.overdueByAge.indexOf(pickedAge) : -1;
  const pickedReport: ReportPeriodStat | null = s.reports.periods.find((p) => p.key === reportKey) ?? null;

  return (
    <div className="tt-printable">
      <PageHeader
        title={t("stats.title", { org: s.focus.name })}
        intro={t("stats.asOf", { date: formatDate(s.today) })}
        actions={
          <>
            {s.up ? <Link to={`/stats?org=${s.up.id}`}>{t("stats.up", { org: s.up.name })}</Link> : null}
            <Button
              href={exportUrl({ ...query, orgId: s.focus.id })}
              download
              icon={<FileExcelOutlined aria-hidden />}
              className="tt-no-print"
            >
              {t("stats.export")}
            </Button>
          </>
        }
      />
      <FilterBar className="tt-no-print">
        {s.roots.length > 1 ? (
          <Filter htmlFor="stats-unit" label={t("stats.filter.unit")}>
            <Select
              id="stats-unit"
              value={s.roots.some((r) => r.id === s.focus.id) ? s.focus.id : undefined}
              placeholder={s.focus.name}
              onChange={(v) => update({ org: v })}
              options={s.roots.map((r) => ({ value: r.id, label: r.name }))}
              popupMatchSelectWidth={false}
            />
          </Filter>
        ) : null}
        <Filter htmlFor="stats-plan" label={t("stats.filter.plan")}>
          <Select
            id="stats-plan"
            allowClear
            placeholder={t("stats.filter.allPlans")}
            value={s.filters.directiveId ?? undefined}
            onChange={(v) => update({ plan: v ?? null })}
            options={s.plans.map((p) => ({ value: p.id, label: p.symbol ?? p.title ?? "—" }))}
            popupMatchSelectWidth={false}
          />
        </Filter>
        <Filter htmlFor="stats-period" label={t("stats.filter.period")}>
          <Select
            id="stats-period"
            allowClear
            placeholder={t("stats.filter.allPeriods")}
            value={s.filters.period ?? undefined}
            onChange={(v) => update({ period: v ?? null })}
            options={s.periods.map((k) => ({ value: k, label: periodName(k, t) }))}
            popupMatchSelectWidth={false}
          />
        </Filter>
      </FilterBar>

      <div className="tt-stat-row">
        <div className="tt-stat">
          <div>{t("stats.total")}</div>
          <div className="tt-stat-value">{formatNumber(s.totals.counts.total)}</div>
        </div>
        <div className="tt-stat" title={t("stats.rateNote")}>
          <div>{t("stats.rate")}</div>
          <div className="tt-stat-value">
            {s.totals.onTimeRate === null ? "—" : formatPercent(s.totals.onTimeRate)}
          </div>
        </div>
        {(["overdue", "done_late", "done_on_time"] as const).map((c) => (
          <div key={c} className={`tt-stat tt-stat-${c}`}>
            <div>{t(classKey(c))}</div>
            <div className="tt-stat-value">{formatNumber(s.totals.counts[c])}</div>
          </div>
        ))}
      </div>
      <p className="tt-muted">{t("stats.rateNote")}</p>

      <ChartPanel
        id="stats-units"
        title={t("stats.units.title")}
        description={t("stats.units.chart")}
        caption={t("stats.units.caption")}
        empty={!units.length}
        height={Math.max(260, 60 + units.length * 26)}
        option={stackedBars(
          units.map((u) => unitName(u, t)),
          units,
          t,
          true,
        )}
        onPick={(i) => units[i] && openUnit(units[i])}
        table={
          <CompactTable<UnitStat>
            rowKey="orgId"
            dataSource={units}
            columns={[
              { title: t("stats.col.rank"), dataIndex: "rank", render: (r: number | null) => r ?? "" },
              {
                title: t("stats.col.unit"),
                key: "unit",
                render: (_, u) =>
                  u.filter ? (
                    <Link to={tasksUrl(u.filter)}>{unitName(u, t)}</Link>
                  ) : u.hasBelow ? (
                    <Link to={`/stats?org=${u.orgId}`} title={t("stats.units.below")}>
                      {unitName(u, t)}
                    </Link>
                  ) : (
                    unitName(u, t)
                  ),
              },
              { title: t("stats.col.total"), key: "total", render: (_, u) => count(u, u.counts.total, {}) },
              {
                title: t("stats.col.rate"),
                key: "rate",
                render: (_, u) => (u.onTimeRate === null ? "—" : formatNumber(u.onTimeRate)),
              },
              ...STATUS_CLASSES.map((c) => ({
                title: t(classKey(c)),
                key: c,
                render: (_: unknown, u: UnitStat) => count(u, u.counts[c], { classes: [c] }),
              })),
            ]}
          />
        }
      />

      <ChartPanel
        id="stats-plans"
        title={t("stats.plans.title")}
        description={t("stats.plans.chart")}
        caption={t("stats.plans.caption")}
        empty={!s.byPlan.length}
        height={Math.max(220, 60 + s.byPlan.length * 30)}
        option={stackedBars(
          s.byPlan.map((p) => p.symbol ?? p.title ?? "—"),
          s.byPlan,
          t,
          true,
        )}
        onPick={(i) => s.byPlan[i] && update({ plan: s.byPlan[i].id })}
        table={
          <CompactTable
            rowKey="id"
            dataSource={s.byPlan}
            columns={[
              {
                title: t("stats.col.plan"),
                key: "plan",
                render: (_, p) => (
                  <Button type="link" className="tt-link-button" onClick={() => update({ plan: p.id })}>
                    {p.symbol ?? p.title ?? "—"}
                  </Button>
                ),
              },
              { title: t("stats.col.total"), key: "total", render: (_, p) => formatNumber(p.counts.total) },
              {
                title: t("stats.col.rate"),
                key: "rate",
                render: (_, p) => (p.onTimeRate === null ? "—" : formatNumber(p.onTimeRate)),
              },
              ...STATUS_CLASSES.map((c) => ({
                title: t(classKey(c)),
                key: c,
                render: (_: unknown, p: (typeof s.byPlan)[number]) => formatNumber(p.counts[c]),
              })),
            ]}
          />
        }
      />

      <ChartPanel
        id="stats-age"
        title={t("stats.age.title")}
        description={t("stats.age.chart")}
        caption={t("stats.age.caption")}
        empty={!s.totals.counts.overdue}
        height={260}
        option={{
          tooltip: { trigger: "axis", valueFormatter: formatNumber },
          grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: {
            type: "category",
            data: s.overdueByAge.map((a) => t(`stats.age.${a.bucket}`)),
            axisLabel: { interval: 0, width: 90, overflow: "break" },
          },
          yAxis: { type: "value", minInterval: 1 },
          series: [
            {
              name: t("tasks.class.overdue"),
              type: "bar",
              itemStyle: { color: CLASS_COLOUR.overdue },
              data: s.overdueByAge.map((a) => a.n),
            },
          ],
        }}
        onPick={(i) => setAge(s.overdueByAge[i]?.bucket ?? null)}
        table={
          <CompactTable
            rowKey="bucket"
            dataSource={s.overdueByAge}
            columns={[
              {
                title: t("stats.col.age"),
                key: "age",
                render: (_, a) => (
                  <Button type="link" className="tt-link-button" onClick={() => setAge(a.bucket)}>
                    {t(`stats.age.${a.bucket}`)}
                  </Button>
                ),
              },
              { title: t("stats.col.count"), key: "n", render: (_, a) => formatNumber(a.n) },
            ]}
          />
        }
      />
      {pickedAge ? (
        <section aria-labelledby="stats-age-units-h" className="tt-section">
          <h3 id="stats-age-units-h" className="tt-h3">
            {t("stats.age.units", { age: t(`stats.age.${pickedAge.bucket}`).toLowerCase() })}
          </h3>
          {(() => {
            const list = units.filter((u) =>
              pickedAge.bucket === "recurring" ? u.overdueRecurring > 0 : (u.overdueByAge[ageIndex] ?? 0) > 0,
            );
            if (!list.length) return <p className="tt-muted">{t("stats.age.none")}</p>;
            return (
              <ul className="tt-plain-list">
                {list.map((u) => {
                  const n = pickedAge.bucket === "recurring" ? u.overdueRecurring : u.overdueByAge[ageIndex]!;
                  const link =
                    u.filter && pickedAge.filter
                      ? tasksUrl({ ...pickedAge.filter, orgId: u.orgId })
                      : unitLink(u, { classes: ["overdue"] });
                  return (
                    <li key={u.orgId}>
                      {link ? <Link to={link}>{unitName(u, t)}</Link> : unitName(u, t)}: {formatNumber(n)}
                    </li>
                  );
                })}
              </ul>
            );
          })()}
        </section>
      ) : null}

      <ChartPanel
        id="stats-trend"
        title={t("stats.trend.title")}
        description={t("stats.trend.chart")}
        caption={t("stats.trend.caption")}
        empty={!s.trend.length}
        height={300}
        option={{
          ...stackedBars(
            s.trend.map((q) => periodName(q.key, t)),
            s.trend,
            t,
            false,
          ),
          yAxis: [
            { type: "value", minInterval: 1 },
            { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
          ],
          series: [
            ...stackedBars([], s.trend, t, false).series,
            {
              name: t("stats.rate"),
              type: "line",
              yAxisIndex: 1,
              itemStyle: { color: "#111" },
              data: s.trend.map((q) => q.onTimeRate),
            },
          ],
        }}
        onPick={(i) => s.trend[i] && update({ period: s.trend[i].key })}
        table={
          <CompactTable
            rowKey="key"
            dataSource={s.trend}
            columns={[
              {
                title: t("stats.col.quarter"),
                key: "q",
                render: (_, q) => (
                  <Button type="link" className="tt-link-button" onClick={() => update({ period: q.key })}>
                    {periodName(q.key, t)}
                  </Button>
                ),
              },
              { title: t("stats.col.total"), key: "total", render: (_, q) => formatNumber(q.counts.total) },
              {
                title: t("stats.col.rate"),
                key: "rate",
                render: (_, q) => (q.onTimeRate === null ? "—" : formatNumber(q.onTimeRate)),
              },
              ...STATUS_CLASSES.map((c) => ({
                title: t(classKey(c)),
                key: c,
                render: (_: unknown, q: (typeof s.trend)[number]) => formatNumber(q.counts[c]),
              })),
            ]}
          />
        }
      />

      <ChartPanel
        id="stats-reports"
        title={t("stats.reports.title")}
        description={t("stats.reports.chart")}
        caption={t("stats.reports.caption")}
        empty={!s.reports.periods.length}
        height={Math.max(220, 60 + s.reports.periods.length * 34)}
        option={{
          tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: formatNumber },
          legend: { top: 0, type: "scroll" },
          grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: {
            type: "category",
            inverse: true,
            data: s.reports.periods.map((p) => p.label),
            axisLabel: { width: 140, overflow: "truncate" },
          },
          series: REPORT_KINDS.map((k) => ({
            name: t(`stats.reports.${k}`),
            type: "bar",
            stack: "all",
            itemStyle: { color: REPORT_COLOUR[k] },
            data: s.reports.periods.map((p) => p[k]),
          })),
        }}
        onPick={(i) => setReportKey(s.reports.periods[i]?.key ?? null)}
        table={
          <>
            <CompactTable<ReportPeriodStat>
              rowKey="key"
              dataSource={s.reports.periods}
              columns={[
                {
                  title: t("stats.col.period"),
                  key: "period",
                  render: (_, p) => (
                    <Button type="link" className="tt-link-button" onClick={() => setReportKey(p.key)}>
                      {p.label}
                    </Button>
                  ),
                },
                ...REPORT_KINDS.map((k) => ({
                  title: t(`stats.reports.${k}`),
                  key: k,
                  render: (_: unknown, p: ReportPeriodStat) => formatNumber(p[k]),
                })),
                {
                  title: t("stats.col.rate"),
                  key: "rate",
                  render: (_, p) => (p.onTimeRate === null ? "—" : formatNumber(p.onTimeRate)),
                },
              ]}
            />
            <h3 className="tt-h3">{t("stats.reports.byUnit")}</h3>
            <CompactTable<ReportUnitStat>
              rowKey="orgId"
              dataSource={s.reports.units}
              columns={[
                { title: t("stats.col.unit"), dataIndex: "name" },
                ...REPORT_KINDS.map((k) => ({
                  title: t(`stats.reports.${k}`),
                  key: k,
                  render: (_: unknown, u: ReportUnitStat) => formatNumber(u[k]),
                })),
                {
                  title: t("stats.col.rate"),
                  key: "rate",
                  render: (_, u) => (u.onTimeRate === null ? "—" : formatNumber(u.onTimeRate)),
                },
              ]}
            />
          </>
        }
      />
      {pickedReport ? (
        <section aria-labelledby="stats-behind-h" className="tt-section">
          <h3 id="stats-behind-h" className="tt-h3">
            {t("stats.reports.behind", { period: pickedReport.label })}
          </h3>
          {pickedReport.behind.length ? (
            <ul className="tt-plain-list">
              {pickedReport.behind.map((b) => {
                const unit = units.find((u) => u.orgId === b.orgId);
                return (
                  <li key={b.obligationId}>
                    <Link to={`/reports/${b.obligationId}`}>{b.orgName}</Link>
                    {" — "}
                    {t(b.kind === "missing" ? "stats.reports.missingBy" : "stats.reports.lateBy", {
                      n: b.days,
                    })}
                    {unit?.filter && unit.counts.overdue ? (
                      <>
                        {" · "}
                        <Link to={tasksUrl({ ...unit.filter, classes: ["overdue"] })}>
                          {t("tasks.class.overdue")}: {formatNumber(unit.counts.overdue)}
                        </Link>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="tt-muted">{t("stats.reports.allOnTime")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
