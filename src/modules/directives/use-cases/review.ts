// Use case: read a draft for its review — beside its text, its groups, tasks, unit decisions,
// reporting duties, what still stands before confirmation, and what the official may do with it.

import type { UseCaseContext } from "../../shared/context.ts";
import type { ReviewOut } from "../contract.ts";
import { directivePolicy } from "../policy.ts";
import { contentOf, loadOrgIndex, orgNames, policyView, readableDirective } from "../queries.ts";
import { confirmationProblems } from "../rules/draft.ts";
import {
  bodiesNamed,
  groupView,
  headerView,
  labelsOf,
  reportingView,
  tasksView,
  unitContextOf,
  unitsView,
} from "../rules/views.ts";

/** Everything the review screen shows: header, text, groups, tasks, units, reporting, problems. */
export async function getReview(ctx: UseCaseContext, id: string): Promise<ReviewOut> {
  const row = await readableDirective(ctx, id);
  const [{ groups, tasks, reporting }, index] = await Promise.all([
    contentOf(ctx.db, id),
    loadOrgIndex(ctx.db),
  ]);
  const labels = labelsOf(tasks, groups);
  const units = unitsView(row.unitMap, tasks, index, unitContextOf(row));
  const problems = row.status === "draft" ? confirmationProblems(tasks, row.unitMap, labels) : [];
  const view = await policyView(ctx.db, row);
  const parse = (row.parse ?? {}) as { citations?: unknown[]; diagnostics?: unknown[] };
  const candidates = units.flatMap((u) => u.candidates);
  const ids = bodiesNamed(row, tasks, reporting, candidates);
  return {
    directive: headerView(row),
    text: row.text,
    groups: groups.map(groupView),
    tasks: tasksView(tasks, groups),
    units,
    reporting: reporting.map(reportingView),
    citations: parse.citations ?? [],
    diagnostics: parse.diagnostics ?? [],
    problems,
    orgs: await orgNames(ctx.db, ids),
    can: {
      edit: ctx.actor ? directivePolicy.review(ctx.actor, view) : row.status === "draft",
      confirm: ctx.actor ? directivePolicy.confirm(ctx.actor, view) : row.status === "draft",
    },
  };
}
