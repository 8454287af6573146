// The module menu: the modules in order, then "Quản trị" with its pages. Entries a person cannot
// use are hidden (the server still refuses them); a specialist, who administers nothing, sees no
// "Quản trị" at all.
import { SettingOutlined } from "@ant-design/icons";
import { Menu, type MenuProps } from "antd";
import { cloneElement, isValidElement, type ReactNode, useMemo, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import type { Me } from "../auth/types.ts";
import { useT } from "../i18n/index.tsx";
import { isSupervisor } from "../shared/access.ts";
import type { NavEntry } from "./module.ts";
import { navEntries } from "./modules.ts";

const ADMIN_GROUP = "group:admin";

/** Icons are decoration: antd names them ("setting"), which screen readers would read out. */
const hidden = (icon: ReactNode): ReactNode =>
  isValidElement<{ "aria-hidden"?: boolean }>(icon) ? cloneElement(icon, { "aria-hidden": true }) : icon;

/**
 * Whether a person sees an entry: by its own rule, or, for a page of Quản trị that names none, when
 * they supervise (administrators, leaders and coordinators manage people, follow units, read the
 * audit trail of their subtree).
 */
const shownTo = (e: NavEntry, me: Me): boolean =>
  e.visible ? e.visible(me) : e.group !== "admin" || isSupervisor(me);

/** The entry whose path is the longest prefix of the current path. */
function selectedPath(entries: NavEntry[], pathname: string): string | undefined {
  return entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useMemo(() => navEntries().filter((e) => shownTo(e, me)), [me]);
  const selected = selectedPath(entries, pathname);
  const adminEntries = entries.filter((e) => e.group === "admin");
  const [openKeys, setOpenKeys] = useState<string[]>(() =>
    selected && adminEntries.some((e) => e.path === selected) ? [ADMIN_GROUP] : [],
  );

  const toItem = (e: NavEntry) => ({ key: e.path, icon: hidden(e.icon), label: t(e.label) });
  const items: MenuProps["items"] = [
    ...entries.filter((e) => !e.group).map(toItem),
    ...(adminEntries.length
      ? [
          {
            key: ADMIN_GROUP,
            icon: <SettingOutlined aria-hidden />,
            label: t("nav.admin"),
            children: adminEntries.map(toItem),
          },
        ]
      : []),
  ];

  return (
    <nav aria-label={t("nav.label")} className="tt-nav">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        openKeys={openKeys}
        onOpenChange={setOpenKeys}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
          // Keyboard and screen-reader users continue in the page they chose.
          requestAnimationFrame(() => document.getElementById("main")?.focus({ preventScroll: true }));
        }}
      />
    </nav>
  );
}
