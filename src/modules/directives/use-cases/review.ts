// Use case: read a draft for its review — beside its text, its groups, tasks, unit decisions,
// reporting duties, what still stands before confirmation, which leads confirmation will only ask
// (outside the owner body's authority: assignment requests), and what the official may do with it.

import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { leadsOutside } from "../../tasks/rules/authority.ts";
import type { ReviewOut } from "../contract.ts";
import { directivePolicy } from "../policy.ts";
import { contentOf, loadOrgIndex, orgNames, orgRefOf, policyView, readableDirective } from "../queries.ts";
import { confirmationProblems } from "../rules/draft.ts";
import { bornOverdue, groupSignals } from "../rules/review-signals.ts";
import type { OrgIndex } from "../rules/units.ts";
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
  const parse = (row.parse ?? {}) as { citations?: unknown[]; diagnostics?: { line?: number }[] };
  const diagnosticLines = (parse.diagnostics ?? []).map((d) => d.line ?? 0).filter((l) => l > 0);
  const candidates = units.flatMap((u) => u.candidates);
  const ids = bodiesNamed(row, tasks, reporting, candidates);
  return {
    directive: headerView(row),
    text: row.text,
    groups: groups.map(groupView),
    tasks: tasksView(tasks, groups, row.unitMap),
    units,
    reporting: reporting.map(reportingView),
    citations: parse.citations ?? [],
    diagnostics: parse.diagnostics ?? [],
    problems,
    outsideAuthority: row.status === "draft" ? outsideAuthority(tasks, labels, index, row.ownerOrgId) : [],
    bornOverdue: row.status === "draft" ? bornOverdue(tasks, labels, vietnamDate(ctx.now)) : [],
    groupSignals: groupSignals(groups, tasks, diagnosticLines),
    orgs: await orgNames(ctx.db, ids),
    can: {
      edit: ctx.actor ? directivePolicy.review(ctx.actor, view) : row.status === "draft",
      confirm: ctx.actor ? directivePolicy.confirm(ctx.actor, view) : row.status === "draft",
    },
  };
}

/** The leads of the tasks to assign that are outside the owner's authority, with the warning to show. */
function outsideAuthority(
  tasks: { id: string; title: string; assign: boolean; leadOrgIds: string[] }[],
  labels: ReadonlyMap<string, string>,
  index: OrgIndex,
  ownerOrgId: string | null,
) {
  const owner = orgRefOf(index, ownerOrgId);
  const ownerName = ownerOrgId ? (index.byId.get(ownerOrgId)?.name ?? "cơ quan nhập văn bản") : "";
  return tasks
    .filter((t) => t.assign)
    .flatMap((t) =>
      leadsOutside(owner, t.leadOrgIds, (id) => orgRefOf(index, id)).map((orgId) => {
        const name = index.byId.get(orgId)?.name ?? "Cơ quan được chọn";
        const title = shortenAtWord(t.title, 60);
        return {
          taskId: t.id,
          orgId,
          message: `${labels.get(t.id) ?? "Nhiệm vụ"} «${title}»: ${name} không thuộc quyền chỉ đạo của ${ownerName} — khi xác nhận, việc được gửi thành đề nghị phối hợp, chờ ${name} chấp nhận.`,
        };
      }),
    );
}
