// The holiday schedules by year — built in, entered, or the default rule — and the form where an
// administrator enters a year's schedule from the Government's announcement (checked on the server
// by the calendar's validateSchedule, audited, recounting working-day deadlines).
import { Button } from "antd";
import { useState } from "react";
import { useT } from "../i18n/index.tsx";
import { CompactTable } from "../shared/CompactTable.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import type { Schedule } from "./api.ts";
import { OriginTag } from "./labels.tsx";
import { ScheduleEditor } from "./ScheduleEditor.tsx";

export function HolidaysPage() {
  const t = useT();
  const list = useApi<Schedule[]>("/api/holiday-schedules");
  const [year, setYear] = useState<number | null>(null);
  return (
    <>
      <PageHeader title={t("holidays.title")} intro={t("holidays.intro")} />
      <ErrorAlert error={list.error} />
      <CompactTable<Schedule>
        rowKey="year"
        loading={list.loading}
        dataSource={list.data ?? []}
        columns={[
          { title: t("holidays.year"), key: "y", render: (_, s) => s.year },
          { title: t("holidays.origin"), key: "o", render: (_, s) => <OriginTag origin={s.origin} t={t} /> },
          { title: t("holidays.daysOff"), key: "d", render: (_, s) => s.daysOff.length },
          {
            title: t("holidays.makeUp"),
            key: "m",
            render: (_, s) => s.makeUpWorkingDays.map((m) => formatDate(m.date)).join(", ") || "—",
          },
          {
            title: t("holidays.sources"),
            key: "s",
            render: (_, s) => s.sources.map((x) => x.symbol).join("; ") || "—",
          },
          {
            title: t("holidays.actions"),
            key: "a",
            render: (_, s) => (
              <Button
                size="small"
                onClick={() => setYear(s.year)}
                aria-label={t("holidays.editYear", {
                  action: s.origin === "entered" ? t("holidays.edit") : t("holidays.enter"),
                  year: s.year,
                })}
              >
                {s.origin === "entered" ? t("holidays.edit") : t("holidays.enter")}
              </Button>
            ),
          },
        ]}
      />
      {year ? (
        <ScheduleEditor key={year} year={year} onSaved={list.reload} onClose={() => setYear(null)} />
      ) : null}
    </>
  );
}
