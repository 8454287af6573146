// One official: contact, roles in bodies (grant, remove), account lock. What the person may do is
// the server's decision; its refusals show as they come.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Form, Popconfirm, Space, Spin } from "antd";
import { Link, useParams } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { canManagePeople } from "../shared/access.ts";
import { CompactTable } from "../shared/CompactTable.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useSubmit } from "../shared/forms.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { type Role, roleKey } from "../shared/roles.ts";
import { Section } from "../shared/Section.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import { type Person, type PersonMembership, peopleApi } from "./api.ts";
import { RoleFields } from "./RoleFields.tsx";

export function PersonPage() {
  const t = useT();
  const me = useMe();
  const message = useToast();
  const { personId } = useParams();
  const { data: person, error, loading, setData } = useApi<Person>(`/api/people/${personId}`);
  const action = useSubmit();
  const [grantForm] = Form.useForm<{ orgId: string; role: Role; title?: string }>();
  const manage = canManagePeople(me);

  const back = (
    <Link to="/admin/people">
      <ArrowLeftOutlined aria-hidden /> {t("people.backToList")}
    </Link>
  );
  if (error)
    return (
      <>
        <PageHeader title={t("people.title")} />
        <ErrorAlert error={error} />
        {back}
      </>
    );
  if (!person) return loading ? <Spin aria-label={t("app.loading")} /> : null;

  const apply = async (run: () => Promise<Person>, done: string, form?: typeof grantForm) => {
    const next = await action.run(run, form);
    if (next) {
      setData(next);
      message.success(done);
    }
    return next;
  };
  const isSelf = person.id === me.user.id;

  return (
    <>
      <p className="tt-back">{back}</p>
      <PageHeader
        title={person.fullName}
        actions={
          manage && !isSelf ? (
            person.status === "active" ? (
              <Popconfirm
                title={t("people.lockConfirm", { name: person.fullName })}
                okText={t("people.lock")}
                cancelText={t("common.cancel")}
                okButtonProps={{ danger: true }}
                onConfirm={() => apply(() => peopleApi.setStatus(person.id, "disabled"), t("people.locked"))}
              >
                <Button danger>{t("people.lock")}</Button>
              </Popconfirm>
            ) : (
              <Button
                onClick={() => apply(() => peopleApi.setStatus(person.id, "active"), t("people.unlocked"))}
              >
                {t("people.unlock")}
              </Button>
            )
          ) : null
        }
      />
      <ErrorAlert error={action.error} />
      <Card className="tt-section">
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
          <Descriptions.Item label={t("people.col.username")}>{person.username}</Descriptions.Item>
          <Descriptions.Item label={t("people.col.status")}>
            <StatusTag tone={person.status === "active" ? "good" : "bad"}>
              {t(`people.status.${person.status}`)}
            </StatusTag>
          </Descriptions.Item>
          <Descriptions.Item label={t("people.detail.email")}>
            {person.email ?? t("common.none")}
          </Descriptions.Item>
          <Descriptions.Item label={t("people.detail.phone")}>
            {person.phone ?? t("common.none")}
          </Descriptions.Item>
          <Descriptions.Item label={t("people.col.totp")}>
            {person.totpEnabled ? t("people.totp.on") : t("people.totp.off")}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Section id="person-roles" title={t("people.detail.memberships")} className="tt-section">
        <CompactTable<PersonMembership>
          rowKey="id"
          dataSource={person.memberships}
          columns={[
            {
              title: t("people.detail.org"),
              dataIndex: "orgName",
              render: (name: string, m) => <Link to={`/admin/orgs/${m.orgId}`}>{name}</Link>,
            },
            { title: t("people.detail.role"), dataIndex: "role", render: (r: Role) => t(roleKey(r)) },
            { title: t("people.detail.title"), dataIndex: "title", render: (s: string | null) => s ?? "" },
            ...(manage
              ? [
                  {
                    title: t("common.actions"),
                    key: "actions",
                    render: (_: unknown, m: PersonMembership) => (
                      <Popconfirm
                        title={t("people.revokeConfirm", { role: t(roleKey(m.role)), org: m.orgName })}
                        okText={t("people.revoke")}
                        cancelText={t("common.cancel")}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => apply(() => peopleApi.revoke(m.id), t("people.revoked"))}
                      >
                        <Button size="small" danger>
                          {t("people.revoke")}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      {manage ? (
        <section aria-labelledby="person-grant" className="tt-section">
          <Card
            title={
              <h2 id="person-grant" className="tt-h2 tt-card-h2">
                {t("people.grant.title")}
              </h2>
            }
          >
            <Form
              form={grantForm}
              layout="vertical"
              initialValues={{ role: "specialist" }}
              onFinish={async (v) => {
                const done = await apply(
                  () =>
                    peopleApi.grant(person.id, {
                      orgId: v.orgId,
                      role: v.role,
                      title: v.title?.trim() || null,
                    }),
                  t("people.granted"),
                  grantForm,
                );
                if (done) grantForm.resetFields();
              }}
            >
              <RoleFields allowAdmin={me.isAdmin} />
              <Space>
                <Button type="primary" htmlType="submit" loading={action.submitting}>
                  {t("people.grant.submit")}
                </Button>
              </Space>
            </Form>
          </Card>
        </section>
      ) : null}
    </>
  );
}
