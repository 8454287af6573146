// Body + role + title: one role to grant (on the person page, and in the account form's list).
import { Form, Input } from "antd";
import { useT } from "../i18n/index.tsx";
import { FormSelect } from "../shared/FormSelect.tsx";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { ROLES, roleKey } from "../shared/roles.ts";

export function RoleFields({
  prefix = [],
  allowAdmin,
}: {
  prefix?: (string | number)[];
  allowAdmin: boolean;
}) {
  const t = useT();
  return (
    <>
      <Form.Item
        name={[...prefix, "orgId"]}
        label={t("people.detail.org")}
        rules={[
          { required: true, message: t("common.choose", { field: t("people.detail.org").toLowerCase() }) },
        ]}
      >
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item
        name={[...prefix, "role"]}
        label={t("people.detail.role")}
        rules={[
          { required: true, message: t("common.choose", { field: t("people.detail.role").toLowerCase() }) },
        ]}
      >
        <FormSelect
          options={ROLES.filter((r) => allowAdmin || r !== "admin").map((r) => ({
            value: r,
            label: t(roleKey(r)),
          }))}
        />
      </Form.Item>
      <Form.Item name={[...prefix, "title"]} label={`${t("people.detail.title")} ${t("common.optional")}`}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
