// One assignment: the work as the document states it, its deadline and standing, the units on it,
// what the official may do (report progress with evidence, ask for completion, approve, contribute,
// urge, reassign, comment) and its timeline. The parts are in ./assignment/.
import { Alert } from "antd";
import { Link, useParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import type { AssignmentDetail } from "./api.ts";
import { AssignmentActions } from "./assignment/AssignmentActions.tsx";
import { AssignmentSummary, Siblings } from "./assignment/AssignmentSummary.tsx";
import { AssignmentTimeline } from "./assignment/AssignmentTimeline.tsx";
import { PrintButton } from "./HeaderButtons.tsx";
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
            <PrintButton />
          </>
        }
      />
      <AssignmentSummary a={a} t={t} />
      {a.needsReassignment ? (
        <Alert type="warning" showIcon className="tt-alert" message={t("tasks.detail.needsReassignment")} />
      ) : null}
      <AssignmentActions a={a} reload={detail.reload} />
      <AssignmentTimeline a={a} t={t} />
      {a.siblings.length ? <Siblings a={a} t={t} /> : null}
    </div>
  );
}
