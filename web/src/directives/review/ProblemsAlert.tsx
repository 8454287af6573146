// What still stops or troubles the confirmation (the parser's and the review's problems), with the
// two answers for tasks that name no lead unit: assign them to chosen bodies, or do not assign them.
// Without problems: how many assignments confirmation will create.
import { ExclamationCircleOutlined } from "@ant-design/icons";
import { Alert, Button } from "antd";
import { useState } from "react";
import { type TFunction, useT } from "../../i18n/index.tsx";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Review } from "../api.ts";

export function ProblemsAlert({
  review,
  toAssign,
  onUnnamed,
}: {
  review: Review;
  toAssign: number;
  onUnnamed(body: { action: "lead" | "notAssign"; leadOrgIds?: string[] }): void;
}) {
  const t = useT();
  const [unnamedLead, setUnnamedLead] = useState<string[]>([]);
  const unnamed = review.tasks.filter((x) => x.assign && !x.leadText.length && !x.leadOrgIds.length).length;
  const lines = problemLines(review, t);
  if (!review.problems.length)
    return (
      <Alert type="success" showIcon className="tt-alert" message={t("dir.review.ready", { n: toAssign })} />
    );
  return (
    <Alert
      type="warning"
      showIcon
      icon={<ExclamationCircleOutlined aria-hidden />}
      className="tt-alert"
      message={t("dir.review.problems", { n: review.problems.length })}
      description={
        <>
          <ul className="tt-dir-problems">
            {lines.slice(0, 8).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {lines.length > 8 ? <li>{t("dir.review.moreProblems", { n: lines.length - 8 })}</li> : null}
          </ul>
          {unnamed && review.can.edit ? (
            <div className="tt-unnamed">
              <p>{t("dir.review.unnamed", { n: unnamed })}</p>
              <div className="tt-unnamed-actions">
                <Button onClick={() => onUnnamed({ action: "notAssign" })}>
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
                  onClick={() => onUnnamed({ action: "lead", leadOrgIds: unnamedLead })}
                >
                  {t("dir.review.unnamedLead")}
                </Button>
              </div>
            </div>
          ) : null}
        </>
      }
    />
  );
}

/**
 * One line per problem, except tasks that name no lead: one line per group for those (a plan read
 * without its units gave hundreds of identical lines), each group with its count.
 */
function problemLines(review: Review, t: TFunction): string[] {
  const groupOf = new Map(review.tasks.map((x) => [x.id, x.groupId]));
  const noLead = new Map<string | null, number>();
  const lines: string[] = [];
  for (const p of review.problems) {
    if (p.kind !== "noLead") {
      lines.push(p.message);
      continue;
    }
    const g = groupOf.get(p.taskId ?? "") ?? null;
    noLead.set(g, (noLead.get(g) ?? 0) + 1);
  }
  const grouped = [...noLead].map(([g, n]) => {
    const group = review.groups.find((x) => x.id === g);
    const name = group ? `${group.label}. ${group.title}` : t("dir.review.otherGroup");
    return t("dir.review.groupNoLead", { group: name, n });
  });
  return [...grouped, ...lines];
}
