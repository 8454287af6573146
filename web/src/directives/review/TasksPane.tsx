// The draft's tasks beside the document's text: grouped as the document groups them, then the
// responsibilities; selecting a task highlights its lines in the text.
import { Tooltip } from "antd";
import { useMemo } from "react";
import { useT } from "../../i18n/index.tsx";
import { Section } from "../../shared/Section.tsx";
import { StatusTag } from "../../shared/StatusTag.tsx";
import type { Review, Task } from "../api.ts";
import { SourceText } from "./SourceText.tsx";
import { type TaskActions, TaskCard } from "./TaskCard.tsx";

export function TasksPane({
  review,
  selected,
  actions,
}: {
  review: Review;
  selected: Task | null;
  /** mergeWithNext is offered only where the next task is of the same kind. */
  actions: Required<TaskActions>;
}) {
  const t = useT();
  const problemsOf = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const p of review.problems) if (p.taskId) m.set(p.taskId, [...(m.get(p.taskId) ?? []), p.message]);
    return m;
  }, [review]);
  const signalOf = useMemo(() => new Map(review.groupSignals.map((g) => [g.groupId, g])), [review]);
  const taskList = (tasks: Task[]) =>
    tasks.map((task) => (
      <TaskCard
        key={task.id}
        task={task}
        orgs={review.orgs}
        problems={problemsOf.get(task.id) ?? []}
        selected={selected?.id === task.id}
        canEdit={review.can.edit}
        actions={{
          ...actions,
          mergeWithNext: nextTask(review, task)?.kind === task.kind ? actions.mergeWithNext : undefined,
        }}
      />
    ));

  return (
    <div className="tt-review">
      <Section id="src-h" title={t("dir.review.source")} className="tt-review-source">
        <SourceText
          text={review.text ?? ""}
          from={selected?.sourceLine ?? null}
          to={selected?.sourceEndLine ?? null}
        />
      </Section>
      <Section id="tasks-h" title={t("dir.review.tasks")}>
        <div className="tt-review-tasks">
          {review.groups.map((g) => (
            <section key={g.id} aria-labelledby={`g-${g.id}`} className="tt-task-group">
              <h3 id={`g-${g.id}`} className="tt-h3">
                {g.label}. {g.title}
              </h3>
              <GroupSignalLine line={g.sourceLine} signal={signalOf.get(g.id)} />
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
      </Section>
    </div>
  );
}

/** The next task in the document's order, which a task may be merged with. */
export function nextTask(review: Review, task: Task): Task | undefined {
  const ordered = [...review.tasks].sort((a, b) => a.position - b.position);
  return ordered[ordered.indexOf(task) + 1];
}

const CONFIDENCE_TONE = { high: "good", medium: "warn", low: "bad" } as const;

/** A group's source line and how sure the parser was of it: the reviewer looks first at the red ones. */
function GroupSignalLine({
  line,
  signal,
}: {
  line: number | null;
  signal: Review["groupSignals"][number] | undefined;
}) {
  const t = useT();
  return (
    <p className="tt-group-signal">
      {line ? <span className="tt-muted tt-small">{t("dir.review.line", { n: line })}</span> : null}
      {signal ? (
        <Tooltip
          title={t("dir.review.confidenceDetail", { noLead: signal.noLead, diagnostics: signal.diagnostics })}
        >
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so that a keyboard opens the tooltip with the confidence's reasons */}
          <span data-testid="group-confidence" tabIndex={0}>
            <StatusTag tone={CONFIDENCE_TONE[signal.confidence]}>
              {t(`dir.review.confidence.${signal.confidence}`)}
            </StatusTag>
          </span>
        </Tooltip>
      ) : null}
    </p>
  );
}
