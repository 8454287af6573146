// The holiday schedules by year — built in, entered, or the default rule — and the form where an
// administrator enters a year's schedule from the Government's announcement (checked on the server
// by the calendar's validateSchedule, audited, recounting working-day deadlines).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Form, Input, Popconfirm, Select, Table } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { type TFunction, useT } from "../i18n/index.tsx";
import { api, request } from "../shared/api.ts";
import { DATE_FORMAT, formatDate, formatDateTime, fromIsoDate, toIsoDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useSubmit } from "../shared/forms.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";

type Origin = "built-in" | "entered" | "default";
type DayOffKind = "holiday" | "compensation" | "swap" | "weekend";

interface Schedule {
  year: number;
  origin: Origin;
  daysOff: Array<{ date: string; name: string; kind: DayOffKind }>;
  makeUpWorkingDays: Array<{ date: string; name: string; replaces?: string }>;
  sources: Array<{ symbol: string; date?: string; issuer?: string; note?: string }>;
  version: number | null;
  updatedAt: string | null;
  hasBuiltIn: boolean;
}

interface FormValues {
  daysOff: Array<{ date: Dayjs | null; name: string; kind: DayOffKind }>;
  makeUpWorkingDays: Array<{ date: Dayjs | null; name: string; replaces: Dayjs | null }>;
  sources: Array<{ symbol: string; date: Dayjs | null; issuer?: string }>;
}

const KINDS: DayOffKind[] = ["holiday", "compensation", "swap", "weekend"];
const originTone = (o: Origin) => (o === "entered" ? "good" : o === "built-in" ? "info" : "warn");

function OriginTag({ origin, t }: { origin: Origin; t: TFunction }) {
  return <StatusTag tone={originTone(origin)}>{t(`holidays.origin.${origin}` as never)}</StatusTag>;
}

export function HolidaysPage() {
  const t = useT();
  const list = useApi<Schedule[]>("/api/holiday-schedules");
  const [year, setYear] = useState<number | null>(null);
  return (
    <>
      <PageHeader title={t("holidays.title")} intro={t("holidays.intro")} />
      <ErrorAlert error={list.error} />
      <Table<Schedule>
        rowKey="year"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
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
      {year ? <Editor key={year} year={year} onSaved={list.reload} onClose={() => setYear(null)} /> : null}
    </>
  );
}

