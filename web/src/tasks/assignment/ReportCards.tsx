// The lead unit's reports (progress with evidence, the request for completion) and the approver's
// decision on that request. They share the actions' one error (shown above them, with a reload on a
// version conflict), so they take the submitter and the after-success step from AssignmentActions.
import { Button, DatePicker, Form, type FormInstance, Input, InputNumber, Select } from "antd";
import { useT } from "../../i18n/index.tsx";
import { api } from "../../shared/api.ts";
import { DATE_FORMAT, formatDateTime, fromIsoDate, todayInVietnam, toIsoDate } from "../../shared/dates.ts";
import type { Submitter } from "../../shared/forms.ts";
import { formatPercent } from "../../shared/numbers.ts";
import { type AssignmentDetail, postForm } from "../api.ts";
import { displayKey } from "../labels.tsx";
import { ActionCard, FilesInput } from "./ActionCard.tsx";

export interface SharedAction {
  a: AssignmentDetail;
  submit: Submitter;
  /** After a success: the message, the form to empty, then the page reloads the assignment. */
  done(message: string, form?: FormInstance): Promise<void>;
}

/** A report with evidence files; the files are kept by AssignmentActions, which empties them after any success. */
type FileAction = SharedAction & { files: File[]; setFiles(files: File[]): void };

/**
 * The unit's progress report. After a save the form shows what was saved (the page reloads the
 * assignment and the form starts again from it: AssignmentActions keys it on the version), with the
 * last report's time, figures and files, and the file field is empty.
 */
export function ProgressCard(props: FileAction) {
  const { a, submit, files, setFiles } = props;
  const t = useT();
  const [form] = Form.useForm();
  // Only the text is emptied at once: the figures stay as typed until the reload shows them saved.
  const send = fileReport({ ...props, done: (m) => props.done(m) }, form);
  const last = [...a.timeline].reverse().find((e) => e.kind === "progress");
  return (
    <ActionCard title={t("tasks.actions.report")}>
      {last ? (
        <p className="tt-muted" data-testid="tt-last-progress">
          {t("tasks.form.lastSaved", {
            at: formatDateTime(last.at),
            percent: formatPercent(last.percent),
            status: last.status ? t(displayKey(last.status)) : "",
            files: last.files.length
              ? t("tasks.form.lastSavedFiles", { names: last.files.map((f) => f.fileName).join(", ") })
              : "",
          })}
        </p>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ percent: a.percent, status: a.status }}
        onFinish={(v: { percent: number; status: string; narrative?: string }) =>
          send(
            "updates",
            {
              kind: "progress",
              version: a.version,
              percent: v.percent,
              status: v.status,
              narrative: v.narrative,
            },
            t("tasks.actions.saved"),
          )
        }
      >
        <Form.Item label={t("tasks.form.percent")} name="percent" rules={[{ required: true }]}>
          <InputNumber min={0} max={100} addonAfter="%" />
        </Form.Item>
        <Form.Item label={t("tasks.form.status")} name="status">
          <Select
            options={[
              { value: "not_started", label: t(displayKey("not_started")) },
              { value: "in_progress", label: t(displayKey("in_progress")) },
              ...(a.permissions.approve || a.permissions.coordinate
                ? [{ value: "paused", label: t(displayKey("paused")) }]
                : []),
            ]}
          />
        </Form.Item>
        <Form.Item label={t("tasks.form.narrative")} name="narrative">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <FilesInput id="tt-progress-files" files={files} onChange={setFiles} t={t} />
        <Button type="primary" htmlType="submit" loading={submit.submitting}>
          {t("tasks.actions.saveProgress")}
        </Button>
      </Form>
    </ActionCard>
  );
}

export function CompletionCard(props: FileAction) {
  const { a, submit, files, setFiles } = props;
  const t = useT();
  const [form] = Form.useForm();
  const send = fileReport(props, form);
  return (
    <ActionCard title={t("tasks.actions.complete")}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ completedOn: fromIsoDate(todayInVietnam()) }}
        onFinish={(v: { completedOn: Parameters<typeof toIsoDate>[0]; narrative: string }) =>
          send(
            "completion",
            {
              version: a.version,
              completedOn: toIsoDate(v.completedOn) ?? undefined,
              narrative: v.narrative,
            },
            t("tasks.actions.completionAsked"),
          )
        }
      >
        <Form.Item label={t("tasks.form.completedOn")} name="completedOn" rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          label={t("tasks.form.result")}
          name="narrative"
          rules={[{ required: true, message: t("tasks.form.resultRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <FilesInput id="tt-completion-files" files={files} onChange={setFiles} t={t} />
        <Button htmlType="submit" loading={submit.submitting}>
          {t("tasks.actions.askCompletion")}
        </Button>
      </Form>
    </ActionCard>
  );
}

export function ApprovalCard({ a, submit, done }: SharedAction) {
  const t = useT();
  const [form] = Form.useForm();
  const decide = async (decision: "approve" | "reject", message: string) => {
    const r = await submit.run(() =>
      api.post(`/api/assignments/${a.id}/approval`, {
        version: a.version,
        decision,
        note: form.getFieldValue("note") || undefined,
      }),
    );
    if (r) await done(message, form);
  };
  return (
    <ActionCard title={t("tasks.actions.approveTitle")}>
      <Form form={form} layout="vertical">
        <Form.Item label={t("tasks.form.note")} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button
          type="primary"
          loading={submit.submitting}
          onClick={() => decide("approve", t("tasks.actions.approved"))}
        >
          {t("tasks.actions.approve")}
        </Button>{" "}
        <Button
          danger
          loading={submit.submitting}
          onClick={() => decide("reject", t("tasks.actions.rejected"))}
        >
          {t("tasks.actions.reject")}
        </Button>
      </Form>
    </ActionCard>
  );
}

/** Sends a report with its evidence files to /api/assignments/:id/<path>, then the success step. */
function fileReport({ a, submit, done, files }: FileAction, form: FormInstance) {
  return async (path: string, body: Parameters<typeof postForm>[1], message: string) => {
    const r = await submit.run(() => postForm(`/api/assignments/${a.id}/${path}`, body, files), form);
    if (r) await done(message, form);
  };
}
