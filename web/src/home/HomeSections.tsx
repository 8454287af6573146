// The sections of the home, one per role: the official's own work, what waits for their approval,
// the plans they follow and, for a leader, the units of their area ranked by overdue work. Every
// number is a link to the task list filtered to exactly those rows.
import { Link } from "react-router";
import { type TFunction, useT } from "../i18n/index.tsx";
import { formatDateTime } from "../shared/dates.ts";
import { Section } from "../shared/Section.tsx";
import { type HomeCount, type HomeView, tasksUrl, type UnitStanding } from "./api.ts";

type Tone = "bad" | "warn" | "info" | "neutral";

/** A number and what it counts, as one link; red when it calls for action. */
export function Tile({ label, n, to, tone }: { label: string; n: number; to: string; tone: Tone }) {
  return (
    <Link to={to} className={`tt-home-tile tt-home-${n ? tone : "neutral"}`}>
      <span className="tt-home-n">{n}</span> <span className="tt-home-label">{label}</span>
    </Link>
  );
}

const countTile = (label: string, c: HomeCount, tone: Tone) => (
  <Tile label={label} n={c.n} to={tasksUrl(c.filter)} tone={tone} />
);

export function MineSection({ home }: { home: HomeView }) {
  const t = useT();
  const mine = home.mine!;
  return (
    <Section
      id="home-mine"
      title={home.unit ? t("home.mine.titleOf", { unit: home.unit.name }) : t("home.mine.title")}
      className="tt-section"
    >
      <div className="tt-home-tiles">
        {countTile(t("home.mine.overdue"), mine.overdue, "bad")}
        {countTile(t("home.mine.dueThisWeek"), mine.dueThisWeek, "warn")}
        {countTile(t("home.mine.awaiting"), mine.awaiting, "info")}
        {countTile(t("home.mine.returned"), mine.returned, "bad")}
        <Tile label={t("home.mine.notices")} n={home.unreadNotices} to="/tasks/notifications" tone="info" />
      </div>
    </Section>
  );
}

export function ApprovalsSection({ home }: { home: HomeView }) {
  const t = useT();
  const a = home.approvals!;
  return (
    <Section id="home-approvals" title={t("home.approvals.title")} className="tt-section">
      <div className="tt-home-tiles">
        {countTile(t("home.approvals.completions"), a.completions, "warn")}
        <Tile label={t("home.approvals.requests")} n={a.requests} to="/tasks/requests" tone="warn" />
      </div>
      {a.items.length ? (
        <ul className="tt-home-list">
          {a.items.map((i) => (
            <li key={i.id}>
              <Link to={`/tasks/${i.id}`} className="tt-clamp" title={i.title}>
                {i.title}
              </Link>
              <div className="tt-muted">
                {[
                  i.leadName,
                  i.directiveSymbol,
                  i.sentAt ? t("home.approvals.sent", { at: formatDateTime(i.sentAt) }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}{" "}
                · <Link to={`/tasks/${i.id}#tt-actions-h`}>{t("home.approvals.open")}</Link>
              </div>
            </li>
          ))}
        </ul>
      ) : a.requests ? null : (
        <p className="tt-muted">{t("home.approvals.none")}</p>
      )}
      {a.completions.n > a.items.length ? (
        <Link to={tasksUrl(a.completions.filter)}>{t("home.approvals.more", { n: a.completions.n })}</Link>
      ) : null}
    </Section>
  );
}

const unitName = (u: UnitStanding) => u.shortName ?? u.name;

export function PlansSection({ home }: { home: HomeView }) {
  const t = useT();
  return (
    <Section id="home-plans" title={t("home.plans.title")} className="tt-section">
      <div className="tt-home-plans">
        {home.plans.map((p) => {
          const behind = p.units.filter((u) => u.overdue > 0);
          return (
            <article key={p.id} className="tt-home-plan" aria-labelledby={`home-plan-${p.id}`}>
              <h3 id={`home-plan-${p.id}`} className="tt-h3">
                <Link to={`/tasks/plans/${p.id}`} className="tt-clamp" title={p.title ?? undefined}>
                  {p.symbol ?? p.title ?? "—"}
                </Link>
              </h3>
              <div>
                <Link
                  to={tasksUrl(p.overdue.filter)}
                  className={p.overdue.n ? "tt-home-bad-link" : undefined}
                >
                  {t("home.plans.overdue", { n: p.overdue.n })}
                </Link>{" "}
                <span className="tt-muted">· {t("home.plans.total", { n: p.counts.total })}</span>
              </div>
              {behind.length ? (
                <ol className="tt-home-units" aria-label={t("home.plans.units")}>
                  {behind.map((u) => (
                    <li key={u.orgId}>
                      <Link
                        to={tasksUrl({
                          orgId: u.orgId,
                          involvement: "lead",
                          directiveId: p.id,
                          classes: ["overdue"],
                        })}
                      >
                        {unitName(u)}: {u.overdue}
                      </Link>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="tt-muted">{t("home.plans.noOverdue")}</p>
              )}
            </article>
          );
        })}
      </div>
    </Section>
  );
}

function UnitTable({
  id,
  title,
  units,
  t,
}: {
  id: string;
  title: string;
  units: UnitStanding[];
  t: TFunction;
}) {
  return (
    <div className="tt-home-area-part">
      <h3 id={id} className="tt-h3">
        {title}
      </h3>
      {units.length ? (
        <table className="tt-home-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t("home.area.unit")}</th>
              <th scope="col">{t("home.area.overdue")}</th>
              <th scope="col">{t("home.area.doneLate")}</th>
              <th scope="col">{t("home.area.open")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => {
              const list = { orgId: u.orgId, involvement: "lead" as const };
              return (
                <tr key={u.orgId}>
                  <th scope="row">
                    <Link to={tasksUrl(list)} title={u.name}>
                      {unitName(u)}
                    </Link>
                  </th>
                  <td>
                    <Link
                      to={tasksUrl({ ...list, classes: ["overdue"] })}
                      className={u.overdue ? "tt-home-bad-link" : undefined}
                    >
                      {u.overdue}
                    </Link>
                  </td>
                  <td>
                    <Link to={tasksUrl({ ...list, classes: ["done_late"] })}>{u.doneLate}</Link>
                  </td>
                  <td>{u.open}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="tt-muted">{t("home.area.none")}</p>
      )}
    </div>
  );
}

export function AreaSection({ home }: { home: HomeView }) {
  const t = useT();
  const area = home.area!;
  return (
    <Section id="home-area" title={t("home.area.title")} className="tt-section">
      <div className="tt-home-area">
        <UnitTable id="home-area-wards" title={t("home.area.wards")} units={area.wards} t={t} />
        <UnitTable id="home-area-bodies" title={t("home.area.bodies")} units={area.bodies} t={t} />
      </div>
    </Section>
  );
}