function Editor({ year, onSaved, onClose }: { year: number; onSaved: () => void; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const current = useApi<Schedule>(`/api/holiday-schedules/${year}`);
  const submit = useSubmit();
  const [form] = Form.useForm<FormValues>();
  const s = current.data;
  if (!s) return <ErrorAlert error={current.error} />;
  const initial: FormValues = {
    daysOff: s.daysOff.map((d) => ({ date: fromIsoDate(d.date), name: d.name, kind: d.kind })),
    makeUpWorkingDays: s.makeUpWorkingDays.map((m) => ({
      date: fromIsoDate(m.date),
      name: m.name,
      replaces: fromIsoDate(m.replaces),
    })),
    sources:
      s.origin === "entered"
        ? s.sources.map((x) => ({ symbol: x.symbol, date: fromIsoDate(x.date), issuer: x.issuer }))
        : [],
  };
  return (
    <Card
      className="tt-section"
      title={<h2 className="tt-h2">{t("holidays.editorTitle", { year })}</h2>}
      extra={<Button onClick={onClose}>{t("holidays.close")}</Button>}
    >
      <p>
        <OriginTag origin={s.origin} t={t} />{" "}
        {s.updatedAt ? t("holidays.updatedAt", { at: formatDateTime(s.updatedAt) }) : t("holidays.startFrom")}
      </p>
      <ErrorAlert error={submit.error} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v) => {
          const body = {
            daysOff: v.daysOff.map((d) => ({ date: toIsoDate(d.date), name: d.name ?? "", kind: d.kind })),
            makeUpWorkingDays: v.makeUpWorkingDays.map((m) => ({
              date: toIsoDate(m.date),
              name: m.name ?? "",
              ...(m.replaces ? { replaces: toIsoDate(m.replaces) } : {}),
            })),
            sources: v.sources.map((x) => ({
              symbol: x.symbol,
              ...(x.date ? { date: toIsoDate(x.date) } : {}),
              ...(x.issuer ? { issuer: x.issuer } : {}),
            })),
            ...(s.origin === "entered" && s.version ? { version: s.version } : {}),
          };
          const saved = await submit.run(
            () => request<Schedule>("PUT", `/api/holiday-schedules/${year}`, body),
            form,
          );
          if (saved) {
            toast.success(t("holidays.saved", { year }));
            current.setData(saved);
            onSaved();
          }
        }}
      >
        <h3 className="tt-h3">{t("holidays.daysOff")}</h3>
        <Form.List name="daysOff">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="tt-filters">
                  <Form.Item
                    name={[f.name, "date"]}
                    label={t("holidays.date", { n: i + 1 })}
                    rules={[{ required: true }]}
                  >
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item name={[f.name, "name"]} label={t("holidays.name")} rules={[{ required: true }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, "kind"]} label={t("holidays.kind")}>
                    <Select
                      options={KINDS.map((k) => ({ value: k, label: t(`holidays.kind.${k}` as never) }))}
                      style={{ minWidth: 150 }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(f.name)}
                    aria-label={t("holidays.remove", { n: i + 1 })}
                  />
                </div>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ date: null, name: "", kind: "holiday" })}
              >
                {t("holidays.addDayOff")}
              </Button>
            </>
          )}
        </Form.List>
        <h3 className="tt-h3">{t("holidays.makeUp")}</h3>
        <Form.List name="makeUpWorkingDays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="tt-filters">
                  <Form.Item
                    name={[f.name, "date"]}
                    label={t("holidays.makeUpDate", { n: i + 1 })}
                    rules={[{ required: true }]}
                  >
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item name={[f.name, "name"]} label={t("holidays.name")} rules={[{ required: true }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, "replaces"]} label={t("holidays.replaces")}>
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(f.name)}
                    aria-label={t("holidays.removeMakeUp", { n: i + 1 })}
                  />
                </div>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ date: null, name: "", replaces: null })}
              >
                {t("holidays.addMakeUp")}
              </Button>
            </>
          )}
        </Form.List>
        <h3 className="tt-h3">{t("holidays.sources")}</h3>
        <Form.List name="sources">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="tt-filters">
                  <Form.Item
                    name={[f.name, "symbol"]}
                    label={t("holidays.symbol", { n: i + 1 })}
                    rules={[{ required: true }]}
                  >
                    <Input placeholder="9441/TB-BNV" />
                  </Form.Item>
                  <Form.Item name={[f.name, "date"]} label={t("holidays.sourceDate")}>
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item name={[f.name, "issuer"]} label={t("holidays.issuer")}>
                    <Input />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(f.name)}
                    aria-label={t("holidays.removeSource", { n: i + 1 })}
                  />
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ symbol: "", date: null })}>
                {t("holidays.addSource")}
              </Button>
            </>
          )}
        </Form.List>
        <div className="tt-section">
          <Button type="primary" htmlType="submit" loading={submit.submitting}>
            {t("holidays.save", { year })}
          </Button>{" "}
          {s.origin === "entered" && s.version ? (
            <Popconfirm
              title={t("holidays.deleteConfirm", { year })}
              okText={t("holidays.delete")}
              cancelText={t("holidays.close")}
              onConfirm={async () => {
                const back = await submit.run(() =>
                  api.del<Schedule>(`/api/holiday-schedules/${year}?version=${s.version}`),
                );
                if (back) {
                  toast.success(t("holidays.deleted", { year }));
                  current.setData(back);
                  form.setFieldsValue({ sources: [] });
                  onSaved();
                }
              }}
            >
              <Button danger>{t("holidays.delete")}</Button>
            </Popconfirm>
          ) : null}
        </div>
      </Form>
    </Card>
  );
}
