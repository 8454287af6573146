// The coordinator's board of one schedule: every unit's report of a period — missing the longest
// first, then what is due soonest —, the period's rates, and the consolidated report.
import { Button, Select, Space, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import { CompactTable } from "../shared/CompactTable.tsx";
import { formatDate, formatDateTime } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import type { BoardOut, ObligationOut, ObligationSummary } from "./api.ts";
import { StateTag, TimelinessTag } from "./labels.tsx";

export function BoardPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const board = useApi<BoardOut>(`/api/reports/schedules/${id}/board`, { period });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const b = board.data;
  const consolidate = async () => {
    if (!b?.period) return;
    setBusy(true);
    try {
      const out = await api.post<ObligationOut>(`/api/reports/schedules/${id}/consolidate`, {
        periodKey: b.period.key,
      });
      navigate(`/reports/${out.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader
        title={b ? `${t("reports.board")}: ${b.schedule.title}` : t("reports.board")}
        actions={
          b?.period ? (
            <Space wrap>
              {b.consolidatedId ? (
                <Link to={`/reports/${b.consolidatedId}`}>{t("reports.openConsolidated")}</Link>
              ) : null}
              <Button type="primary" loading={busy} onClick={consolidate}>
                {t("reports.consolidate")}
              </Button>
            </Space>
          ) : null
        }
      />
      <ErrorAlert error={board.error ?? error} />
      {b ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <label htmlFor="report-period">{t("reports.period")}</label>
            <Select
              id="report-period"
              style={{ minWidth: 240 }}
              value={b.period?.key}
              onChange={setPeriod}
              options={b.periods.map((p) => ({ value: p.key, label: p.label }))}
            />
            {b.period ? <span>{`${t("reports.due")}: ${formatDate(b.period.dueDate)}`}</span> : null}
          </Space>
          <Typography.Paragraph>
            {t("reports.totals", {
              units: b.totals.units,
              onTime: b.totals.onTime,
              late: b.totals.late,
              missing: b.totals.missing,
              pending: b.totals.pending,
              rate: b.totals.onTimeRate.toLocaleString("vi-VN"),
            })}
          </Typography.Paragraph>
          <CompactTable<ObligationSummary>
            rowKey="id"
            loading={board.loading}
            dataSource={b.rows}
            columns={[
              {
                title: t("reports.unit"),
                key: "u",
                render: (_, o) => <Link to={`/reports/${o.id}`}>{o.orgName}</Link>,
              },
              { title: t("reports.state"), key: "s", render: (_, o) => <StateTag state={o.state} t={t} /> },
              {
                title: t("reports.timeliness"),
                key: "t",
                render: (_, o) => <TimelinessTag value={o.timeliness} t={t} />,
              },
              { title: t("reports.due"), key: "d", render: (_, o) => formatDate(o.dueDate) },
              {
                title: t("reports.event.signed"),
                key: "at",
                render: (_, o) => (o.submittedAt ? formatDateTime(o.submittedAt) : "—"),
              },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
