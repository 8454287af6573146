// One report as its form (usable on a phone: one column, full-width fields): the narrative parts,
// the indicators (computed ones read-only), the unit's tasks under the plan with their latest
// progress, and the steps the signed-in official may take. Typing autosaves the draft after a pause.
import { Alert, Button, Input, InputNumber, Modal, Radio, Space, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { api, request } from "../shared/api.ts";
import { CompactTable } from "../shared/CompactTable.tsx";
import { formatDate, formatDateTime } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { useApi } from "../shared/useApi.ts";
import { NARRATIVE_PARTS, type ObligationOut } from "./api.ts";
import { StateTag, TimelinessTag } from "./labels.tsx";

type Values = ObligationOut["values"];

export function ObligationPage() {
  const t = useT();
  const { id } = useParams();
  const form = useApi<ObligationOut>(`/api/reports/obligations/${id}`);
  const o = form.data;
  const [narratives, setNarratives] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Values>({});
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const version = useRef(0);
  useEffect(() => {
    if (!o) return;
    version.current = o.version;
    setNarratives(o.narratives);
    setValues(o.values);
    setDirty(false);
  }, [o]);

  const run = async (call: () => Promise<ObligationOut>) => {
    try {
      const out = await call();
      version.current = out.version;
      form.setData(out);
      setError(null);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const save = () =>
    run(() =>
      request<ObligationOut>("PUT", `/api/reports/obligations/${id}`, {
        version: version.current,
        narratives,
        values,
      }),
    );
  const editable = o?.permissions.edit ?? false;
  // Autosave: two seconds after the last keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: saves what is typed; `save` reads the latest state.
  useEffect(() => {
    if (!dirty || !editable) return;
    const timer = setTimeout(() => void save(), 2000);
    return () => clearTimeout(timer);
  }, [narratives, values, dirty, editable]);

  const step = async (path: string, body: Record<string, unknown> = {}) => {
    if (dirty && editable && !(await save())) return;
    await run(() =>
      api.post<ObligationOut>(`/api/reports/obligations/${id}/${path}`, {
        version: version.current,
        ...body,
      }),
    );
  };
  if (!o) return <ErrorAlert error={form.error} />;
  const setNarrative = (part: string, text: string) => {
    setNarratives((n) => ({ ...n, [part]: text }));
    setDirty(true);
  };
  const setValue = (key: string, v: number | boolean | null) => {
    setValues((x) => ({ ...x, [key]: v }));
    setDirty(true);
  };
  const warnings = new Map(o.warnings.map((w) => [w.key, w.message]));
  return (
    <div className="tt-report-form" style={{ maxWidth: 900 }}>
      <PageHeader
        title={`${o.kind === "consolidated" ? `${t("reports.consolidated")}: ` : ""}${o.orgName} — ${o.periodLabel}`}
        intro={`${o.scheduleTitle}. ${t("reports.due")}: ${formatDate(o.dueDate)}`}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <StateTag state={o.state} t={t} />
        <TimelinessTag value={o.timeliness} t={t} />
        {o.draftSavedAt ? <span>{t("reports.saved", { at: formatDateTime(o.draftSavedAt) })}</span> : null}
        {o.signedByName ? <span>{t("reports.signedBy", { name: o.signedByName })}</span> : null}
      </Space>
      {o.state === "returned" && o.comment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("reports.returnedWith", { comment: o.comment })}
        />
      ) : null}
      <ErrorAlert error={error} />
      <Section id="report-narratives" title={t("reports.narratives")}>
        {NARRATIVE_PARTS.map((part) => (
          <div key={part} style={{ marginBottom: 12 }}>
            <label htmlFor={`part-${part}`} style={{ display: "block", fontWeight: 600 }}>
              {t(`reports.part.${part}`)}
            </label>
            <Input.TextArea
              id={`part-${part}`}
              autoSize={{ minRows: 3, maxRows: 16 }}
              value={narratives[part] ?? ""}
              readOnly={!editable}
              onChange={(e) => setNarrative(part, e.target.value)}
            />
          </div>
        ))}
      </Section>
      {o.indicators.length ? (
        <Section id="report-indicators" title={t("reports.indicators")}>
          {o.indicators.map((d) => {
            const v = values[d.key] ?? null;
            const label = `${d.label}${d.kind === "percent" ? " (%)" : d.unit ? ` (${d.unit})` : ""}`;
            const ro = !editable || Boolean(d.computed);
            return (
              <div key={d.key} style={{ marginBottom: 10 }}>
                <label id={`ind-${d.key}-label`} htmlFor={`ind-${d.key}`} style={{ display: "block" }}>
                  {label}{" "}
                  {d.computed ? (
                    <Typography.Text type="secondary">{t("reports.computed")}</Typography.Text>
                  ) : null}
                </label>
                {d.kind === "yes_no" && o.kind === "unit" ? (
                  <Radio.Group
                    aria-labelledby={`ind-${d.key}-label`}
                    disabled={ro}
                    value={typeof v === "boolean" ? v : undefined}
                    onChange={(e) => setValue(d.key, e.target.value as boolean)}
                    options={[
                      { value: true, label: t("reports.yes") },
                      { value: false, label: t("reports.no") },
                    ]}
                  />
                ) : (
                  <InputNumber
                    id={`ind-${d.key}`}
                    style={{ width: "100%", maxWidth: 240 }}
                    readOnly={ro}
                    decimalSeparator=","
                    value={typeof v === "number" ? v : null}
                    onChange={(x) => setValue(d.key, typeof x === "number" ? x : null)}
                  />
                )}
                {warnings.has(d.key) ? (
                  <Typography.Text type="warning" style={{ display: "block" }}>
                    {`${t("reports.warning")}: ${warnings.get(d.key)}`}
                  </Typography.Text>
                ) : null}
              </div>
            );
          })}
        </Section>
      ) : null}
      {o.consolidation ? (
        <Section id="report-status-table" title={t("reports.statusTable")}>
          <CompactTable<NonNullable<ObligationOut["consolidation"]>["statusTable"][number]>
            rowKey="orgName"
            dataSource={o.consolidation.statusTable}
            columns={[
              { title: t("reports.unit"), key: "u", render: (_, r) => r.orgName },
              { title: t("reports.state"), key: "s", render: (_, r) => <StateTag state={r.state} t={t} /> },
              { title: t("reports.total"), key: "n", render: (_, r) => r.total },
              { title: t("reports.doneCount"), key: "d", render: (_, r) => r.done },
              { title: t("reports.onTimeCount"), key: "o", render: (_, r) => r.onTime },
              { title: t("reports.overdueCount"), key: "x", render: (_, r) => r.overdue },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {`${t("reports.notReported")}: ${o.consolidation.notReported.join("; ") || "—"}`}
          </Typography.Paragraph>
        </Section>
      ) : (
        <Section id="report-tasks" title={t("reports.tasks")}>
          <CompactTable<ObligationOut["assignments"][number]>
            rowKey="id"
            dataSource={o.assignments}
            columns={[
              { title: t("reports.task"), key: "t", render: (_, a) => a.title },
              {
                title: t("reports.state"),
                key: "s",
                render: (_, a) => `${t.maybe(`tasks.status.${a.status}`) ?? a.status} (${a.percent}%)`,
              },
              { title: t("reports.due"), key: "d", render: (_, a) => formatDate(a.dueDate) },
              { title: t("reports.progress"), key: "p", render: (_, a) => a.latestProgress ?? "—" },
            ]}
          />
        </Section>
      )}
      <Space wrap style={{ margin: "16px 0" }}>
        {editable ? <Button onClick={() => void save()}>{t("reports.save")}</Button> : null}
        {o.permissions.submit ? (
          <Button type="primary" onClick={() => void step("submit")}>
            {t("reports.submit")}
          </Button>
        ) : null}
        {o.permissions.sign ? (
          <Button type="primary" onClick={() => void step("sign")}>
            {t("reports.sign")}
          </Button>
        ) : null}
        {o.permissions.review && o.state === "submitted" ? (
          <Button onClick={() => void step("accept")}>{t("reports.accept")}</Button>
        ) : null}
        {o.permissions.review ? (
          <Button danger onClick={() => setReturning(true)}>
            {t("reports.return")}
          </Button>
        ) : null}
        <a href={`/api/reports/obligations/${o.id}/document.docx`}>{t("reports.download")}</a>
        <a href={`/api/reports/obligations/${o.id}/document.xlsx`}>{t("reports.downloadXlsx")}</a>
      </Space>
      <Section id="report-history" title={t("reports.history")}>
        <ul>
          {o.history.map((h) => (
            <li key={`${h.at}-${h.kind}`}>
              {`${formatDateTime(h.at)} — ${t.maybe(`reports.event.${h.kind}`) ?? h.kind}${h.byName ? ` — ${h.byName}` : ""}${h.comment ? `: ${h.comment}` : ""}`}
            </li>
          ))}
        </ul>
      </Section>
      <Modal
        open={returning}
        title={t("reports.return")}
        okText={t("reports.return")}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          await step("return", { comment });
          setReturning(false);
        }}
      >
        <label htmlFor="return-comment" style={{ display: "block" }}>
          {t("reports.returnComment")}
        </label>
        <Input.TextArea
          id="return-comment"
          autoSize={{ minRows: 3 }}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </div>
  );
}
