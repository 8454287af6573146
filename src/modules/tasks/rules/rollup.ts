// Progress roll-up from assignments to tasks, task groups and the plan, as explicit calls in the
// use case (never hidden in save hooks). The rule is a plain average at each level, with every task
// counting once however many units it fans out to (docs/decisions/task-progress-rollup.md).
import type { AssignmentStatus } from "../contract.ts";

export interface ProgressFacts {
  status: AssignmentStatus;
  percent: number;
}

/** An assignment's share of done: 100 once approved done, else the percent its unit reported. */
export function assignmentProgress(a: ProgressFacts): number {
  if (a.status === "done") return 100;
  return Math.min(100, Math.max(0, a.percent));
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** A task's progress: the mean of its assignments (one per unit when it fans out); null without any. */
export function taskProgress(assignments: ProgressFacts[]): number | null {
  return mean(assignments.map(assignmentProgress));
}

/** A group's (or a plan's) progress: the mean of its tasks' progress, each task counting once. */
export function meanOfTasks(taskProgresses: Array<number | null>): number | null {
  return mean(taskProgresses.filter((p): p is number => p !== null));
}

/** One decimal, for display and for stable API output. */
export const round1 = (p: number | null): number | null => (p === null ? null : Math.round(p * 10) / 10);
