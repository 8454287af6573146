// The home's shapes, from the tasks contract (type-only), and the address of the task list that a
// count opens: the list's own URL filters (TasksPage reads them), so a count and its list agree.
import type { HomeFilter } from "../../../src/modules/tasks/contract.ts";

export type {
  HomeCount,
  HomeFilter,
  HomeView,
  UnitStanding,
  WorkQueue,
} from "../../../src/modules/tasks/contract.ts";

/** /tasks?org=…&inv=…&cls=…&from=…&to=…&queue=…&plan=… for a filter of GET /api/home. */
export function tasksUrl(f: Partial<HomeFilter>): string {
  const p = new URLSearchParams();
  p.set("org", f.orgId ?? "all");
  if (f.involvement && f.involvement !== "all") p.set("inv", f.involvement);
  if (f.classes?.length) p.set("cls", f.classes.join(","));
  if (f.dueFrom) p.set("from", f.dueFrom);
  if (f.dueTo) p.set("to", f.dueTo);
  if (f.queue) p.set("queue", f.queue);
  if (f.directiveId) p.set("plan", f.directiveId);
  return `/tasks?${p}`;
}
