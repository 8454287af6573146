// Turning on two-factor authentication: QR code (and the key, for typing), then one code to confirm.
// Used at sign-in (administrators must) and from the user menu (anyone may).
import { Button, Form, type FormInstance, Input, Spin, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { type Submitter, useSubmit } from "../shared/forms.ts";
import { authApi } from "./api.ts";
import type { TotpEnrolment as Enrolment, Me } from "./types.ts";

export function TotpEnrolment({ onDone }: { onDone(me: Me): void }) {
  const t = useT();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const start = useSubmit();
  const confirm = useSubmit();
  const started = useRef(false);

  useEffect(() => {
    // Each start makes a new secret on the server: start once, even when React mounts twice.
    if (started.current) return;
    started.current = true;
    void start.run(authApi.startEnrolment).then((e) => e && setEnrolment(e));
  }, [start.run]);

  if (start.error) return <ErrorAlert error={start.error} />;
  if (!enrolment) return <Spin aria-label={t("app.loading")} />;
  return (
    <div className="tt-enrol">
      <p>{t("login.enrol.step1")}</p>
      <img
        className="tt-qr"
        src={enrolment.qrDataUrl}
        alt={t("login.enrol.qrAlt")}
        width={200}
        height={200}
      />
      <p>
        {t("login.enrol.secret")}{" "}
        <Typography.Text code copyable data-testid="totp-secret">
          {enrolment.secret}
        </Typography.Text>
      </p>
      <p>{t("login.enrol.step2")}</p>
      <ErrorAlert error={confirm.error} />
      <CodeForm
        submit={confirm}
        onCode={async (code, form) => {
          const me = await confirm.run(() => authApi.confirmEnrolment(code), form);
          if (me) onDone(me);
        }}
      />
    </div>
  );
}

/**
 * The 6-digit code form, shared by the sign-in step and enrolment. `onCode` gets the code trimmed
 * and runs it through `submit`, whose error marks the field.
 */
export function CodeForm({
  submit,
  onCode,
}: {
  submit: Submitter;
  onCode(code: string, form: FormInstance<{ code: string }>): Promise<void>;
}) {
  const t = useT();
  const [form] = Form.useForm<{ code: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={({ code }) => onCode(code.trim(), form)}
    >
      <Form.Item
        name="code"
        label={t("login.totp.code")}
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t("login.totp.codeInvalid") }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.submitting} block>
        {t("login.totp.submit")}
      </Button>
    </Form>
  );
}
