// Merge N bodies into one (an existing body or a new one), and split one body into several new
// ones. The server moves open work, children and — as chosen here, by default everyone — people
// to the successors.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Radio } from "antd";
import { useMemo } from "react";
import type { PeopleChoice } from "../../../../src/modules/orgs/contract.ts";
import { useT } from "../../i18n/index.tsx";
import { fromIsoDate, todayInVietnam } from "../../shared/dates.ts";
import { useSubmit } from "../../shared/forms.ts";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Org } from "../../shared/orgs/types.ts";
import { SubformCard } from "../../shared/SubformCard.tsx";
import { orgsApi } from "../api.ts";
import { type ChangeModalProps, FormModal } from "./FormModal.tsx";
import {
  ChangeFields,
  type ChangeFormValues,
  OrgFields,
  type OrgFormValues,
  toChangeMeta,
  toOrgInput,
} from "./fields.tsx";
import { PeopleChoiceField } from "./PeopleChoice.tsx";

interface MergeValues extends ChangeFormValues {
  sourceIds: string[];
  into: "existing" | "new";
  successorId?: string;
  successor?: OrgFormValues;
  people?: PeopleChoice[];
}

export function MergeModal({ org, onCancel, onDone }: ChangeModalProps) {
  const t = useT();
  const [form] = Form.useForm<MergeValues>();
  const submit = useSubmit();
  const into = Form.useWatch("into", form) ?? "existing";
  const sources = Form.useWatch("sourceIds", form);
  const isSource = useMemo(() => (o: Org) => (sources ?? []).includes(o.id), [sources]);
  return (
    <FormModal<MergeValues>
      title={t("orgs.merge.title")}
      form={form}
      submit={submit}
      width={720}
      okText={t("orgs.action.merge")}
      initialValues={{
        sourceIds: [org.id],
        into: "existing",
        successor: { system: org.system, kind: org.kind, level: org.level, name: "" },
        effectiveDate: fromIsoDate(todayInVietnam()) ?? undefined,
      }}
      onCancel={onCancel}
      onFinish={async (v) => {
        const result = await submit.run(
          () =>
            orgsApi.merge({
              ...toChangeMeta(v),
              sourceIds: v.sourceIds,
              successorId: v.into === "existing" ? (v.successorId ?? null) : null,
              successor: v.into === "new" && v.successor ? toOrgInput(v.successor) : null,
              people: v.people ?? [],
            }),
          form,
        );
        if (result) onDone(result.successor);
      }}
    >
      <Form.Item
        name="sourceIds"
        label={t("orgs.merge.sources")}
        rules={[
          { required: true, message: t("common.choose", { field: t("orgs.merge.sources").toLowerCase() }) },
        ]}
      >
        <OrgTreeSelect multiple />
      </Form.Item>
      <Form.Item name="into" label={t("orgs.merge.into")}>
        <Radio.Group
          options={[
            { value: "existing", label: t("orgs.merge.intoExisting") },
            { value: "new", label: t("orgs.merge.intoNew") },
          ]}
        />
      </Form.Item>
      {into === "existing" ? (
        <Form.Item
          name="successorId"
          label={t("orgs.merge.successor")}
          rules={[
            {
              required: true,
              message: t("common.choose", { field: t("orgs.merge.successor").toLowerCase() }),
            },
          ]}
        >
          <OrgTreeSelect disabled={isSource} />
        </Form.Item>
      ) : (
        <Card
          size="small"
          title={<h3 className="tt-h3 tt-card-h3">{t("orgs.merge.newOrg")}</h3>}
          className="tt-subform"
        >
          <Form.Item name={["successor", "parentId"]} label={t("orgs.form.parent")}>
            <OrgTreeSelect allowClear />
          </Form.Item>
          <OrgFields prefix={["successor"]} withValidFrom={false} />
        </Card>
      )}
      <Form.Item name="people" noStyle>
        <PeopleChoiceField sourceIds={sources ?? []} successors={[""]} />
      </Form.Item>
      <ChangeFields />
    </FormModal>
  );
}

interface SplitValues extends ChangeFormValues {
  successors: OrgFormValues[];
  people?: PeopleChoice[];
}

export function SplitModal({ org, onCancel, onDone }: ChangeModalProps) {
  const t = useT();
  const [form] = Form.useForm<SplitValues>();
  const submit = useSubmit();
  const blank = (): OrgFormValues => ({ system: org.system, kind: org.kind, level: org.level, name: "" });
  const named = (Form.useWatch("successors", form) ?? []).map(
    (s, i) => s?.name?.trim() || t("orgs.people.unnamed", { n: i + 1 }),
  );
  return (
    <FormModal<SplitValues>
      title={t("orgs.split.title", { name: org.name })}
      form={form}
      submit={submit}
      width={720}
      okText={t("orgs.action.split")}
      initialValues={{
        successors: [blank(), blank()],
        effectiveDate: fromIsoDate(todayInVietnam()) ?? undefined,
      }}
      onCancel={onCancel}
      onFinish={async (v) => {
        const result = await submit.run(
          () =>
            orgsApi.split({
              ...toChangeMeta(v),
              sourceId: org.id,
              successors: v.successors.map((s) => ({ ...toOrgInput(s), parentId: org.parentId })),
              // A choice of a new body since removed falls back to the default, the first one.
              people: (v.people ?? []).filter((c) => (c.successorIndex ?? 0) < v.successors.length),
            }),
          form,
        );
        const first = result?.successors[0];
        if (first) onDone(first);
      }}
    >
      <h3 className="tt-h3">{t("orgs.split.successors")}</h3>
      <Form.List
        name="successors"
        rules={[
          {
            validator: async (_, items: unknown[]) =>
              items && items.length >= 2 ? undefined : Promise.reject(new Error(t("orgs.split.min"))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <SubformCard
                key={field.key}
                heading="h4"
                title={t("orgs.split.successor", { n: i + 1 })}
                removeLabel={t("orgs.split.removeSuccessor", { n: i + 1 })}
                onRemove={fields.length > 2 ? () => remove(field.name) : undefined}
              >
                <OrgFields prefix={[field.name]} withValidFrom={false} />
              </SubformCard>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add(blank())}
              className="tt-add-button"
            >
              {t("orgs.split.addSuccessor")}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="people" noStyle>
        <PeopleChoiceField sourceIds={[org.id]} successors={named.length > 1 ? named : ["", ""]} />
      </Form.Item>
      <ChangeFields />
    </FormModal>
  );
}
