// The form where an administrator enters a year's schedule from the Government's announcement, or
// deletes the entered one (the built-in schedule or the default rule then applies again).
import { Button, Card, DatePicker, Form, Input, Popconfirm, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useT } from "../i18n/index.tsx";
import { api, request } from "../shared/api.ts";
import { DATE_FORMAT, formatDateTime, fromIsoDate, toIsoDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useSubmit } from "../shared/forms.ts";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import type { DayOffKind, Schedule } from "./api.ts";
import { KINDS, OriginTag } from "./labels.tsx";
import { RowList } from "./RowList.tsx";

interface FormValues {
  daysOff: Array<{ date: Dayjs | null; name: string; kind: DayOffKind }>;
  makeUpWorkingDays: Array<{ date: Dayjs | null; name: string; replaces: Dayjs | null }>;
  sources: Array<{ symbol: string; date: Dayjs | null; issuer?: string }>;
}

export function ScheduleEditor({
  year,
  onSaved,
  onClose,
}: {
  year: number;
  onSaved: () => void;
  onClose: () => void;
}) {
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
        <RowList
          name="daysOff"
          heading={t("holidays.daysOff")}
          blank={{ date: null, name: "", kind: "holiday" }}
          addLabel={t("holidays.addDayOff")}
          removeLabel={(n) => t("holidays.remove", { n })}
        >
          {(field, n) => (
            <>
              <DayAndName
                field={field}
                dateLabel={t("holidays.date", { n })}
                nameLabel={t("holidays.name")}
              />
              <Form.Item name={[field, "kind"]} label={t("holidays.kind")}>
                <Select
                  options={KINDS.map((k) => ({ value: k, label: t(`holidays.kind.${k}` as never) }))}
                  style={{ minWidth: 150 }}
                />
              </Form.Item>
            </>
          )}
        </RowList>
        <RowList
          name="makeUpWorkingDays"
          heading={t("holidays.makeUp")}
          blank={{ date: null, name: "", replaces: null }}
          addLabel={t("holidays.addMakeUp")}
          removeLabel={(n) => t("holidays.removeMakeUp", { n })}
        >
          {(field, n) => (
            <>
              <DayAndName
                field={field}
                dateLabel={t("holidays.makeUpDate", { n })}
                nameLabel={t("holidays.name")}
              />
              <Form.Item name={[field, "replaces"]} label={t("holidays.replaces")}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
            </>
          )}
        </RowList>
        <RowList
          name="sources"
          heading={t("holidays.sources")}
          blank={{ symbol: "", date: null }}
          addLabel={t("holidays.addSource")}
          removeLabel={(n) => t("holidays.removeSource", { n })}
        >
          {(field, n) => (
            <>
              <Form.Item
                name={[field, "symbol"]}
                label={t("holidays.symbol", { n })}
                rules={[{ required: true }]}
              >
                <Input placeholder="9441/TB-BNV" />
              </Form.Item>
              <Form.Item name={[field, "date"]} label={t("holidays.sourceDate")}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
              <Form.Item name={[field, "issuer"]} label={t("holidays.issuer")}>
                <Input />
              </Form.Item>
            </>
          )}
        </RowList>
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

/** The date and the name that a day off and a make-up working day both have, both required. */
function DayAndName({
  field,
  dateLabel,
  nameLabel,
}: {
  field: number;
  dateLabel: string;
  nameLabel: string;
}) {
  return (
    <>
      <Form.Item name={[field, "date"]} label={dateLabel} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item name={[field, "name"]} label={nameLabel} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
    </>
  );
}
