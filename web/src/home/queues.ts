// The work queues the home's counts open in the task list (?queue=…), and their names.
import type { MessageKey } from "../i18n/index.tsx";
import type { WorkQueue } from "./api.ts";

export const WORK_QUEUE_LABELS: Record<WorkQueue, MessageKey> = {
  approve: "home.queue.approve",
  awaiting: "home.queue.awaiting",
  returned: "home.queue.returned",
};

/** The queue an address names, or null for none (or one the app does not know). */
export const workQueueOf = (v: string | null): WorkQueue | null =>
  v && v in WORK_QUEUE_LABELS ? (v as WorkQueue) : null;
