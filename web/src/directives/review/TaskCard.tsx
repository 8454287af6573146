// One task of a draft: what the document says (label, title, time frame, units as written), which
// bodies that means, and the decisions of the review: fan out or keep one lead, work to assign or not.
import { EditOutlined, EnvironmentOutlined, MergeCellsOutlined, WarningOutlined } from "@ant-design/icons";
import { Button, Radio, Select, Space, Switch } from "antd";
import { useT } from "../../i18n/index.tsx";
import type { OrgNames, Task } from "../api.ts";
import { orgList, timeframeText } from "../labels.tsx";

export interface TaskActions {
  select(task: Task): void;
  edit(task: Task): void;
  patch(task: Task, body: Record<string, unknown>): void;
  mergeWithNext?(task: Task): void;
}

export function TaskCard({
  task,
  orgs,
  problems,
  selected,
  canEdit,
  actions,
}: {
  task: Task;
  orgs: OrgNames;
  problems: string[];
  selected: boolean;
  canEdit: boolean;
  actions: TaskActions;
}) {
  const t = useT();
  const several = task.leadOrgIds.length > 1;
  const singleLead = (lead: string) =>
    actions.patch(task, {
      leadOrgIds: [lead],
      supportOrgIds: [...task.leadOrgIds, ...task.supportOrgIds].filter((o) => o !== lead),
      fanOut: false,
    });
  const titleId = `task-${task.id}-title`;
  return (
    <article
      className={`tt-task-card${selected ? " tt-task-selected" : ""}${task.assign ? "" : " tt-task-off"}`}
      aria-labelledby={titleId}
      data-testid={`task-${task.label}`}
    >
      <header className="tt-task-head">
        <h4 id={titleId} className="tt-task-title">
          <span className="tt-task-label">{task.label}</span> {task.title}
          {task.sourceLine ? (
            <span className="tt-muted tt-small tt-task-line">
              {" "}
              ({t("dir.review.line", { n: task.sourceLine })})
            </span>
          ) : null}
        </h4>
        <Space size={4} wrap>
          <Button
            size="small"
            type="text"
            icon={<EnvironmentOutlined aria-hidden />}
            onClick={() => actions.select(task)}
            disabled={!task.sourceLine}
            aria-label={t("dir.task.showInText", { label: task.label })}
          />
          {canEdit ? (
            <Button
              size="small"
              type="text"
              icon={<EditOutlined aria-hidden />}
              onClick={() => actions.edit(task)}
              aria-label={t("dir.task.edit", { label: task.label })}
            />
          ) : null}
          {canEdit && actions.mergeWithNext ? (
            <Button
              size="small"
              type="text"
              icon={<MergeCellsOutlined aria-hidden />}
              onClick={() => actions.mergeWithNext?.(task)}
              aria-label={t("dir.task.mergeNext", { label: task.label })}
            />
          ) : null}
        </Space>
      </header>
      {task.text !== task.title ? <p className="tt-task-text">{task.text}</p> : null}
      <dl className="tt-task-facts">
        <dt>{t("dir.task.time")}</dt>
        <dd>{timeframeText(task.timeframe, t)}</dd>
        <dt>{t("dir.task.written")}</dt>
        <dd>{task.leadText.length ? task.leadText.join("; ") : t("dir.task.noUnits")}</dd>
        <dt>{t("dir.task.lead")}</dt>
        <dd>{orgList(task.leadOrgIds, orgs, <span className="tt-muted">{t("dir.task.none")}</span>)}</dd>
        {task.supportOrgIds.length || task.supportText.length ? (
          <>
            <dt>{t("dir.task.support")}</dt>
            <dd>{orgList(task.supportOrgIds, orgs, task.supportText.join("; "))}</dd>
          </>
        ) : null}
        {task.outsideBodies.length ? (
          <>
            <dt>{t("dir.task.outside")}</dt>
            <dd data-testid={`outside-${task.label}`}>{task.outsideBodies.join("; ")}</dd>
          </>
        ) : null}
      </dl>
      {several && canEdit && task.assign ? (
        <fieldset className="tt-task-choice">
          <legend>{t("dir.task.severalLeads", { n: task.leadOrgIds.length })}</legend>
          <Radio.Group
            value={task.fanOut ? "fan" : "single"}
            onChange={(e) => (e.target.value === "fan" ? actions.patch(task, { fanOut: true }) : null)}
          >
            <Space direction="vertical">
              <Radio value="fan">{t("dir.task.fanOut", { n: task.leadOrgIds.length })}</Radio>
              <Radio value="single" disabled={task.fanOut}>
                {t("dir.task.single")}
              </Radio>
            </Space>
          </Radio.Group>
          <div className="tt-task-single">
            <label htmlFor={`lead-${task.id}`}>{t("dir.task.chooseLead")}</label>
            <Select
              id={`lead-${task.id}`}
              placeholder={t("dir.task.chooseLeadPlaceholder")}
              options={task.leadOrgIds.map((id) => ({ value: id, label: orgs[id]?.name ?? id }))}
              onChange={(v: string) => singleLead(v)}
              style={{ width: "100%" }}
              showSearch
              optionFilterProp="label"
            />
          </div>
        </fieldset>
      ) : null}
      <div className="tt-task-assign">
        <Switch
          id={`assign-${task.id}`}
          checked={task.assign}
          disabled={!canEdit}
          onChange={(v) => actions.patch(task, { assign: v })}
        />
        <label htmlFor={`assign-${task.id}`}>{t("dir.task.assign")}</label>
      </div>
      {problems.map((p) => (
        <p key={p} className="tt-task-problem">
          <WarningOutlined aria-hidden /> {p}
        </p>
      ))}
    </article>
  );
}
