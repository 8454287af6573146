// Picks a body from the tree, searching without diacritics. Used by forms across modules
// (people, reorganisations; later tasks' lead and support units).
import { TreeSelect } from "antd";
import { type CSSProperties, useMemo } from "react";
import { useT } from "../../i18n/index.tsx";
import { matchesWords, queryWords } from "../fold.ts";
import { buildForest, type OrgNode, searchTextOf } from "./tree.ts";
import type { Org } from "./types.ts";
import { useOrgs } from "./useOrgs.ts";

interface TreeOption {
  value: string;
  title: string;
  search: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: OrgNode[], disabled?: (org: Org) => boolean): TreeOption[] {
  return nodes.map((n) => ({
    value: n.org.id,
    title: n.org.name,
    search: searchTextOf(n.org),
    disabled: disabled?.(n.org) ?? false,
    children: toOptions(n.children, disabled),
  }));
}

export interface OrgTreeSelectProps {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  placeholder?: string;
  /** For a picker without a visible <label>. */
  ariaLabel?: string;
  allowClear?: boolean;
  /** Bodies that cannot be chosen (still shown, for context). */
  disabled?: (org: Org) => boolean;
  /** Only these bodies (and their subtrees' structure) are listed; default all active bodies. */
  orgs?: Org[];
  style?: CSSProperties;
}

export function OrgTreeSelect(props: OrgTreeSelectProps) {
  const t = useT();
  const all = useOrgs();
  const list = props.orgs ?? all.orgs;
  const { disabled } = props;
  const treeData = useMemo(() => toOptions(buildForest(list ?? []), disabled), [list, disabled]);
  return (
    <TreeSelect
      id={props.id}
      aria-label={props.ariaLabel}
      value={props.value ?? undefined}
      onChange={(v: string | string[] | undefined) => props.onChange?.(v ?? null)}
      multiple={props.multiple}
      treeData={treeData}
      loading={!list && all.loading}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      showSearch
      filterTreeNode={(input, node) =>
        matchesWords(String((node as unknown as TreeOption).search ?? ""), queryWords(input))
      }
      treeNodeLabelProp="title"
      notFoundContent={t("common.noData")}
      style={{ width: "100%", ...props.style }}
      popupMatchSelectWidth={false}
      dropdownStyle={{ maxWidth: "min(640px, 92vw)" }}
    />
  );
}
