// What the review points the reviewer to before confirmation, beside the problems that block it:
// work that would be overdue on the day it is assigned, and how sure the parser was of each task
// group (from its diagnostics and its tasks without a lead), so the reviewer looks there first.
// Pure.
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { TimeframeValue } from "../contract.ts";

interface SignalTask {
  id: string;
  title: string;
  groupId: string | null;
  assign: boolean;
  leadText: readonly string[];
  leadOrgIds: readonly string[];
  timeframe: TimeframeValue;
  sourceLine: number | null;
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** Tasks to assign whose due date is already past: confirmed as they are, they are born overdue. */
export function bornOverdue(
  tasks: readonly SignalTask[],
  labels: ReadonlyMap<string, string>,
  today: string,
): { taskId: string; message: string }[] {
  return tasks
    .filter((t) => t.assign && t.timeframe.kind !== "ongoing" && t.timeframe.due && t.timeframe.due < today)
    .map((t) => ({
      taskId: t.id,
      message: `${labels.get(t.id) ?? "Nhiệm vụ"} «${shortenAtWord(t.title, 60)}»: hạn ${dmy(t.timeframe.due!)} đã qua — xác nhận như vậy thì việc quá hạn ngay khi giao. Sửa thời hạn, hoặc chọn "thường xuyên" nếu văn bản giao việc lâu dài.`,
    }));
}

export type Confidence = "high" | "medium" | "low";

export interface GroupSignal {
  groupId: string;
  confidence: Confidence;
  /** The parser's diagnostics on the group's lines. */
  diagnostics: number;
  /** Tasks to assign that name no lead unit at all. */
  noLead: number;
  tasks: number;
}

/**
 * A group's confidence: low when half or more of its tasks name no lead or it has as many
 * diagnostics as tasks; medium when any task has no lead or any diagnostic falls on its lines.
 */
export function groupSignals(
  groups: readonly { id: string; sourceLine: number | null }[],
  tasks: readonly SignalTask[],
  diagnosticLines: readonly number[],
): GroupSignal[] {
  const starts = groups
    .filter((g) => g.sourceLine !== null)
    .map((g) => g.sourceLine!)
    .sort((a, b) => a - b);
  const endOf = (line: number | null) =>
    line === null ? null : (starts.find((s) => s > line) ?? Number.POSITIVE_INFINITY);
  return groups.map((g) => {
    const own = tasks.filter((t) => t.groupId === g.id);
    const end = endOf(g.sourceLine);
    const diagnostics =
      g.sourceLine === null || end === null
        ? 0
        : diagnosticLines.filter((l) => l >= g.sourceLine! && l < end).length;
    const noLead = own.filter((t) => t.assign && !t.leadText.length && !t.leadOrgIds.length).length;
    const n = Math.max(own.length, 1);
    const confidence: Confidence =
      noLead * 2 >= n || diagnostics >= n ? "low" : noLead || diagnostics ? "medium" : "high";
    return { groupId: g.id, confidence, diagnostics, noLead, tasks: own.length };
  });
}
