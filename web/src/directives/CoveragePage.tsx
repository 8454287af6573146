// What each plan covers of the document it implements: the document's task groups (rows) × the plans
// (columns), each cell counting the plan's tasks placed in that group — confirmed by officials, or only
// suggested by text similarity. Empty cells are what a plan leaves out. A cell opens its tasks, where
// suggestions are confirmed or rejected and unplaced tasks are placed by hand.
import { CheckOutlined, CloseOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, Drawer, Select, Space, Table } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import { type CoverageMatrix, directivesApi as dapi, documentName, type Group } from "./api.ts";

type Child = CoverageMatrix["children"][number];

/** What a reviewer may decide on a suggested link: each is offered unless the link already has it. */
const DECISIONS = [
  { status: "confirmed", label: "dir.coverage.confirm", icon: <CheckOutlined aria-hidden /> },
  { status: "rejected", label: "dir.coverage.reject", icon: <CloseOutlined aria-hidden /> },
] as const;

export function CoveragePage() {
  const t = useT();
  const message = useToast();
  const { id = "" } = useParams();
  const { data: m, error, loading, reload } = useApi<CoverageMatrix>(`/api/directives/${id}/coverage`);
  const [open, setOpen] = useState<{ group: Group; child: Child } | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [placing, setPlacing] = useState<string | undefined>(undefined);

  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setActionError(null);
    try {
      await fn();
      if (done) message.success(done);
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  if (!m) return error ? <ErrorAlert error={error} /> : <p aria-busy={loading}>{t("app.loading")}</p>;
  const cell = (g: Group, c: Child) => m.cells.find((x) => x.groupId === g.id && x.childId === c.id);
  const childName = (c: Child) => documentName(c);
  const taskById = new Map(m.tasks.map((x) => [x.id, x]));
  const coveredGroups = (c: Child) =>
    m.groups.filter((g) => (cell(g, c)?.confirmed ?? 0) + (cell(g, c)?.suggested ?? 0) > 0).length;

  return (
    <>
      <PageHeader
        title={t("dir.coverage.title")}
        intro={
          <>
            {t("dir.coverage.intro")}{" "}
            <Link to={`/directives/${m.parent.id}`} className="tt-inline-link">
              {documentName(m.parent)}
            </Link>
          </>
        }
        actions={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            onClick={() => void act(() => dapi.suggestCoverage(id), t("dir.coverage.recomputed"))}
          >
            {t("dir.coverage.recompute")}
          </Button>
        }
      />
      {m.derived ? (
        <Alert type="info" showIcon className="tt-alert" message={t("dir.coverage.derived")} />
      ) : null}
      <ErrorAlert error={actionError} />
      {!m.children.length ? (
        <p className="tt-muted">{t("dir.coverage.noPlans")}</p>
      ) : (
        <>
          <p className="tt-small tt-coverage-legend">
            <span className="tt-cov tt-cov-confirmed">{t("dir.coverage.legendConfirmed")}</span>{" "}
            <span className="tt-cov tt-cov-suggested">{t("dir.coverage.legendSuggested")}</span>{" "}
            <span className="tt-cov tt-cov-empty">{t("dir.coverage.legendEmpty")}</span>
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the wide matrix scrolls sideways; keyboard users must reach it. */}
          <section className="tt-coverage-scroll" tabIndex={0} aria-label={t("dir.coverage.matrix")}>
            <Table<Group>
              className="tt-coverage"
              rowKey="id"
              size="small"
              pagination={false}
              bordered
              dataSource={m.groups}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t("dir.coverage.unplaced")}</strong>
                  </Table.Summary.Cell>
                  {m.children.map((c, i) => (
                    <Table.Summary.Cell key={c.id} index={i + 1} align="center">
                      {m.unplaced.filter((tid) => taskById.get(tid)?.childId === c.id).length}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
              columns={[
                {
                  title: t("dir.coverage.group"),
                  key: "group",
                  width: 260,
                  render: (_, g) => (
                    <span className="tt-coverage-group">
                      <strong>{g.label}.</strong> {g.title}
                    </span>
                  ),
                },
                ...m.children.map((c) => ({
                  title: (
                    <div className="tt-coverage-head">
                      <Link to={`/directives/${c.id}`}>{childName(c)}</Link>
                      <div className="tt-small tt-muted">{c.issuerName}</div>
                      <div className="tt-small">
                        {t("dir.coverage.groupsCovered", { n: coveredGroups(c), of: m.groups.length })}
                      </div>
                    </div>
                  ),
                  key: c.id,
                  align: "center" as const,
                  width: 150,
                  render: (_: unknown, g: Group) => {
                    const x = cell(g, c);
                    const confirmed = x?.confirmed ?? 0;
                    const suggested = x?.suggested ?? 0;
                    const tone = confirmed ? "confirmed" : suggested ? "suggested" : "empty";
                    return (
                      <button
                        type="button"
                        className={`tt-cov-cell tt-cov-${tone}`}
                        onClick={() => {
                          setActionError(null);
                          setOpen({ group: g, child: c });
                        }}
                        data-testid={`cell-${g.label}-${c.symbol ?? c.issuerName}`}
                        data-confirmed={confirmed}
                        data-suggested={suggested}
                      >
                        <span className="tt-sr-only">
                          {t("dir.coverage.cellLabel", { group: g.label, plan: childName(c) })}{" "}
                        </span>
                        {confirmed || suggested ? (
                          <>
                            <span>{t("dir.coverage.cellConfirmed", { n: confirmed })}</span>
                            {suggested ? (
                              <span className="tt-cov-plus">
                                {t("dir.coverage.cellSuggested", { n: suggested })}
                              </span>
                            ) : null}
                          </>
                        ) : (
                          <span>{t("dir.coverage.none")}</span>
                        )}
                      </button>
                    );
                  },
                })),
              ]}
            />
          </section>
        </>
      )}
      <Drawer
        open={open !== null}
        onClose={() => {
          setOpen(null);
          setPlacing(undefined);
        }}
        width="min(640px, 100vw)"
        title={
          open ? t("dir.coverage.cellTitle", { group: open.group.label, plan: childName(open.child) }) : ""
        }
      >
        {open ? (
          <>
            <ErrorAlert error={actionError} />
            <p className="tt-muted">
              {open.group.label}. {open.group.title}
            </p>
            <ul className="tt-plain-list tt-cov-tasks">
              {m.links
                .filter((l) => l.groupId === open.group.id && l.childId === open.child.id)
                .map((l) => {
                  const task = taskById.get(l.childTaskId);
                  return (
                    <li key={l.id}>
                      <div>
                        <strong>{task?.label}</strong> {task?.title}
                      </div>
                      <Space wrap size={4}>
                        <StatusTag
                          tone={l.status === "confirmed" ? "good" : l.status === "rejected" ? "bad" : "info"}
                        >
                          {t(`dir.coverage.status.${l.status}`)}
                        </StatusTag>
                        {l.score !== null ? (
                          <span className="tt-small tt-muted">
                            {t("dir.coverage.score", { s: Math.round(l.score * 100) })}
                          </span>
                        ) : null}
                        {DECISIONS.filter((d) => d.status !== l.status).map((d) => (
                          <Button
                            key={d.status}
                            size="small"
                            icon={d.icon}
                            onClick={() => void act(() => dapi.decideCoverage(l.id, d.status))}
                          >
                            {t(d.label)}
                          </Button>
                        ))}
                      </Space>
                    </li>
                  );
                })}
            </ul>
            <div className="tt-filter">
              <label htmlFor="cov-place">{t("dir.coverage.place")}</label>
              <Space.Compact style={{ width: "100%" }}>
                <Select
                  id="cov-place"
                  value={placing}
                  onChange={(v: string) => setPlacing(v)}
                  placeholder={t("dir.coverage.placePlaceholder")}
                  options={m.tasks
                    .filter(
                      (x) =>
                        x.childId === open.child.id &&
                        !m.links.some(
                          (l) =>
                            l.childTaskId === x.id && l.groupId === open.group.id && l.status !== "rejected",
                        ),
                    )
                    .map((x) => ({ value: x.id, label: `${x.label} — ${x.title}` }))}
                  showSearch
                  optionFilterProp="label"
                  style={{ width: "100%" }}
                />
                <Button
                  disabled={!placing}
                  onClick={() =>
                    placing &&
                    void act(() => dapi.linkCoverage(placing, open.group.id), t("common.saved")).then(() =>
                      setPlacing(undefined),
                    )
                  }
                >
                  {t("dir.coverage.placeButton")}
                </Button>
              </Space.Compact>
            </div>
          </>
        ) : null}
      </Drawer>
    </>
  );
}
