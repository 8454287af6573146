// The landing page after sign-in: what to do today, by role (web/src/home): the official's own work,
// what waits for their approval, the plans they follow, a leader's units by overdue work — each
// number opening the task list filtered to exactly those rows. An administrator, who has no work of
// their own, gets the pages of Quản trị.
import { Card, Col, Row, Spin } from "antd";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import type { HomeView } from "../home/api.ts";
import { ApprovalsSection, AreaSection, MineSection, PlansSection } from "../home/HomeSections.tsx";
import "../home/home.css";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { roleKey } from "../shared/roles.ts";
import { Section } from "../shared/Section.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useApi } from "../shared/useApi.ts";
import { navEntries, placeholderPaths } from "./modules.ts";

function AdminLinks() {
  const t = useT();
  const me = useMe();
  const entries = navEntries().filter((e) => e.group && (!e.visible || e.visible(me)));
  return (
    <Section id="home-admin" title={t("home.admin.title")} className="tt-section">
      <Row gutter={[16, 16]}>
        {entries.map((e) => (
          <Col key={e.path} xs={24} sm={12} lg={8}>
            <Card size="small" className="tt-module-card">
              <Link to={e.path} className="tt-module-link">
                <span aria-hidden>{e.icon}</span> {t(e.label)}
              </Link>
              {placeholderPaths.has(e.path) ? <StatusTag tone="warn">{t("home.soon")}</StatusTag> : null}
            </Card>
          </Col>
        ))}
      </Row>
    </Section>
  );
}

export function HomePage() {
  const t = useT();
  const me = useMe();
  const home = useApi<HomeView>("/api/home");
  const h = home.data;
  const roles = me.memberships
    .map((m) => t("people.roleAt", { role: t(roleKey(m.role)), org: m.orgName }))
    .join("; ");
  return (
    <>
      <PageHeader
        title={t("home.greeting", { name: me.user.fullName })}
        intro={roles ? `${roles}. ${t("home.intro")}` : t("home.intro")}
      />
      <ErrorAlert error={home.error} />
      {!h && home.loading ? <Spin aria-label={t("home.loading")} /> : null}
      {/* What waits for the official first; a leader's area before the leader's own body's work. */}
      {h?.approvals ? <ApprovalsSection home={h} /> : null}
      {h?.area ? <AreaSection home={h} /> : null}
      {h?.mine ? <MineSection home={h} /> : null}
      {h?.plans.length ? <PlansSection home={h} /> : null}
      {me.isAdmin ? <AdminLinks /> : null}
    </>
  );
}
