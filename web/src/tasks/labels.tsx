// Words and colours of statuses, classes and timeline entries, in one place for every screen.
import { Progress } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { MessageKey, TFunction } from "../i18n/index.tsx";
import { formatDate } from "../shared/dates.ts";
import { formatNumber, formatPercent } from "../shared/numbers.ts";
import { StatusTag, type Tone } from "../shared/StatusTag.tsx";
import type { AssignmentItem, DisplayStatus, ReportingPeriod, StatusClass } from "./api.ts";

export const DISPLAY_TONE: Record<DisplayStatus, Tone> = {
  not_started: "neutral",
  in_progress: "info",
  awaiting_approval: "warn",
  done: "good",
  done_late: "warn",
  overdue: "bad",
  paused: "neutral",
};

export const CLASS_TONE: Record<StatusClass, Tone> = {
  done_on_time: "good",
  done_late: "warn",
  in_progress_on_time: "info",
  overdue: "bad",
  not_started: "neutral",
  paused: "neutral",
};

/** Colours of the classes (red overdue, green done...), dark enough for white text (≥ 4.5:1). */
export const CLASS_COLOUR: Record<StatusClass, string> = {
  overdue: "#b42318",
  in_progress_on_time: "#1f5f99",
  not_started: "#595959",
  done_on_time: "#1e6b2a",
  done_late: "#8a5a00",
  paused: "#4b4b80",
};

export const displayKey = (s: DisplayStatus): MessageKey => `tasks.display.${s}` as MessageKey;
export const classKey = (c: StatusClass): MessageKey => `tasks.class.${c}` as MessageKey;

export function DisplayTag({ status, t }: { status: DisplayStatus; t: TFunction }) {
  return <StatusTag tone={DISPLAY_TONE[status]}>{t(displayKey(status))}</StatusTag>;
}

const ROMAN = ["", "I", "II", "III", "IV"];

/** "kỳ quý III/2026", "kỳ 6 tháng đầu năm 2026", "kỳ đến 20/11/2026" (the server's rules/periods.ts). */
export function periodPhrase(p: ReportingPeriod, t: TFunction): string {
  const v = { n: p.n, year: p.year, roman: ROMAN[p.n] ?? String(p.n), date: formatDate(p.end) };
  if (p.kind === "half") return t(p.n === 1 ? "tasks.period.half1" : "tasks.period.half2", v);
  return t(`tasks.period.${p.kind}` as MessageKey, v);
}

/**
 * "Hạn 30/06/2026 · quá hạn 5 ngày làm việc", or the document's words when there is no date. Ongoing
 * work has no deadline: its line names the reporting period ("Báo cáo kỳ quý III/2026 quá hạn 5 ngày
 * làm việc"), never the next checkpoint as a "Hạn".
 */
export function dueLine(
  item: Pick<
    AssignmentItem,
    "effectiveDue" | "dueText" | "workingDaysOverdue" | "workingDaysLeft" | "cls" | "checkpoint"
  >,
  t: TFunction,
): string {
  const parts: string[] = [];
  const cp = item.checkpoint;
  // Recurring work is overdue for the period it did not report, not for the current one.
  if (item.cls === "overdue" && cp?.missedPeriod)
    return t("tasks.due.missedReport", {
      period: periodPhrase(cp.missedPeriod, t),
      n: item.workingDaysOverdue,
    });
  if (item.cls === "overdue" && cp?.missed)
    parts.push(t("tasks.due.missedCheckpoint", { date: formatDate(cp.missed) }));
  else if (cp?.period)
    parts.push(
      t("tasks.due.period", { period: periodPhrase(cp.period, t), date: formatDate(cp.period.end) }),
    );
  else if (item.effectiveDue)
    parts.push(
      t(item.checkpoint ? "tasks.due.checkpoint" : "tasks.due.date", { date: formatDate(item.effectiveDue) }),
    );
  else if (item.dueText) parts.push(item.dueText);
  else parts.push(t("tasks.due.none"));
  if (item.cls === "overdue") parts.push(t("tasks.due.overdue", { n: item.workingDaysOverdue }));
  else if (
    item.workingDaysLeft !== null &&
    item.workingDaysLeft >= 0 &&
    item.cls !== "done_on_time" &&
    item.cls !== "done_late"
  )
    parts.push(t("tasks.due.left", { n: item.workingDaysLeft }));
  return parts.join(" · ");
}

/** A small progress bar that shows and says its percentage ("Tiến độ 47,9%"). */
export function ProgressBar({
  percent,
  t,
  minWidth,
  overdue,
}: {
  percent: number;
  t: TFunction;
  /** In a table column, so that the bar does not shrink to nothing. */
  minWidth?: number;
  overdue?: boolean;
}) {
  return (
    <Progress
      percent={percent}
      size="small"
      format={() => formatPercent(percent)}
      aria-label={t("tasks.progressOf", { n: formatNumber(percent) })}
      // Always the figure, never antd's tick (at 100%) or cross (overdue) in its place: a tick beside
      // an unfinished bar read as "done". Overdue shows in the bar's colour.
      status="normal"
      strokeColor={overdue ? CLASS_COLOUR.overdue : undefined}
      style={minWidth ? { minWidth } : undefined}
    />
  );
}

/**
 * The first cell of a work or plan row: its link, and a muted line below when `note` is given. A long
 * title (the whole text of the task is kept) is clamped to three lines, the whole of it on hover and
 * on the task's page.
 */
export function TaskCell({ to, title, note }: { to: string; title: ReactNode; note?: ReactNode }) {
  return (
    <div className="tt-task-cell">
      <Link to={to} className="tt-clamp" title={typeof title === "string" ? title : undefined}>
        {title}
      </Link>
      {note !== undefined ? <div className="tt-muted">{note}</div> : null}
    </div>
  );
}
