// Đề nghị nhận việc: work another body's plan asks the official's body to lead (outside that
// plan's owner's authority, it is not given but asked). Whoever may give work there accepts it —
// it becomes the body's assignment — or refuses it with a reason the asking body sees.
import { Button, Input, Modal, Segmented, Table } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { useSubmit } from "../shared/forms.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import type { AssignmentRequest, RequestStatus } from "./api.ts";
import { TaskCell } from "./labels.tsx";
import { RequestStatusTag } from "./PlanRequests.tsx";
import "./tasks.css";

export function RequestsPage() {
  const t = useT();
  const toast = useToast();
  const submit = useSubmit();
  const [status, setStatus] = useState<RequestStatus | "all">("pending");
  const list = useApi<AssignmentRequest[]>("/api/assignment-requests", status === "all" ? {} : { status });
  const [refusing, setRefusing] = useState<AssignmentRequest | null>(null);
  const [reason, setReason] = useState("");
  const accept = async (r: AssignmentRequest) => {
    const done = await submit.run(() =>
      api.post<AssignmentRequest>(`/api/assignment-requests/${r.id}/accept`),
    );
    if (done) {
      toast.success(t("tasks.requests.accepted"));
      list.reload();
    }
  };
  const refuse = async () => {
    if (!refusing) return;
    const done = await submit.run(() =>
      api.post<AssignmentRequest>(`/api/assignment-requests/${refusing.id}/refuse`, { reason }),
    );
    if (done) {
      toast.success(t("tasks.requests.refused"));
      setRefusing(null);
      setReason("");
      list.reload();
    }
  };
  return (
    <>
      <PageHeader
        title={t("tasks.requests.title")}
        intro={t("tasks.requests.intro")}
        actions={<Link to="/tasks">{t("tasks.list.title")}</Link>}
      />
      <Segmented<RequestStatus | "all">
        aria-label={t("tasks.requests.filter")}
        value={status}
        onChange={setStatus}
        options={[
          { value: "pending", label: t("tasks.requests.status.pending") },
          { value: "accepted", label: t("tasks.requests.status.accepted") },
          { value: "refused", label: t("tasks.requests.status.refused") },
          { value: "all", label: t("tasks.requests.all") },
        ]}
      />
      <ErrorAlert error={list.error ?? (refusing ? null : submit.error)} />
      <Table<AssignmentRequest>
        rowKey="id"
        className="tt-section"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("tasks.requests.empty") }}
        columns={[
          {
            title: t("tasks.requests.work"),
            key: "work",
            render: (_, r) => (
              <TaskCell
                to={r.assignmentId ? `/tasks/${r.assignmentId}` : `/directives/${r.directive.id}`}
                title={r.title}
                note={[r.directive.symbol, r.directive.title].filter(Boolean).join(" — ")}
              />
            ),
          },
          { title: t("tasks.requests.from"), key: "from", render: (_, r) => r.owner?.name ?? "—" },
          { title: t("tasks.requests.to"), key: "to", render: (_, r) => r.org.name },
          {
            title: t("tasks.col.dueText"),
            key: "due",
            render: (_, r) => r.dueText ?? (r.dueDate ? formatDate(r.dueDate) : "—"),
          },
          { title: t("tasks.requests.state"), key: "s", render: (_, r) => <RequestStatusTag r={r} /> },
          {
            title: t("tasks.requests.actions"),
            key: "a",
            render: (_, r) =>
              r.canDecide ? (
                <span className="tt-inline-actions">
                  <Button
                    type="primary"
                    loading={submit.submitting}
                    onClick={() => accept(r)}
                    aria-label={t("tasks.requests.acceptOf", { title: r.title, org: r.org.name })}
                  >
                    {t("tasks.requests.accept")}
                  </Button>{" "}
                  <Button
                    danger
                    onClick={() => {
                      submit.setError(null);
                      setRefusing(r);
                    }}
                    aria-label={t("tasks.requests.refuseOf", { title: r.title, org: r.org.name })}
                  >
                    {t("tasks.requests.refuse")}
                  </Button>
                </span>
              ) : null,
          },
        ]}
      />
      <Modal
        open={refusing !== null}
        title={t("tasks.requests.refuseTitle")}
        okText={t("tasks.requests.refuse")}
        okButtonProps={{ danger: true, loading: submit.submitting }}
        cancelText={t("tasks.requests.cancel")}
        onOk={refuse}
        onCancel={() => setRefusing(null)}
      >
        <p>{refusing?.title}</p>
        <ErrorAlert error={submit.error} />
        <label htmlFor="tt-refuse-reason">{t("tasks.requests.reason")}</label>
        <Input.TextArea
          id="tt-refuse-reason"
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
