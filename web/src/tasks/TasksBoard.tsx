// The board of Công việc của đơn vị: one column per status, overdue first; and the card of one piece of
// work, which also replaces the table on a phone.
import { Card } from "antd";
import { Link } from "react-router";
import { useT } from "../i18n/index.tsx";
import type { AssignmentItem } from "./api.ts";
import { DisplayTag, dueLine, ProgressBar } from "./labels.tsx";

const BOARD_COLUMNS: Array<{
  key: string;
  label:
    | "tasks.board.overdue"
    | "tasks.board.notStarted"
    | "tasks.board.inProgress"
    | "tasks.board.awaiting"
    | "tasks.board.done"
    | "tasks.board.paused";
  match: (i: AssignmentItem) => boolean;
}> = [
  { key: "overdue", label: "tasks.board.overdue", match: (i) => i.cls === "overdue" },
  { key: "not_started", label: "tasks.board.notStarted", match: (i) => i.cls === "not_started" },
  {
    key: "in_progress",
    label: "tasks.board.inProgress",
    match: (i) => i.cls === "in_progress_on_time" && i.status !== "awaiting_approval",
  },
  {
    key: "awaiting",
    label: "tasks.board.awaiting",
    match: (i) => i.cls === "in_progress_on_time" && i.status === "awaiting_approval",
  },
  { key: "done", label: "tasks.board.done", match: (i) => i.cls === "done_on_time" || i.cls === "done_late" },
  { key: "paused", label: "tasks.board.paused", match: (i) => i.cls === "paused" },
];

/** One piece of work as a card: on the board, and instead of the table on a phone. */
export function ItemCard({ i, withStatus }: { i: AssignmentItem; withStatus?: boolean }) {
  const t = useT();
  return (
    <Card size="small" className="tt-board-card">
      <Link to={`/tasks/${i.id}`} className="tt-clamp">
        {i.title}
      </Link>
      <div className="tt-muted">
        {[i.lead.shortName ?? i.lead.name, i.directive.symbol].filter(Boolean).join(" · ")}
      </div>
      <div className="tt-muted">{dueLine(i, t)}</div>
      {withStatus ? <DisplayTag status={i.display} t={t} /> : null}
      <ProgressBar percent={i.progress} t={t} />
    </Card>
  );
}

export function TasksBoard({ items, loading }: { items: AssignmentItem[]; loading: boolean }) {
  const t = useT();
  return (
    <div className="tt-board" aria-busy={loading}>
      {BOARD_COLUMNS.map((col) => {
        const shown = items.filter(col.match);
        return (
          <section
            key={col.key}
            className={`tt-board-col tt-board-${col.key}`}
            aria-labelledby={`board-${col.key}`}
          >
            <h2 id={`board-${col.key}`} className="tt-h3">
              {t(col.label)} ({shown.length})
            </h2>
            {shown.map((i) => (
              <Card key={i.id} size="small" className="tt-board-card">
                <Link to={`/tasks/${i.id}`}>{i.title}</Link>
                <div className="tt-muted">{i.lead.shortName ?? i.lead.name}</div>
                <div className="tt-muted">{dueLine(i, t)}</div>
                <ProgressBar percent={i.progress} t={t} />
              </Card>
            ))}
          </section>
        );
      })}
    </div>
  );
}
