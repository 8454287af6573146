// The reorganisation events on one body: rename, move to another parent, dissolve. Each has an
// effective date (default today, Vietnam time) and the decision that ordered it.
import { Alert, Form, Input } from "antd";
import { useMemo } from "react";
import type { PeopleChoice } from "../../../../src/modules/orgs/contract.ts";
import { useT } from "../../i18n/index.tsx";
import { fromIsoDate, todayInVietnam } from "../../shared/dates.ts";
import { requiredRule, useSubmit } from "../../shared/forms.ts";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Org } from "../../shared/orgs/types.ts";
import { useOrgs } from "../../shared/orgs/useOrgs.ts";
import { orgsApi } from "../api.ts";
import { FormModal, type ChangeModalProps as Props } from "./FormModal.tsx";
import { ChangeFields, type ChangeFormValues, toChangeMeta } from "./fields.tsx";
import { PeopleChoiceField } from "./PeopleChoice.tsx";

const today = () => fromIsoDate(todayInVietnam());

export function RenameModal({ org, onCancel, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<ChangeFormValues & { name: string; shortName?: string }>();
  const submit = useSubmit();
  return (
    <FormModal
      title={t("orgs.rename.title", { name: org.name })}
      form={form}
      submit={submit}
      initialValues={{ name: org.name, shortName: org.shortName ?? "", effectiveDate: today() ?? undefined }}
      onCancel={onCancel}
      onFinish={async (v) => {
        const saved = await submit.run(
          () =>
            orgsApi.rename(org.id, {
              ...toChangeMeta(v),
              name: v.name.trim(),
              shortName: v.shortName?.trim() || null,
            }),
          form,
        );
        if (saved) onDone(saved);
      }}
    >
      <Form.Item
        name="name"
        label={t("orgs.rename.newName")}
        rules={[requiredRule(t, t("orgs.rename.newName"), { blank: false })]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="shortName" label={t("orgs.rename.newShortName")}>
        <Input maxLength={120} />
      </Form.Item>
      <ChangeFields />
    </FormModal>
  );
}

/** Bodies that cannot become the parent: the body itself and everything below it. */
function useSubtree(orgId: string): (o: Org) => boolean {
  const { orgs } = useOrgs();
  return useMemo(() => {
    const below = new Set([orgId]);
    // The list is ordered parents first, so one pass collects the subtree.
    for (const o of orgs ?? []) if (o.parentId && below.has(o.parentId)) below.add(o.id);
    return (o: Org) => below.has(o.id);
  }, [orgs, orgId]);
}

export function MoveModal({ org, onCancel, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<ChangeFormValues & { parentId: string | null }>();
  const submit = useSubmit();
  const inSubtree = useSubtree(org.id);
  return (
    <FormModal
      title={t("orgs.move.title", { name: org.name })}
      form={form}
      submit={submit}
      initialValues={{ parentId: org.parentId, effectiveDate: today() ?? undefined }}
      onCancel={onCancel}
      onFinish={async (v) => {
        const saved = await submit.run(
          () => orgsApi.move(org.id, { ...toChangeMeta(v), parentId: v.parentId ?? null }),
          form,
        );
        if (saved) onDone(saved);
      }}
    >
      <Form.Item name="parentId" label={t("orgs.move.parent")}>
        <OrgTreeSelect allowClear placeholder={t("orgs.form.noParent")} disabled={inSubtree} />
      </Form.Item>
      <ChangeFields />
    </FormModal>
  );
}

export function DissolveModal({ org, onCancel, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<ChangeFormValues & { successorId?: string | null; people?: PeopleChoice[] }>();
  const submit = useSubmit();
  const self = useMemo(() => (o: Org) => o.id === org.id, [org.id]);
  const successorId = Form.useWatch("successorId", form);
  return (
    <FormModal
      title={t("orgs.dissolve.title", { name: org.name })}
      form={form}
      submit={submit}
      danger
      okText={t("orgs.action.dissolve")}
      initialValues={{ effectiveDate: today() ?? undefined }}
      onCancel={onCancel}
      onFinish={async (v) => {
        const saved = await submit.run(
          () =>
            orgsApi.dissolve(org.id, {
              ...toChangeMeta(v),
              successorId: v.successorId ?? null,
              people: v.successorId ? (v.people ?? []) : [],
            }),
          form,
        );
        if (saved) onDone(saved);
      }}
    >
      <Alert type="warning" showIcon message={t("orgs.dissolve.warning")} className="tt-alert" />
      <Form.Item name="successorId" label={t("orgs.dissolve.successor")}>
        <OrgTreeSelect allowClear disabled={self} />
      </Form.Item>
      {/* Without a successor nobody can follow: their roles here simply end. */}
      {successorId ? (
        <Form.Item name="people" noStyle>
          <PeopleChoiceField sourceIds={[org.id]} successors={[""]} />
        </Form.Item>
      ) : null}
      <ChangeFields />
    </FormModal>
  );
}
