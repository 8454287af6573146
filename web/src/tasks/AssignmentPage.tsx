// One assignment: the work as the document states it, its deadline and standing, the units on it,
// what the official may do (report progress with evidence, ask for completion, approve, contribute,
// urge, reassign, comment) and its timeline.
import { PrinterOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Table,
  Timeline,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { type TFunction, useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import {
  DATE_FORMAT,
  formatDate,
  formatDateTime,
  fromIsoDate,
  todayInVietnam,
  toIsoDate,
} from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useSubmit } from "../shared/forms.ts";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import { type AssignmentDetail, type AssignmentItem, postForm, type TimelineEntry } from "./api.ts";
import { DisplayTag, displayKey, dueLine } from "./labels.tsx";
import "./tasks.css";

export function AssignmentPage() {
  const t = useT();
  const { id = "" } = useParams();
  const detail = useApi<AssignmentDetail>(`/api/assignments/${id}`);
  const a = detail.data;
  if (!a)
    return detail.error ? <ErrorAlert error={detail.error} /> : <p aria-busy="true">{t("app.loading")}</p>;
  return (
    <div className="tt-printable">
      <PageHeader
        title={a.title}
        intro={[
          a.directive.symbol,
          a.task.path.at(-1) ? t("tasks.item", { path: a.task.path.at(-1)! }) : null,
          a.directive.title,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            <Link to="/tasks">{t("tasks.back")}</Link>
            <Button
              icon={<PrinterOutlined aria-hidden />}
              onClick={() => window.print()}
              className="tt-no-print"
            >
              {t("tasks.print")}
            </Button>
          </>
        }
      />
      <Summary a={a} t={t} />
      {a.needsReassignment ? (
        <Alert type="warning" showIcon className="tt-alert" message={t("tasks.detail.needsReassignment")} />
      ) : null}
      <Actions a={a} reload={detail.reload} />
      <section aria-labelledby="tt-timeline-h" className="tt-section">
        <h2 id="tt-timeline-h" className="tt-h2">
          {t("tasks.timeline.title")}
        </h2>
        <Timeline
          items={[...a.timeline].reverse().map((e) => ({
            key: e.id,
            color: entryColour(e),
            children: <Entry e={e} assignmentId={a.id} t={t} />,
          }))}
        />
      </section>
      {a.siblings.length ? <Siblings a={a} t={t} /> : null}
    </div>
  );
}

function Summary({ a, t }: { a: AssignmentDetail; t: TFunction }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      className="tt-section"
    >
      <Descriptions.Item label={t("tasks.detail.document")}>
        {a.directive.symbol ?? "—"} {a.directive.title ? `— ${a.directive.title}` : ""}
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.group")}>{a.task.groupTitle ?? "—"}</Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.lead")}>{a.lead.name}</Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.supporters")}>
        {a.supporters.length ? a.supporters.map((s) => s.name).join("; ") : "—"}
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.dueText")}>
        {a.dueText ?? t("tasks.due.none")}
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.due")}>{dueLine(a, t)}</Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.status")}>
        <DisplayTag status={a.display} t={t} />
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.progress")}>
        <Progress percent={a.progress} size="small" aria-label={t("tasks.progressOf", { n: a.progress })} />
      </Descriptions.Item>
      {a.completedOn ? (
        <Descriptions.Item label={t("tasks.detail.completedOn")}>
          {formatDate(a.completedOn)}
        </Descriptions.Item>
      ) : null}
      {a.taskAssignments > 1 ? (
        <Descriptions.Item label={t("tasks.detail.taskProgress")}>
          {t("tasks.detail.taskProgressValue", { n: a.taskProgress ?? 0, units: a.taskAssignments })}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function FilesInput({
  id,
  files,
  onChange,
  t,
}: {
  id: string;
  files: File[];
  onChange: (f: File[]) => void;
  t: TFunction;
}) {
  return (
    <div className="tt-filter tt-file-input">
      <label htmlFor={id}>{t("tasks.form.files")}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.txt,.csv,.jpg,.jpeg,.png,.gif,.webp,.zip"
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      {files.length ? (
        <span className="tt-muted">{t("tasks.form.filesChosen", { n: files.length })}</span>
      ) : null}
    </div>
  );
}

function Actions({ a, reload }: { a: AssignmentDetail; reload: () => void }) {
  const t = useT();
  const toast = useToast();
  const submit = useSubmit();
  const [files, setFiles] = useState<File[]>([]);
  const [completionFiles, setCompletionFiles] = useState<File[]>([]);
  const [progressForm] = Form.useForm();
  const [completionForm] = Form.useForm();
  const [otherForm] = Form.useForm();
  const open = a.status === "not_started" || a.status === "in_progress" || a.status === "paused";
  const done = async (message: string, form?: ReturnType<typeof Form.useForm>[0]) => {
    toast.success(message);
    setFiles([]);
    setCompletionFiles([]);
    form?.resetFields();
    reload();
  };
  const conflict = submit.error?.code === "CONFLICT";
  return (
    <section aria-labelledby="tt-actions-h" className="tt-section tt-no-print">
      <h2 id="tt-actions-h" className="tt-h2">
        {t("tasks.actions.title")}
      </h2>
      <ErrorAlert error={submit.error} />
      {conflict ? (
        <Button
          icon={<ReloadOutlined aria-hidden />}
          onClick={() => {
            submit.setError(null);
            reload();
          }}
        >
          {t("tasks.actions.reloadLatest")}
        </Button>
      ) : null}
      {a.permissions.report && open ? (
        <Card
          size="small"
          title={<h3 className="tt-h3">{t("tasks.actions.report")}</h3>}
          className="tt-section tt-form-narrow"
        >
          <Form
            form={progressForm}
            layout="vertical"
            initialValues={{ percent: a.percent, status: a.status }}
            onFinish={async (v: { percent: number; status: string; narrative?: string }) => {
              const r = await submit.run(
                () =>
                  postForm(
                    `/api/assignments/${a.id}/updates`,
                    {
                      kind: "progress",
                      version: a.version,
                      percent: v.percent,
                      status: v.status,
                      narrative: v.narrative,
                    },
                    files,
                  ),
                progressForm,
              );
              if (r) await done(t("tasks.actions.saved"), progressForm);
            }}
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
        </Card>
      ) : null}
      {a.permissions.report && open ? (
        <Card
          size="small"
          title={<h3 className="tt-h3">{t("tasks.actions.complete")}</h3>}
          className="tt-section tt-form-narrow"
        >
          <Form
            form={completionForm}
            layout="vertical"
            initialValues={{ completedOn: fromIsoDate(todayInVietnam()) }}
            onFinish={async (v: { completedOn: Parameters<typeof toIsoDate>[0]; narrative: string }) => {
              const r = await submit.run(
                () =>
                  postForm(
                    `/api/assignments/${a.id}/completion`,
                    {
                      version: a.version,
                      completedOn: toIsoDate(v.completedOn) ?? undefined,
                      narrative: v.narrative,
                    },
                    completionFiles,
                  ),
                completionForm,
              );
              if (r) await done(t("tasks.actions.completionAsked"), completionForm);
            }}
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
            <FilesInput
              id="tt-completion-files"
              files={completionFiles}
              onChange={setCompletionFiles}
              t={t}
            />
            <Button htmlType="submit" loading={submit.submitting}>
              {t("tasks.actions.askCompletion")}
            </Button>
          </Form>
        </Card>
      ) : null}
      {a.permissions.approve && a.status === "awaiting_approval" ? (
        <Card
          size="small"
          title={<h3 className="tt-h3">{t("tasks.actions.approveTitle")}</h3>}
          className="tt-section tt-form-narrow"
        >
          <Form form={otherForm} layout="vertical">
            <Form.Item label={t("tasks.form.note")} name="note">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button
              type="primary"
              loading={submit.submitting}
              onClick={async () => {
                const r = await submit.run(() =>
                  api.post(`/api/assignments/${a.id}/approval`, {
                    version: a.version,
                    decision: "approve",
                    note: otherForm.getFieldValue("note") || undefined,
                  }),
                );
                if (r) await done(t("tasks.actions.approved"), otherForm);
              }}
            >
              {t("tasks.actions.approve")}
            </Button>{" "}
            <Button
              danger
              loading={submit.submitting}
              onClick={async () => {
                const r = await submit.run(() =>
                  api.post(`/api/assignments/${a.id}/approval`, {
                    version: a.version,
                    decision: "reject",
                    note: otherForm.getFieldValue("note") || undefined,
                  }),
                );
                if (r) await done(t("tasks.actions.rejected"), otherForm);
              }}
            >
              {t("tasks.actions.reject")}
            </Button>
          </Form>
        </Card>
      ) : null}
      {a.permissions.contribute && !a.permissions.report ? (
        <NoteCard
          title={t("tasks.actions.contribute")}
          label={t("tasks.form.contribution")}
          button={t("tasks.actions.sendContribution")}
          withFiles
          onSend={(note, chosen) =>
            postForm(`/api/assignments/${a.id}/updates`, { kind: "contribution", narrative: note }, chosen)
          }
          onDone={() => done(t("tasks.actions.saved"))}
        />
      ) : null}
      {a.permissions.coordinate ? (
        <NoteCard
          title={t("tasks.actions.urge")}
          label={t("tasks.form.urgeNote")}
          button={t("tasks.actions.sendUrge")}
          onSend={(note) => api.post(`/api/assignments/${a.id}/urge`, { note })}
          onDone={() => done(t("tasks.actions.urged"))}
        />
      ) : null}
      {a.permissions.coordinate && (a.needsReassignment || open) ? (
        <Reassign a={a} onDone={() => done(t("tasks.actions.reassigned"))} />
      ) : null}
      <NoteCard
        title={t("tasks.actions.comment")}
        label={t("tasks.form.comment")}
        button={t("tasks.actions.sendComment")}
        onSend={(note) => api.post(`/api/assignments/${a.id}/updates`, { kind: "comment", narrative: note })}
        onDone={() => done(t("tasks.actions.saved"))}
      />
    </section>
  );
}

function NoteCard(props: {
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
    <Card size="small" title={<h3 className="tt-h3">{props.title}</h3>} className="tt-section tt-form-narrow">
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
    </Card>
  );
}

function Reassign({ a, onDone }: { a: AssignmentDetail; onDone: () => void }) {
  const t = useT();
  const submit = useSubmit();
  const [form] = Form.useForm();
  return (
    <Card
      size="small"
      title={<h3 className="tt-h3">{t("tasks.actions.reassign")}</h3>}
      className="tt-section tt-form-narrow"
    >
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
    </Card>
  );
}

function entryColour(e: TimelineEntry): string {
  switch (e.kind) {
    case "approved":
      return "green";
    case "rejected":
    case "reassign_needed":
      return "red";
    case "reminder":
      return "orange";
    case "moved":
      return "purple";
    default:
      return "blue";
  }
}

function Entry({ e, assignmentId, t }: { e: TimelineEntry; assignmentId: string; t: TFunction }) {
  const kind = t.maybe(`tasks.entry.${e.kind}`) ?? e.kind;
  return (
    <div>
      <strong>{kind}</strong>
      {e.status && (e.kind === "progress" || e.kind === "status") ? (
        <>
          {" "}
          — {t(displayKey(e.status))}
          {e.percent !== null ? `, ${e.percent}%` : ""}
        </>
      ) : null}
      <div className="tt-timeline-meta">
        {formatDateTime(e.at)}
        {e.authorName ? ` · ${e.authorName}` : ""}
        {e.authorOrgName ? ` · ${e.authorOrgName}` : ""}
        {e.kind === "reminder" && typeof e.data?.toOrgName === "string"
          ? ` · ${t("tasks.entry.sentTo", { org: e.data.toOrgName })}`
          : ""}
      </div>
      {e.narrative ? <p className="tt-plain">{e.narrative}</p> : null}
      {e.files.length ? (
        <ul className="tt-timeline-files">
          {e.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/assignments/${assignmentId}/files/${f.id}`} download>
                {f.fileName}
              </a>{" "}
              <span className="tt-muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Siblings({ a, t }: { a: AssignmentDetail; t: TFunction }) {
  return (
    <section aria-labelledby="tt-siblings-h" className="tt-section">
      <h2 id="tt-siblings-h" className="tt-h2">
        {t("tasks.detail.siblings")}
      </h2>
      <Table<AssignmentItem>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={a.siblings}
        columns={[
          {
            title: t("tasks.col.lead"),
            key: "lead",
            render: (_, i) => <Link to={`/tasks/${i.id}`}>{i.lead.name}</Link>,
          },
          {
            title: t("tasks.col.status"),
            key: "status",
            render: (_, i) => <DisplayTag status={i.display} t={t} />,
          },
          { title: t("tasks.col.progress"), key: "p", render: (_, i) => `${i.progress}%` },
          { title: t("tasks.col.due"), key: "due", render: (_, i) => dueLine(i, t) },
        ]}
      />
    </section>
  );
}
