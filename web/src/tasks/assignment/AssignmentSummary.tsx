// What the assignment is and where it stands (document, units, deadline, status, progress), and the
// other units' assignments of the same task.
import { Descriptions } from "antd";
import { Link } from "react-router";
import type { TFunction } from "../../i18n/index.tsx";
import { formatDate } from "../../shared/dates.ts";
import { FitTable } from "../../shared/FitTable.tsx";
import { formatPercent } from "../../shared/numbers.ts";
import { Section } from "../../shared/Section.tsx";
import type { AssignmentDetail, AssignmentItem } from "../api.ts";
import { DisplayTag, dueLine, ProgressBar } from "../labels.tsx";

export function AssignmentSummary({ a, t }: { a: AssignmentDetail; t: TFunction }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      className="tt-section"
    >
      <Descriptions.Item label={t("tasks.detail.document")}>
        {a.directive.symbol ?? "—"} {a.directive.title ? `— ${a.directive.title}` : ""}
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.group")}>{a.task.groupTitle ?? "—"}</Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.lead")}>{a.lead.name}</Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.supporters")}>
        {a.supporters.length ? a.supporters.map((s) => s.name).join("; ") : "—"}
        {a.outsideBodies.length ? (
          <div className="tt-small" data-testid="outside-bodies">
            {t("tasks.detail.outside")}: {a.outsideBodies.join("; ")}
          </div>
        ) : null}
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.dueText")}>
        {a.dueText ?? t("tasks.due.none")}
      </Descriptions.Item>
      <Descriptions.Item label={t(a.checkpoint ? "tasks.detail.duePeriod" : "tasks.detail.due")}>
        {dueLine(a, t)}
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.status")}>
        <DisplayTag status={a.display} t={t} />
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.detail.progress")}>
        <ProgressBar percent={a.progress} t={t} />
      </Descriptions.Item>
      {a.completedOn ? (
        <Descriptions.Item label={t("tasks.detail.completedOn")}>
          {formatDate(a.completedOn)}
        </Descriptions.Item>
      ) : null}
      {a.taskAssignments > 1 ? (
        <Descriptions.Item label={t("tasks.detail.taskProgress")}>
          {t("tasks.detail.taskProgressValue", { n: a.taskProgress ?? 0, units: a.taskAssignments })}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

export function Siblings({ a, t }: { a: AssignmentDetail; t: TFunction }) {
  return (
    <Section id="tt-siblings-h" title={t("tasks.detail.siblings")} className="tt-section">
      <FitTable<AssignmentItem>
        rowKey="id"
        dataSource={a.siblings}
        columns={[
          {
            title: t("tasks.col.lead"),
            key: "lead",
            render: (_, i) => <Link to={`/tasks/${i.id}`}>{i.lead.name}</Link>,
          },
          {
            title: t("tasks.col.status"),
            key: "status",
            width: 150,
            render: (_, i) => <DisplayTag status={i.display} t={t} />,
          },
          {
            title: t("tasks.col.progress"),
            key: "p",
            width: 90,
            render: (_, i) => formatPercent(i.progress),
          },
          {
            title: t(a.checkpoint ? "tasks.col.dueOrPeriod" : "tasks.col.due"),
            key: "due",
            width: "40%",
            render: (_, i) => dueLine(i, t),
          },
        ]}
      />
    </Section>
  );
}
