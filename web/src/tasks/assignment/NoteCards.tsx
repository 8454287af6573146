// The actions that send a note with their own error: a contribution, an urge, a comment (NoteCard),
// and the coordinator's reassignment to another lead unit.
import { Button, Form, Input } from "antd";
import { useState } from "react";
import { useT } from "../../i18n/index.tsx";
import { api } from "../../shared/api.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSubmit } from "../../shared/forms.ts";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { AssignmentDetail } from "../api.ts";
import { ActionCard, FilesInput } from "./ActionCard.tsx";

export function NoteCard(props: {
  title: string;
  label: string;
  button: string;
  withFiles?: boolean;
  onSend: (note: string, files: File[]) => Promise<unknown>;
  onDone: () => void;
}) {
  const t = useT();
  const submit = useSubmit();
  const [form] = Form.useForm();
  const [files, setFiles] = useState<File[]>([]);
  const id = props.title.replace(/\W+/g, "-").toLowerCase();
  return (
    <ActionCard title={props.title}>
      <ErrorAlert error={submit.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v: { note: string }) => {
          const r = await submit.run(() => props.onSend(v.note, files), form);
          if (r) {
            form.resetFields();
            setFiles([]);
            props.onDone();
          }
        }}
      >
        <Form.Item
          label={props.label}
          name="note"
          rules={[{ required: true, message: t("tasks.form.noteRequired") }]}
        >
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        {props.withFiles ? (
          <FilesInput id={`tt-files-${id}`} files={files} onChange={setFiles} t={t} />
        ) : null}
        <Button htmlType="submit" loading={submit.submitting}>
          {props.button}
        </Button>
      </Form>
    </ActionCard>
  );
}

export function ReassignCard({ a, onDone }: { a: AssignmentDetail; onDone: () => void }) {
  const t = useT();
  const submit = useSubmit();
  const [form] = Form.useForm();
  return (
    <ActionCard title={t("tasks.actions.reassign")}>
      <ErrorAlert error={submit.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v: { leadOrgId: string; note?: string }) => {
          const r = await submit.run(
            () =>
              api.post(`/api/assignments/${a.id}/reassign`, {
                version: a.version,
                leadOrgId: v.leadOrgId,
                note: v.note,
              }),
            form,
          );
          if (r) onDone();
        }}
      >
        <Form.Item
          label={t("tasks.form.newLead")}
          name="leadOrgId"
          rules={[{ required: true, message: t("tasks.form.newLeadRequired") }]}
        >
          <OrgTreeSelect ariaLabel={t("tasks.form.newLead")} />
        </Form.Item>
        <Form.Item label={t("tasks.form.note")} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button htmlType="submit" loading={submit.submitting}>
          {t("tasks.actions.reassignButton")}
        </Button>
      </Form>
    </ActionCard>
  );
}
