// The review of a draft, side by side with the document's text: tasks grouped as the document groups
// them, the unit names and the bodies they mean, the reporting duties; then confirmation (which assigns
// the work) or discarding. Every edit carries the draft's version; a concurrent change is reported
// and the draft reloaded.
import { CheckOutlined, DeleteOutlined, ExclamationCircleOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Popconfirm, Segmented, Tooltip } from "antd";
import { useMemo, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useT } from "../../i18n/index.tsx";
import { isApiError } from "../../shared/api.ts";
import { formatDate } from "../../shared/dates.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../../shared/PageHeader.tsx";
import { useToast } from "../../shared/toast.tsx";
import { useApi } from "../../shared/useApi.ts";
import { directivesApi as dapi, documentName, type Review, type Task } from "../api.ts";
import { DirectiveStatusTag } from "../labels.tsx";
import { HeaderEditor } from "./HeaderEditor.tsx";
import { ReportingPanel } from "./ReportingPanel.tsx";
import { SourceText } from "./SourceText.tsx";
import { TaskCard } from "./TaskCard.tsx";
import { TaskEditor } from "./TaskEditor.tsx";
import { UnitsPanel } from "./UnitsPanel.tsx";

type Pane = "tasks" | "units" | "reporting" | "citations";

export function ReviewPage() {
  const t = useT();
  const message = useToast();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data: review, error, loading, reload, setData } = useApi<Review>(`/api/directives/${id}/review`);
  const [selected, setSelected] = useState<Task | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [unnamedLead, setUnnamedLead] = useState<string[]>([]);
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

  const problemsOf = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const p of review?.problems ?? [])
      if (p.taskId) m.set(p.taskId, [...(m.get(p.taskId) ?? []), p.message]);
    return m;
  }, [review]);

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

  const canEdit = review.can.edit;
  const toAssign = review.tasks
    .filter((x) => x.assign)
    .reduce((n, x) => n + (x.fanOut ? Math.max(1, x.leadOrgIds.length) : 1), 0);
  const unnamed = review.tasks.filter((x) => x.assign && !x.leadText.length && !x.leadOrgIds.length).length;
  const ordered = [...review.tasks].sort((a, b) => a.position - b.position);
  const nextOf = (task: Task) => ordered[ordered.indexOf(task) + 1];
  const actions = {
    select: (task: Task) => setSelected(task),
    edit: (task: Task) => setEditing(task),
    patch: (task: Task, body: Record<string, unknown>) =>
      void run((version) => dapi.patchTask(id, task.id, { version, ...body })),
    mergeWithNext: (task: Task) => {
      const next = nextOf(task);
      if (next && next.kind === task.kind) void run((version) => dapi.merge(id, version, [task.id, next.id]));
    },
  };
  const taskList = (tasks: Task[]) =>
    tasks.map((task) => (
      <TaskCard
        key={task.id}
        task={task}
        orgs={review.orgs}
        problems={problemsOf.get(task.id) ?? []}
        selected={selected?.id === task.id}
        canEdit={canEdit}
        actions={{
          ...actions,
          mergeWithNext: nextOf(task)?.kind === task.kind ? actions.mergeWithNext : undefined,
        }}
      />
    ));

  const confirm = async () => {
    setActionError(null);
    try {
      const r = await dapi.confirm(id, d.version);
      message.success(t("dir.review.confirmed", { n: r.assignments }));
      navigate(`/directives/${r.id}`);
    } catch (e) {
      if (isApiError(e) && e.code === "CONFLICT") reload();
      setActionError(e);
    }
  };
  const discard = async () => {
    try {
      await dapi.discard(id, d.version);
      message.success(t("dir.review.discarded"));
      navigate("/directives");
    } catch (e) {
      setActionError(e);
    }
  };

  const tasksPane = (
    <div className="tt-review-tasks">
      {review.groups.map((g) => (
        <section key={g.id} aria-labelledby={`g-${g.id}`} className="tt-task-group">
          <h3 id={`g-${g.id}`} className="tt-h3">
            {g.label}. {g.title}
          </h3>
          {taskList(review.tasks.filter((x) => x.groupId === g.id))}
        </section>
      ))}
      {review.tasks.some((x) => x.kind === "responsibility") ? (
        <section aria-labelledby="g-resp" className="tt-task-group">
          <h3 id="g-resp" className="tt-h3">
            {t("dir.review.responsibilities")}
          </h3>
          {taskList(review.tasks.filter((x) => x.kind === "responsibility"))}
        </section>
      ) : null}
    </div>
  );

  return (
    <>
      <PageHeader
        title={t("dir.review.title", { name: documentName(d) })}
        intro={t("dir.review.intro")}
        actions={
          <>
            <Tooltip title={review.can.confirm ? undefined : t("dir.review.cannotConfirm")}>
              <Popconfirm
                title={t("dir.review.confirmAsk", { n: toAssign })}
                okText={t("common.confirm")}
                cancelText={t("common.cancel")}
                onConfirm={() => void confirm()}
                disabled={!review.can.confirm}
              >
                <Button type="primary" icon={<CheckOutlined aria-hidden />} disabled={!review.can.confirm}>
                  {t("dir.review.confirm")}
                </Button>
              </Popconfirm>
            </Tooltip>
            {canEdit ? (
              <Popconfirm
                title={t("dir.review.discardAsk")}
                okText={t("dir.review.discard")}
                okButtonProps={{ danger: true }}
                cancelText={t("common.cancel")}
                onConfirm={() => void discard()}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />}>
                  {t("dir.review.discard")}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Card className="tt-section" size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t("dir.fact.status")}>
            <DirectiveStatusTag status={d.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.symbol")}>
            {d.symbol ?? t("dir.fact.noSymbol")}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.issuer")}>{d.issuerName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.date")}>{formatDate(d.issuedOn) || "—"}</Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.owner")}>
            {d.ownerOrgId ? review.orgs[d.ownerOrgId]?.name : "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("dir.fact.title")} span={2}>
            {d.title ?? "—"}
          </Descriptions.Item>
        </Descriptions>
        {canEdit ? (
          <HeaderEditor
            header={d}
            onSave={(body) => run((version) => dapi.patchHeader(id, { version, ...body }))}
          />
        ) : null}
      </Card>
      <ErrorAlert error={actionError} />
      {review.problems.length ? (
        <Alert
          type="warning"
          showIcon
          icon={<ExclamationCircleOutlined aria-hidden />}
          className="tt-alert"
          message={t("dir.review.problems", { n: review.problems.length })}
          description={
            <>
              <ul className="tt-dir-problems">
                {review.problems.slice(0, 8).map((p) => (
                  <li key={p.message}>{p.message}</li>
                ))}
                {review.problems.length > 8 ? (
                  <li>{t("dir.review.moreProblems", { n: review.problems.length - 8 })}</li>
                ) : null}
              </ul>
              {unnamed && canEdit ? (
                <div className="tt-unnamed">
                  <p>{t("dir.review.unnamed", { n: unnamed })}</p>
                  <div className="tt-unnamed-actions">
                    <Button
                      onClick={() =>
                        void run((version) => dapi.unnamed(id, { version, action: "notAssign" }))
                      }
                    >
                      {t("dir.review.unnamedNotAssign")}
                    </Button>
                    <div className="tt-unnamed-lead">
                      <OrgTreeSelect
                        multiple
                        value={unnamedLead}
                        onChange={(v) => setUnnamedLead(Array.isArray(v) ? v : v ? [v] : [])}
                        ariaLabel={t("dir.review.unnamedLeadPick")}
                        placeholder={t("dir.review.unnamedLeadPick")}
                      />
                    </div>
                    <Button
                      disabled={!unnamedLead.length}
                      onClick={() =>
                        void run((version) =>
                          dapi.unnamed(id, { version, action: "lead", leadOrgIds: unnamedLead }),
                        )
                      }
                    >
                      {t("dir.review.unnamedLead")}
                    </Button>
                  </div>
                </div>
              ) : null}
            </>
          }
        />
      ) : (
        <Alert
          type="success"
          showIcon
          className="tt-alert"
          message={t("dir.review.ready", { n: toAssign })}
        />
      )}
      <Segmented
        className="tt-review-switch"
        aria-label={t("dir.review.panes")}
        value={pane}
        onChange={(v) => setPane(v as Pane)}
        options={[
          { value: "tasks", label: t("dir.review.tabTasks", { n: review.tasks.length }) },
          {
            value: "units",
            label: t("dir.review.tabUnits", { n: review.units.filter((u) => !u.orgIds.length).length }),
          },
          { value: "reporting", label: t("dir.review.tabReporting", { n: review.reporting.length }) },
          { value: "citations", label: t("dir.review.tabCitations", { n: review.citations.length }) },
        ]}
      />
      {pane === "tasks" ? (
        <div className="tt-review">
          <section className="tt-review-source" aria-labelledby="src-h">
            <h2 id="src-h" className="tt-h2">
              {t("dir.review.source")}
            </h2>
            <SourceText
              text={review.text ?? ""}
              from={selected?.sourceLine ?? null}
              to={selected?.sourceEndLine ?? null}
            />
          </section>
          <section aria-labelledby="tasks-h">
            <h2 id="tasks-h" className="tt-h2">
              {t("dir.review.tasks")}
            </h2>
            {tasksPane}
          </section>
        </div>
      ) : null}
      {pane === "units" ? (
        <section aria-labelledby="units-h">
          <h2 id="units-h" className="tt-h2">
            {t("dir.review.units")}
          </h2>
          <UnitsPanel
            units={review.units}
            orgs={review.orgs}
            canEdit={canEdit}
            onMap={(u, orgIds) => void run((version) => dapi.mapUnit(id, version, u.key, orgIds))}
          />
        </section>
      ) : null}
      {pane === "reporting" ? (
        <section aria-labelledby="rep-h">
          <h2 id="rep-h" className="tt-h2">
            {t("dir.detail.reporting")}
          </h2>
          <ReportingPanel
            duties={review.reporting}
            canEdit={canEdit}
            onChange={(duty, body) =>
              void run((version) => dapi.patchReporting(id, duty.id, { version, ...body }))
            }
          />
        </section>
      ) : null}
      {pane === "citations" ? (
        <section aria-labelledby="cit-h">
          <h2 id="cit-h" className="tt-h2">
            {t("dir.review.citations")}
          </h2>
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
        </section>
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
