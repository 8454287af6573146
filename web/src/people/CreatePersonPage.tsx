// A new official's account with at least one role. Leaders create accounts in their subtree;
// the server refuses roles above the creator's own.
import { ArrowLeftOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input } from "antd";
import { Link, useNavigate } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import type { Role } from "../auth/types.ts";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { requiredRule, useSubmit } from "../shared/forms.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { SubformCard } from "../shared/SubformCard.tsx";
import { useToast } from "../shared/toast.tsx";
import { peopleApi } from "./api.ts";
import { RoleFields } from "./RoleFields.tsx";

interface Values {
  username: string;
  fullName: string;
  email?: string;
  phone?: string;
  password: string;
  memberships: Array<{ orgId: string; role: Role; title?: string }>;
}

const blank = (s?: string) => (s?.trim() ? s.trim() : null);

export function CreatePersonPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const message = useToast();
  const [form] = Form.useForm<Values>();
  const submit = useSubmit();
  const req = (field: string) => requiredRule(t, field, { blank: false });
  return (
    <>
      <p className="tt-back">
        <Link to="/admin/people">
          <ArrowLeftOutlined aria-hidden /> {t("people.backToList")}
        </Link>
      </p>
      <PageHeader title={t("people.new.title")} />
      <ErrorAlert error={submit.error} />
      <Card className="tt-form-card">
        <Form
          form={form}
          layout="vertical"
          scrollToFirstError
          initialValues={{ memberships: [{ orgId: me.actingOrgId ?? undefined, role: "specialist" }] }}
          onFinish={async (v) => {
            const person = await submit.run(
              () =>
                peopleApi.create({
                  username: v.username.trim().toLowerCase(),
                  fullName: v.fullName.trim(),
                  email: blank(v.email),
                  phone: blank(v.phone),
                  password: v.password,
                  memberships: v.memberships.map((m) => ({
                    orgId: m.orgId,
                    role: m.role,
                    title: blank(m.title),
                  })),
                }),
              form,
            );
            if (person) {
              message.success(t("people.new.done", { username: person.username }));
              navigate(`/admin/people/${person.id}`);
            }
          }}
        >
          <Form.Item
            name="username"
            label={t("people.new.username")}
            extra={t("people.new.usernameHelp")}
            rules={[
              req(t("people.new.username")),
              { pattern: /^[a-z0-9._-]{3,60}$/, message: t("people.new.usernameInvalid") },
            ]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item name="fullName" label={t("people.new.fullName")} rules={[req(t("people.new.fullName"))]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="email"
            label={`${t("people.new.email")} ${t("common.optional")}`}
            rules={[{ type: "email" }]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item name="phone" label={`${t("people.new.phone")} ${t("common.optional")}`}>
            <Input type="tel" maxLength={30} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("people.new.password")}
            extra={t("people.new.passwordHelp")}
            rules={[{ required: true, min: 10, message: t("password.tooShort") }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <h2 className="tt-h2">{t("people.new.memberships")}</h2>
          <Form.List name="memberships">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <SubformCard
                    key={field.key}
                    heading="h3"
                    title={t("people.new.membership", { n: i + 1 })}
                    removeLabel={t("people.new.removeMembership", { n: i + 1 })}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                  >
                    <RoleFields prefix={[field.name]} allowAdmin={me.isAdmin} />
                  </SubformCard>
                ))}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ role: "specialist" })}
                  className="tt-add-button"
                >
                  {t("people.new.addMembership")}
                </Button>
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={submit.submitting} className="tt-submit">
            {t("people.new.submit")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
