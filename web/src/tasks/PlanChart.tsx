// The picture of a plan by unit: one stacked bar per unit, its work split into the Government
// Office's classes, overdue first — where people would rather look than read. The same figures are
// in the table beside it (for screen readers and print).
import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/lib/core";
import { useT } from "../i18n/index.tsx";
import { formatNumber } from "../shared/numbers.ts";
import { type PlanView, STATUS_CLASSES } from "./api.ts";
import { CLASS_COLOUR, classKey } from "./labels.tsx";

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export function PlanChart({ units }: { units: PlanView["units"] }) {
  const t = useT();
  const names = units.map((u) => u.shortName ?? u.name);
  const option = {
    aria: { enabled: true, label: { description: t("tasks.plan.chartDescription") } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: formatNumber },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: { formatter: formatNumber } },
    yAxis: { type: "category", data: names, inverse: true, axisLabel: { width: 150, overflow: "truncate" } },
    series: STATUS_CLASSES.map((c) => ({
      name: t(classKey(c)),
      type: "bar",
      stack: "all",
      itemStyle: { color: CLASS_COLOUR[c] },
      data: units.map((u) => u.counts[c]),
    })),
  };
  const height = Math.max(260, 40 + units.length * 26);
  return (
    <figure className="tt-section" aria-label={t("tasks.plan.chartLabel")}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height, width: "100%" }}
        notMerge
        opts={{ renderer: "svg" }}
      />
      <figcaption className="tt-muted">{t("tasks.plan.chartCaption")}</figcaption>
    </figure>
  );
}
