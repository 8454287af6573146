// The signed-in shell: header (name, acting body, language, user menu), the module menu (a side
// column on wide screens, a drawer below 992 px), and the page in <main>.
import { MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Layout } from "antd";
import { useState } from "react";
import { Link, Outlet } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { UnitNotice } from "../auth/UnitNotice.tsx";
import { useT } from "../i18n/index.tsx";
import { LanguageButton } from "../shared/LanguageButton.tsx";
import { useMediaQuery, WIDE_QUERY } from "../shared/useMediaQuery.ts";
import { ActingOrgSwitch } from "./ActingOrgSwitch.tsx";
import { SideMenu } from "./SideMenu.tsx";
import { UserMenu } from "./UserMenu.tsx";

export function AppLayout() {
  const t = useT();
  const me = useMe();
  const wide = useMediaQuery(WIDE_QUERY);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout className="tt-shell">
      <a href="#main" className="tt-skip">
        {t("app.skipToContent")}
      </a>
      <Layout.Header className="tt-header">
        {wide ? null : (
          <Button
            type="text"
            className="tt-header-button"
            icon={<MenuOutlined aria-hidden />}
            aria-label={t("nav.open")}
            aria-expanded={drawerOpen}
            aria-controls="tt-nav-drawer"
            onClick={() => setDrawerOpen(true)}
            data-testid="menu-button"
          />
        )}
        <Link to="/" className="tt-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t("app.name")}</span>
        </Link>
        {me.mode === "demo" ? <span className="tt-demo-badge">{t("app.demoMode")}</span> : null}
        <div className="tt-header-spacer" />
        {wide ? <ActingOrgSwitch className="tt-acting-header" /> : null}
        <LanguageButton className="tt-header-button" />
        <UserMenu compact={!wide} />
      </Layout.Header>
      <Layout hasSider={wide}>
        {wide ? (
          <Layout.Sider width={256} theme="light" className="tt-sider">
            <SideMenu />
          </Layout.Sider>
        ) : (
          <Drawer
            id="tt-nav-drawer"
            placement="left"
            width={300}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t("nav.label")}
            styles={{ body: { padding: 0 } }}
          >
            {me.mode === "demo" ? <p className="tt-demo-drawer">{t("app.demoMode")}</p> : null}
            <ActingOrgSwitch className="tt-acting-drawer" />
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} className="tt-content">
          <UnitNotice />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
