// Add a body (under a chosen parent), or edit one's fields with its version: if someone else
// saved first (409), the form is refilled with their version to review before saving again.
import { Alert, Form } from "antd";
import { useState } from "react";
import { useT } from "../../i18n/index.tsx";
import { isApiError } from "../../shared/api.ts";
import { fromIsoDate } from "../../shared/dates.ts";
import { useSubmit } from "../../shared/forms.ts";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Org } from "../../shared/orgs/types.ts";
import { orgsApi } from "../api.ts";
import { FormModal } from "./FormModal.tsx";
import { OrgFields, type OrgFormValues, toOrgInput } from "./fields.tsx";

const valuesOf = (org: Org): OrgFormValues => ({
  code: org.code ?? "",
  system: org.system,
  kind: org.kind,
  level: org.level,
  name: org.name,
  shortName: org.shortName ?? "",
  aliases: org.aliases,
  validFrom: fromIsoDate(org.validFrom),
});

export function OrgEditModal({
  org,
  parent,
  onCancel,
  onDone,
}: {
  /** The body to edit; absent to add one. */
  org?: Org;
  /** The new body's parent, when adding. */
  parent?: Org;
  onCancel(): void;
  onDone(org: Org): void;
}) {
  const t = useT();
  const [form] = Form.useForm<OrgFormValues>();
  const submit = useSubmit();
  const [version, setVersion] = useState(org?.version ?? 0);
  const [refreshed, setRefreshed] = useState(false);

  const save = async (values: OrgFormValues): Promise<Org> => {
    const input = toOrgInput(values);
    if (!org) return orgsApi.create(input);
    // The parent changes only through "Chuyển cấp trên", which records the event.
    const { parentId: _, ...fields } = input;
    try {
      return await orgsApi.update(org.id, { ...fields, version });
    } catch (e) {
      const current =
        isApiError(e) && e.code === "CONFLICT" ? (e.details as { current?: Org })?.current : null;
      if (current) {
        setVersion(current.version);
        form.setFieldsValue(valuesOf(current));
        setRefreshed(true);
      }
      throw e;
    }
  };

  return (
    <FormModal<OrgFormValues>
      title={org ? `${t("orgs.action.edit")}: ${org.name}` : t("orgs.add")}
      form={form}
      submit={submit}
      initialValues={
        org
          ? valuesOf(org)
          : { parentId: parent?.id ?? null, system: parent?.system ?? "state", level: parent?.level ?? null }
      }
      onCancel={onCancel}
      onFinish={async (values) => {
        const saved = await submit.run(() => save(values), form);
        if (saved) onDone(saved);
      }}
    >
      {refreshed ? (
        <Alert type="warning" showIcon message={t("orgs.form.conflict")} className="tt-alert" />
      ) : null}
      {org ? null : (
        <Form.Item name="parentId" label={t("orgs.form.parent")}>
          <OrgTreeSelect allowClear placeholder={t("orgs.form.noParent")} />
        </Form.Item>
      )}
      <OrgFields />
    </FormModal>
  );
}
