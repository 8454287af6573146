// The honest page of a module another team is still building: says so, and points to the
// modules that already work.
import { ToolOutlined } from "@ant-design/icons";
import { Result } from "antd";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { type MessageKey, useT } from "../i18n/index.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { navEntries, placeholderPaths } from "./modules.ts";

export function BuildingPage({ label }: { label: MessageKey }) {
  const t = useT();
  const me = useMe();
  const working = navEntries().filter((e) => !placeholderPaths.has(e.path) && (!e.visible || e.visible(me)));
  return (
    <>
      <PageHeader title={t(label)} />
      <Result
        icon={<ToolOutlined aria-hidden />}
        title={<h2 className="tt-h2">{t("building.title")}</h2>}
        subTitle={t("building.body", { module: t(label) })}
        extra={
          <div className="tt-building-links">
            <p>{t("building.available")}</p>
            <ul className="tt-plain-list">
              {working.map((e) => (
                <li key={e.path}>
                  <Link to={e.path}>{t(e.label)}</Link>
                </li>
              ))}
            </ul>
          </div>
        }
      />
    </>
  );
}
