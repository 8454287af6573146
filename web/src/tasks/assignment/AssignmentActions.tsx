// What the official may do on the assignment, each shown only when the server's permissions allow
// it: report progress, ask for completion, approve or reject, contribute, urge, reassign, comment.
import { ReloadOutlined } from "@ant-design/icons";
import { Button, type FormInstance } from "antd";
import { useState } from "react";
import { useT } from "../../i18n/index.tsx";
import { api } from "../../shared/api.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSubmit } from "../../shared/forms.ts";
import { Section } from "../../shared/Section.tsx";
import { useToast } from "../../shared/toast.tsx";
import { type AssignmentDetail, postForm } from "../api.ts";
import { NoteCard, ReassignCard } from "./NoteCards.tsx";
import { ApprovalCard, CompletionCard, ProgressCard } from "./ReportCards.tsx";

export function AssignmentActions({ a, reload }: { a: AssignmentDetail; reload: () => void }) {
  const t = useT();
  const toast = useToast();
  const submit = useSubmit();
  const [files, setFiles] = useState<File[]>([]);
  const [completionFiles, setCompletionFiles] = useState<File[]>([]);
  const open = a.status === "not_started" || a.status === "in_progress" || a.status === "paused";
  const done = async (message: string, form?: FormInstance) => {
    toast.success(message);
    setFiles([]);
    setCompletionFiles([]);
    form?.resetFields();
    reload();
  };
  const shared = { a, submit, done };
  const conflict = submit.error?.code === "CONFLICT";
  return (
    <Section id="tt-actions-h" title={t("tasks.actions.title")} className="tt-section tt-no-print">
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
        <ProgressCard key={a.version} {...shared} files={files} setFiles={setFiles} />
      ) : null}
      {a.permissions.report && open ? (
        <CompletionCard {...shared} files={completionFiles} setFiles={setCompletionFiles} />
      ) : null}
      {a.permissions.approve && a.status === "awaiting_approval" ? <ApprovalCard {...shared} /> : null}
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
        <ReassignCard a={a} onDone={() => done(t("tasks.actions.reassigned"))} />
      ) : null}
      <NoteCard
        title={t("tasks.actions.comment")}
        label={t("tasks.form.comment")}
        button={t("tasks.actions.sendComment")}
        onSend={(note) => api.post(`/api/assignments/${a.id}/updates`, { kind: "comment", narrative: note })}
        onDone={() => done(t("tasks.actions.saved"))}
      />
    </Section>
  );
}
