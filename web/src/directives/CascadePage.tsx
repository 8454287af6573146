// The cascade of implementation: a resolution, the programmes and plans that implement it (stubs
// where only cited, documents where imported), down to the district and ward plans — who issued what
// and when, with a link to each and to the coverage of those that others implement.
import { Select, Tree } from "antd";
import type { DataNode } from "antd/es/tree";
import { Link, useSearchParams } from "react-router";
import { useT } from "../i18n/index.tsx";
import { formatDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { Filter, FilterBar } from "../shared/filters/FilterBar.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import { type Cascade, type CascadeNode, documentName } from "./api.ts";
import { DirectiveStatusTag } from "./labels.tsx";

function count(n: CascadeNode): number {
  return 1 + n.children.reduce((s, c) => s + count(c), 0);
}

export function CascadePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const all = useApi<Cascade>("/api/directives/cascade");
  const rootId = params.get("rootId") ?? all.data?.roots[0]?.id ?? null;
  // A document in the middle of a cascade is shown from itself down.
  const one = useApi<Cascade>(
    rootId && !all.data?.roots.some((r) => r.id === rootId) ? "/api/directives/cascade" : null,
    { rootId },
  );
  const root = all.data?.roots.find((r) => r.id === rootId) ?? one.data?.roots[0];

  const toNode = (n: CascadeNode): DataNode => ({
    key: n.id,
    title: (
      <div className="tt-cascade-node" data-testid={`node-${n.symbol ?? n.issuerName ?? n.id}`}>
        <div>
          <Link to={`/directives/${n.id}`}>{documentName(n)}</Link> <DirectiveStatusTag status={n.status} />
          {n.children.length ? (
            <Link to={`/directives/${n.id}/coverage`} className="tt-small tt-cascade-coverage">
              {t("dir.cascade.coverage")}
            </Link>
          ) : null}
        </div>
        <div className="tt-small tt-muted">
          {[n.issuerName, formatDate(n.issuedOn)].filter(Boolean).join(" · ")}
          {n.status === "confirmed"
            ? ` · ${t("dir.cascade.counts", { tasks: n.tasks, assignments: n.assignments })}`
            : ""}
        </div>
        {n.title ? <div className="tt-small tt-cascade-title">{n.title}</div> : null}
      </div>
    ),
    children: n.children.map(toNode),
  });
  const keys = (n: CascadeNode): string[] => [n.id, ...n.children.flatMap(keys)];

  return (
    <>
      <PageHeader title={t("dir.cascade.title")} intro={t("dir.cascade.intro")} />
      <ErrorAlert error={all.error ?? one.error} />
      <FilterBar>
        <Filter htmlFor="cascade-root" label={t("dir.cascade.root")} className="tt-filter-wide">
          <Select
            id="cascade-root"
            value={rootId ?? undefined}
            onChange={(v: string) => setParams({ rootId: v }, { replace: true })}
            options={(all.data?.roots ?? []).map((r) => ({
              value: r.id,
              label: `${documentName(r)} — ${t("dir.cascade.size", { n: count(r) - 1 })}`,
            }))}
            style={{ width: "100%" }}
            showSearch
            optionFilterProp="label"
          />
        </Filter>
      </FilterBar>
      {root ? (
        <Tree
          className="tt-cascade"
          treeData={[toNode(root)]}
          defaultExpandedKeys={keys(root)}
          selectable={false}
          blockNode
          showLine
          aria-label={t("dir.cascade.tree", { name: documentName(root) })}
        />
      ) : (
        <p className="tt-muted">{all.loading ? t("app.loading") : t("dir.cascade.empty")}</p>
      )}
    </>
  );
}
