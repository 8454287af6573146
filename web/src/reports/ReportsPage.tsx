// Báo cáo: the reports my units owe (newest period first), and the schedules my unit consolidates,
// each opening its board.
import { Link } from "react-router";
import { useT } from "../i18n/index.tsx";
import { CompactTable } from "../shared/CompactTable.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { useApi } from "../shared/useApi.ts";
import type { ObligationSummary, ScheduleOut } from "./api.ts";
import { StateTag, TimelinessTag } from "./labels.tsx";

export function ReportsPage() {
  const t = useT();
  const mine = useApi<ObligationSummary[]>("/api/reports/obligations");
  const schedules = useApi<ScheduleOut[]>("/api/reports/schedules");
  const collected = (schedules.data ?? []).filter((s) => s.mayManage);
  return (
    <>
      <PageHeader title={t("reports.title")} intro={t("reports.intro")} />
      <ErrorAlert error={mine.error ?? schedules.error} />
      {collected.length ? (
        <Section id="reports-collected" title={t("reports.collected")}>
          <CompactTable<ScheduleOut>
            rowKey="id"
            dataSource={collected}
            columns={[
              {
                title: t("reports.schedule"),
                key: "s",
                render: (_, s) => <Link to={`/reports/schedules/${s.id}`}>{s.title}</Link>,
              },
              { title: t("reports.coordinator"), key: "c", render: (_, s) => s.coordinatorName },
              { title: t("reports.unit"), key: "u", render: (_, s) => s.units },
            ]}
          />
        </Section>
      ) : null}
      <Section id="reports-mine" title={t("reports.mine")}>
        <CompactTable<ObligationSummary>
          rowKey="id"
          loading={mine.loading}
          dataSource={mine.data ?? []}
          locale={{ emptyText: t("reports.none") }}
          columns={[
            {
              title: t("reports.schedule"),
              key: "s",
              render: (_, o) => (
                <Link to={`/reports/${o.id}`}>
                  {o.kind === "consolidated" ? `${t("reports.consolidated")}: ` : ""}
                  {o.scheduleTitle} — {o.periodLabel}
                </Link>
              ),
            },
            { title: t("reports.unit"), key: "u", render: (_, o) => o.orgName },
            { title: t("reports.due"), key: "d", render: (_, o) => formatDate(o.dueDate) },
            { title: t("reports.state"), key: "st", render: (_, o) => <StateTag state={o.state} t={t} /> },
            {
              title: t("reports.timeliness"),
              key: "t",
              render: (_, o) => <TimelinessTag value={o.timeliness} t={t} />,
            },
          ]}
        />
      </Section>
    </>
  );
}
