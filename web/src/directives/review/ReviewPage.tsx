// The review of a draft, side by side with the document's text: tasks grouped as the document groups
// them, the unit names and the bodies they mean, the reporting duties; then confirmation (which assigns
// the work) or discarding. Every edit carries the draft's version; a concurrent change is reported
// and the draft reloaded.
import { Alert, Segmented } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useT } from "../../i18n/index.tsx";
import { isApiError } from "../../shared/api.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { PageHeader } from "../../shared/PageHeader.tsx";
import { Section } from "../../shared/Section.tsx";
import { useToast } from "../../shared/toast.tsx";
import { useApi } from "../../shared/useApi.ts";
import { directivesApi as dapi, documentName, type Review, type Task } from "../api.ts";
import { BornOverdueAlert } from "./BornOverdueAlert.tsx";
import { OutsideAuthorityAlert } from "./OutsideAuthorityAlert.tsx";
import { ProblemsAlert } from "./ProblemsAlert.tsx";
import { ReportingPanel } from "./ReportingPanel.tsx";
import { ReviewDecision } from "./ReviewDecision.tsx";
import { ReviewFacts } from "./ReviewFacts.tsx";
import { TaskEditor } from "./TaskEditor.tsx";
import { nextTask, TasksPane } from "./TasksPane.tsx";
import { UnitsPanel } from "./UnitsPanel.tsx";

type Pane = "tasks" | "units" | "reporting" | "citations";

export function ReviewPage() {
  const t = useT();
  const message = useToast();
  const { id = "" } = useParams();
  const { data: review, error, loading, reload, setData } = useApi<Review>(`/api/directives/${id}/review`);
  const [selected, setSelected] = useState<Task | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [pane, setPane] = useState<Pane>("tasks");

  /** Runs one edit; a 409 (someone else changed the draft) reloads it with the server's explanation. */
  const run = async (fn: (version: number) => Promise<Review>): Promise<boolean> => {
    if (!review) return false;
    setActionError(null);
    try {
      setData(await fn(review.directive.version));
      return true;
    } catch (e) {
      if (isApiError(e) && e.code === "CONFLICT") {
        message.warning(e.message, 6);
        reload();
      } else setActionError(e);
      return false;
    }
  };

  if (!review) return error ? <ErrorAlert error={error} /> : <p aria-busy={loading}>{t("app.loading")}</p>;
  const d = review.directive;
  if (d.status !== "draft")
    return (
      <Alert
        type="info"
        showIcon
        message={t("dir.review.notDraft")}
        description={<Link to={`/directives/${d.id}`}>{t("dir.review.openDocument")}</Link>}
      />
    );

  const toAssign = review.tasks
    .filter((x) => x.assign)
    .reduce((n, x) => n + (x.fanOut ? Math.max(1, x.leadOrgIds.length) : 1), 0);
  const actions = {
    select: (task: Task) => setSelected(task),
    edit: (task: Task) => setEditing(task),
    patch: (task: Task, body: Record<string, unknown>) =>
      void run((version) => dapi.patchTask(id, task.id, { version, ...body })),
    mergeWithNext: (task: Task) => {
      const next = nextTask(review, task);
      if (next && next.kind === task.kind) void run((version) => dapi.merge(id, version, [task.id, next.id]));
    },
  };

  return (
    <>
      <PageHeader
        title={t("dir.review.title", { name: documentName(d) })}
        intro={t("dir.review.intro")}
        actions={
          <ReviewDecision review={review} toAssign={toAssign} reload={reload} onError={setActionError} />
        }
      />
      <ReviewFacts
        review={review}
        onSave={(body) => run((version) => dapi.patchHeader(id, { version, ...body }))}
      />
      <ErrorAlert error={actionError} />
      <BornOverdueAlert review={review} />
      <OutsideAuthorityAlert review={review} />
      <ProblemsAlert
        review={review}
        toAssign={toAssign}
        onUnnamed={(body) => void run((version) => dapi.unnamed(id, { version, ...body }))}
      />
      <Segmented
        className="tt-review-switch"
        aria-label={t("dir.review.panes")}
        value={pane}
        onChange={(v) => setPane(v as Pane)}
        options={[
          { value: "tasks", label: t("dir.review.tabTasks", { n: review.tasks.length }) },
          {
            value: "units",
            label: t("dir.review.tabUnits", {
              n: review.units.filter((u) => !u.orgIds.length && !u.outside).length,
            }),
          },
          { value: "reporting", label: t("dir.review.tabReporting", { n: review.reporting.length }) },
          { value: "citations", label: t("dir.review.tabCitations", { n: review.citations.length }) },
        ]}
      />
      {pane === "tasks" ? <TasksPane review={review} selected={selected} actions={actions} /> : null}
      {pane === "units" ? (
        <Section id="units-h" title={t("dir.review.units")}>
          <UnitsPanel
            units={review.units}
            orgs={review.orgs}
            canEdit={review.can.edit}
            onMap={(u, orgIds, outside) =>
              void run((version) => dapi.mapUnit(id, version, u.key, orgIds, outside))
            }
          />
        </Section>
      ) : null}
      {pane === "reporting" ? (
        <Section id="rep-h" title={t("dir.detail.reporting")}>
          <ReportingPanel
            duties={review.reporting}
            canEdit={review.can.edit}
            onChange={(duty, body) =>
              void run((version) => dapi.patchReporting(id, duty.id, { version, ...body }))
            }
          />
        </Section>
      ) : null}
      {pane === "citations" ? (
        <Section id="cit-h" title={t("dir.review.citations")}>
          <ul className="tt-plain-list">
            {review.citations.map((c) => (
              <li key={c.symbol}>
                <strong>
                  {c.type ?? ""} {c.symbol}
                </strong>{" "}
                <span className="tt-muted">
                  ({t(`dir.relation.${c.relation as "implements" | "basis" | "mentions"}`)})
                </span>
                <div className="tt-small">{c.text}</div>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <TaskEditor
        task={editing}
        onClose={() => setEditing(null)}
        onSave={(task, body) => run((version) => dapi.patchTask(id, task.id, { version, ...body }))}
        onSplit={(task, at) => run((version) => dapi.split(id, task.id, version, at))}
      />
    </>
  );
}
