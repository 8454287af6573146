// The tree with its search: matches shown with their ancestors, expanded, in bold; the search
// ignores diacritics ("go vap" finds "Gò Vấp"), names, short names, other names and codes.
import { SearchOutlined } from "@ant-design/icons";
import { Input, Spin, Switch, Tree } from "antd";
import type { DataNode } from "antd/es/tree";
import { useEffect, useMemo, useState } from "react";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { kindLabel, statusLabel } from "../shared/orgs/labels.ts";
import { ancestorIds, buildForest, filterForest, type OrgNode, searchOrgs } from "../shared/orgs/tree.ts";
import type { Org } from "../shared/orgs/types.ts";
import type { OrgList } from "../shared/orgs/useOrgs.ts";
import { StatusTag } from "../shared/StatusTag.tsx";

/** Above this many bodies the tree renders only the rows on screen. */
const VIRTUAL_FROM = 400;

export interface OrgTreePanelProps {
  list: OrgList;
  includeInactive: boolean;
  onIncludeInactive(value: boolean): void;
  selectedId: string | undefined;
  onSelect(id: string): void;
}

export function OrgTreePanel({
  list,
  includeInactive,
  onIncludeInactive,
  selectedId,
  onSelect,
}: OrgTreePanelProps) {
  const t = useT();
  const [query, setQuery] = useState("");
  const orgs = list.orgs;
  const forest = useMemo(() => buildForest(orgs ?? []), [orgs]);
  const search = useMemo(() => (orgs ? searchOrgs(orgs, query) : null), [orgs, query]);
  const shown = useMemo(() => (search ? filterForest(forest, search.visible) : forest), [forest, search]);

  const [expanded, setExpanded] = useState<string[]>([]);
  // A new search opens the ancestors of its matches; clearing it goes back to the top levels.
  useEffect(() => {
    if (search) setExpanded(search.expand);
    else setExpanded(forest.map((n) => n.org.id));
  }, [search, forest]);
  // The chosen body (from a link, or a new body) is made visible.
  useEffect(() => {
    if (!selectedId || !orgs) return;
    const ups = ancestorIds(selectedId, list.byId);
    setExpanded((e) => (ups.every((a) => e.includes(a)) ? e : [...new Set([...e, ...ups])]));
  }, [selectedId, orgs, list.byId]);

  const treeData = useMemo(() => toTreeData(shown, search?.matches, t), [shown, search, t]);
  const total = orgs?.length ?? 0;

  return (
    <div className="tt-tree-panel">
      <div className="tt-filter tt-tree-search">
        <label htmlFor="org-search">{t("orgs.search")}</label>
        <Input
          id="org-search"
          type="search"
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("orgs.searchPlaceholder")}
          prefix={<SearchOutlined aria-hidden />}
          autoComplete="off"
        />
      </div>
      <div className="tt-filter-inline tt-tree-toggle">
        <Switch id="org-inactive" size="small" checked={includeInactive} onChange={onIncludeInactive} />
        <label htmlFor="org-inactive">{t("orgs.includeInactive")}</label>
      </div>
      <p className="tt-muted tt-tree-count" aria-live="polite" data-testid="org-count">
        {search
          ? search.matches.size
            ? t("orgs.matches", { count: search.matches.size, q: query.trim() })
            : t("orgs.noMatches", { q: query.trim() })
          : orgs
            ? t("orgs.total", { count: total })
            : ""}
      </p>
      <ErrorAlert error={list.error} />
      {!orgs && list.loading ? <Spin aria-label={t("app.loading")} /> : null}
      {orgs ? (
        <Tree
          className="tt-tree"
          aria-label={t("orgs.treeLabel")}
          treeData={treeData}
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys.map(String))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys, info) => {
            // Clicking the chosen body again keeps it chosen.
            const key = String(info.node.key);
            if (keys.length || key === selectedId) onSelect(key);
          }}
          blockNode
          showLine={{ showLeafIcon: false }}
          height={total > VIRTUAL_FROM ? 640 : undefined}
          virtual={total > VIRTUAL_FROM}
        />
      ) : null}
    </div>
  );
}

function toTreeData(
  nodes: OrgNode[],
  matches: Set<string> | undefined,
  t: ReturnType<typeof useT>,
): DataNode[] {
  return nodes.map((n) => ({
    key: n.org.id,
    title: <OrgTitle org={n.org} match={matches?.has(n.org.id) ?? false} t={t} />,
    children: toTreeData(n.children, matches, t),
  }));
}

function OrgTitle({ org, match, t }: { org: Org; match: boolean; t: ReturnType<typeof useT> }) {
  return (
    <span className="tt-org-title" data-org-id={org.id}>
      <span className={match ? "tt-org-name tt-match" : "tt-org-name"}>{org.name}</span>{" "}
      <span className="tt-org-kind">{kindLabel(t, org.kind)}</span>
      {org.status !== "active" ? (
        <>
          {" "}
          <StatusTag tone="bad">{statusLabel(t, org.status)}</StatusTag>
        </>
      ) : null}
    </span>
  );
}
