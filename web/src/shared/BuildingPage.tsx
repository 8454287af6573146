// The honest page of a module another team is still building: says so, and points to what works.
import { ToolOutlined } from "@ant-design/icons";
import { Result } from "antd";
import { Link } from "react-router";
import { type MessageKey, useT } from "../i18n/index.tsx";
import { PageHeader } from "./PageHeader.tsx";

export function BuildingPage({ label }: { label: MessageKey }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t(label)} />
      <Result
        icon={<ToolOutlined aria-hidden />}
        title={<h2 className="tt-h2">{t("building.title")}</h2>}
        subTitle={t("building.body", { module: t(label) })}
        extra={
          <p>
            {t("building.available")} <Link to="/admin/orgs">{t("nav.orgs")}</Link>
          </p>
        }
      />
    </>
  );
}
