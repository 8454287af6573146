// Quản trị → Nhắc việc: N (working days before a deadline), M (working days overdue before the
// supervising body is told), K (repeat of the overdue reminder), e-mail on or off; and a button to
// run today's reminders now (each unit still gets at most one digest a day).
import { Alert, Button, Form, InputNumber, Switch } from "antd";
import { useState } from "react";
import { useT } from "../i18n/index.tsx";
import { api, request } from "../shared/api.ts";
import { formatDateTime } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useSubmit } from "../shared/forms.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import type { ReminderSettings, ReminderSettingsOut as SettingOut } from "./api.ts";
import "./tasks.css";

interface RunResult {
  day: string;
  skipped: string | null;
  digests: number;
  items: number;
  escalations: number;
  delivery: { sent: number; failed: number; notSent: number };
}

/** The settings that are a number of days, with the bounds the server accepts. */
const NUMBER_FIELDS = [
  {
    name: "daysBefore",
    label: "tasks.settings.daysBefore",
    help: "tasks.settings.daysBeforeHelp",
    min: 1,
    max: 30,
  },
  {
    name: "escalateAfter",
    label: "tasks.settings.escalateAfter",
    help: "tasks.settings.escalateAfterHelp",
    min: 1,
    max: 60,
  },
  {
    name: "repeatOverdueEvery",
    label: "tasks.settings.repeat",
    help: "tasks.settings.repeatHelp",
    min: 0,
    max: 60,
  },
] as const;

export function ReminderSettingsPage() {
  const t = useT();
  const toast = useToast();
  const setting = useApi<SettingOut>("/api/settings/reminders");
  const submit = useSubmit();
  const run = useSubmit();
  const [result, setResult] = useState<RunResult | null>(null);
  const [form] = Form.useForm<ReminderSettings>();
  const s = setting.data;
  return (
    <>
      <PageHeader title={t("tasks.settings.title")} intro={t("tasks.settings.intro")} />
      <ErrorAlert error={setting.error ?? submit.error} />
      {s ? (
        <Form<ReminderSettings>
          form={form}
          layout="vertical"
          className="tt-form-narrow"
          initialValues={s.value}
          onFinish={async (value) => {
            const saved = await submit.run(
              () => request<SettingOut>("PUT", "/api/settings/reminders", { value, version: s.version }),
              form,
            );
            if (saved) {
              setting.setData(saved);
              toast.success(t("tasks.settings.saved"));
            }
          }}
        >
          {NUMBER_FIELDS.map((f) => (
            <Form.Item
              key={f.name}
              label={t(f.label)}
              name={f.name}
              extra={t(f.help)}
              rules={[{ required: true }]}
            >
              <InputNumber min={f.min} max={f.max} />
            </Form.Item>
          ))}
          <Form.Item label={t("tasks.settings.email")} name="email" valuePropName="checked">
            <Switch />
          </Form.Item>
          <p className="tt-muted">
            {s.updatedAt
              ? t("tasks.settings.updatedAt", { at: formatDateTime(s.updatedAt) })
              : t("tasks.settings.defaults")}
          </p>
          <Button type="primary" htmlType="submit" loading={submit.submitting}>
            {t("tasks.settings.save")}
          </Button>
        </Form>
      ) : null}
      <Section id="tt-run-h" title={t("tasks.settings.runTitle")} className="tt-section">
        <p>{t("tasks.settings.runIntro")}</p>
        <ErrorAlert error={run.error} />
        <Button
          loading={run.submitting}
          onClick={async () => {
            const r = await run.run(() => api.post<RunResult>("/api/reminders/run"));
            if (r) setResult(r);
          }}
        >
          {t("tasks.settings.runNow")}
        </Button>
        {result ? (
          <Alert
            className="tt-alert"
            type={result.skipped ? "info" : "success"}
            showIcon
            message={
              result.skipped ??
              t("tasks.settings.runResult", {
                digests: result.digests,
                items: result.items,
                escalations: result.escalations,
                sent: result.delivery.sent,
                notSent: result.delivery.notSent,
                failed: result.delivery.failed,
              })
            }
          />
        ) : null}
      </Section>
    </>
  );
}
