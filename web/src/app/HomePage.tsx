// The landing page after sign-in: who you are, where you work, and the modules (with the ones
// still being built marked as such).
import { Card, Col, Row } from "antd";
import { Link } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { roleKey } from "../shared/roles.ts";
import { Section } from "../shared/Section.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { navEntries, placeholderPaths } from "./modules.ts";

export function HomePage() {
  const t = useT();
  const me = useMe();
  const visible = navEntries().filter((e) => !e.visible || e.visible(me));
  // As in the menu: the modules first, then the pages of Quản trị.
  const entries = [...visible.filter((e) => !e.group), ...visible.filter((e) => e.group)];
  return (
    <>
      <PageHeader title={t("home.greeting", { name: me.user.fullName })} intro={t("app.tagline")} />
      <Section id="home-roles" title={t("home.roles")} className="tt-section">
        <ul className="tt-plain-list">
          {me.memberships.map((m) => (
            <li key={`${m.orgId}:${m.role}`}>
              {t("people.roleAt", { role: t(roleKey(m.role)), org: m.orgName })}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="home-modules" title={t("home.modules")} className="tt-section">
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
    </>
  );
}
