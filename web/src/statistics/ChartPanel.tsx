// One figure of the statistics: an ECharts chart (SVG, with ECharts' own aria description) and the
// same figures as a table, on two tabs — the table for screen readers, keyboards and print. A click
// on the chart opens what the number stands for (onPick with the category's index).

import { Tabs } from "antd";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/lib/core";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.tsx";
import { Section } from "../shared/Section.tsx";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

export function ChartPanel({
  id,
  title,
  description,
  caption,
  option,
  height,
  onPick,
  table,
  empty,
}: {
  id: string;
  title: string;
  description: string;
  caption: string;
  option: Record<string, unknown>;
  height: number;
  onPick?: (index: number) => void;
  table: ReactNode;
  empty: boolean;
}) {
  const t = useT();
  return (
    <Section id={`${id}-h`} title={title} className="tt-section tt-stats-panel">
      {empty ? (
        <p className="tt-muted">{t("stats.none")}</p>
      ) : (
        <Tabs
          size="small"
          items={[
            {
              key: "chart",
              label: t("stats.view.chart"),
              children: (
                <figure className="tt-stats-figure" aria-label={description}>
                  <ReactEChartsCore
                    echarts={echarts}
                    option={{ aria: { enabled: true, label: { description } }, ...option }}
                    style={{ height, width: "100%" }}
                    notMerge
                    opts={{ renderer: "svg" }}
                    onEvents={
                      onPick ? { click: (p: { dataIndex?: number }) => onPick(p.dataIndex ?? 0) } : undefined
                    }
                  />
                  <figcaption className="tt-muted">{caption}</figcaption>
                </figure>
              ),
            },
            { key: "table", label: t("stats.view.table"), children: table },
          ]}
        />
      )}
    </Section>
  );
}
