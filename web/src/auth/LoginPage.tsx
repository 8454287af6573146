// Sign-in: username and password, then the second factor when the account has one, or its
// enrolment when an administrator has none yet. The step follows the session's state, so a reload
// in the middle comes back to the same step.
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { Navigate, useSearchParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { requiredRule, useSubmit } from "../shared/forms.ts";
import { LanguageButton } from "../shared/LanguageButton.tsx";
import { useAuth } from "./AuthContext.tsx";
import { authApi } from "./api.ts";
import { CodeForm, TotpEnrolment } from "./TotpEnrolment.tsx";

/** Only paths inside this app: never send someone to another site after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : "/";
}

export function LoginPage() {
  const t = useT();
  const { me } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  if (me?.state === "ok") return <Navigate to={next} replace />;

  const step = me?.state ?? "password";
  const title =
    step === "totp_required"
      ? t("login.totp.title")
      : step === "totp_enrol_required"
        ? t("login.enrol.title")
        : t("login.title");
  return (
    <div className="tt-login-page">
      <header className="tt-login-top">
        <LanguageButton />
      </header>
      <main id="main" className="tt-login-main">
        <div className="tt-login-brand">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <div>
            <Typography.Title level={1} className="tt-login-title">
              {t("app.name")}
            </Typography.Title>
            <p className="tt-login-tagline">{t("app.tagline")}</p>
          </div>
        </div>
        <Card className="tt-login-card" title={<h2 className="tt-h2">{title}</h2>}>
          {me?.mode === "demo" ? <p className="tt-demo-note">{t("app.demoMode")}</p> : null}
          {step === "password" ? <PasswordStep /> : null}
          {step === "totp_required" ? <TotpStep /> : null}
          {step === "totp_enrol_required" ? <EnrolStep /> : null}
        </Card>
      </main>
    </div>
  );
}

function PasswordStep() {
  const t = useT();
  const { setMe } = useAuth();
  const submit = useSubmit();
  const [form] = Form.useForm<{ username: string; password: string }>();
  return (
    <>
      <ErrorAlert error={submit.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={async ({ username, password }) => {
          const me = await submit.run(() => authApi.login(username.trim(), password), form);
          if (me) setMe(me);
          else form.setFieldValue("password", "");
        }}
      >
        <Form.Item
          name="username"
          label={t("login.username")}
          rules={[requiredRule(t, t("login.username"), { blank: false })]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t("login.password")} rules={[requiredRule(t, t("login.password"))]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting} block>
          {t("login.submit")}
        </Button>
      </Form>
    </>
  );
}

function TotpStep() {
  const t = useT();
  const { setMe } = useAuth();
  const submit = useSubmit();
  return (
    <>
      <p>{t("login.totp.help")}</p>
      <ErrorAlert error={submit.error} />
      <CodeForm
        submit={submit}
        onCode={async (code, form) => {
          const me = await submit.run(() => authApi.totp(code), form);
          if (me) setMe(me);
          else form.setFieldValue("code", "");
        }}
      />
      <OtherAccount />
    </>
  );
}

function EnrolStep() {
  const t = useT();
  const { setMe } = useAuth();
  return (
    <>
      <Alert type="info" showIcon message={t("login.enrol.required")} className="tt-alert" />
      <TotpEnrolment onDone={setMe} />
      <OtherAccount />
    </>
  );
}

function OtherAccount() {
  const t = useT();
  const { signOut } = useAuth();
  return (
    <Button type="link" onClick={() => void signOut()} className="tt-other-account">
      {t("login.otherAccount")}
    </Button>
  );
}
