// Audit events in words: the action as a Vietnamese phrase, and the record it touched (a link to
// the body or the person when there is one), from the event's summary.
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { AuditEventOut as AuditEvent } from "../../../src/modules/audit/contract.ts";
import type { TFunction } from "../i18n/index.tsx";
import { formatPercent } from "../shared/numbers.ts";
import type { Org } from "../shared/orgs/types.ts";
import type { Role } from "../shared/roles.ts";
import { roleKey } from "../shared/roles.ts";

export type { AuditEventOut as AuditEvent } from "../../../src/modules/audit/contract.ts";

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

export function actionText(t: TFunction, e: AuditEvent): string {
  if (e.action === "person.status") {
    const status = str(e.summary?.status);
    const text = status ? t.maybe(`audit.action.person.status.${status}`) : undefined;
    if (text) return text;
  }
  return t.maybe(`audit.action.${e.action}`) ?? e.action;
}

export function entityText(t: TFunction, entity: string): string {
  return t.maybe(`audit.entity.${entity}`) ?? entity;
}

/** "hệ thống (demo)" is how the server names events done by the system itself. */
export function actorText(t: TFunction, label: string): string {
  return label.replace(/^hệ thống/, t("audit.system"));
}

export function recordCell(t: TFunction, e: AuditEvent, orgs: ReadonlyMap<string, Org>): ReactNode {
  const s = e.summary ?? {};
  const orgLink = (id: string | undefined, fallback?: string) =>
    id ? <Link to={`/admin/orgs/${id}`}>{orgs.get(id)?.name ?? fallback ?? id}</Link> : fallback;
  const personLink = (id: string | undefined, label: string) =>
    id ? <Link to={`/admin/people/${id}`}>{label}</Link> : label;

  switch (e.action) {
    case "org.rename":
      return (
        <>
          {orgLink(e.entityId ?? undefined, str(s.to))}
          <div className="tt-muted">
            {str(s.from)} → {str(s.to)}
          </div>
        </>
      );
    case "org.update": {
      const fields = Object.keys(s);
      return (
        <>
          {orgLink(e.entityId ?? undefined)}
          {fields.length ? (
            <div className="tt-muted">{t("audit.fields", { fields: fields.join(", ") })}</div>
          ) : null}
        </>
      );
    }
    case "org.merge":
      return `${strs(s.sources).join(", ")} → ${str(s.successor) ?? ""}`;
    case "org.split":
      return `${str(s.source) ?? ""} → ${strs(s.successors).join(", ")}`;
    case "org.import":
      return t("audit.importCounts", {
        created: Number(s.created ?? 0),
        updated: Number(s.updated ?? 0),
        unchanged: Number(s.unchanged ?? 0),
      });
    case "person.grant": {
      const role = str(s.role) as Role | undefined;
      const orgId = str(s.orgId);
      return (
        <>
          {named(e) ?? personLink(str(s.userId), entityText(t, "user"))}
          {role ? (
            <div className="tt-muted">
              {t("people.roleAt", { role: t(roleKey(role)), org: (orgId && orgs.get(orgId)?.name) || "" })}
            </div>
          ) : null}
        </>
      );
    }
    case "directive.review":
      return withNote(named(e), str(s.what));
    case "assignment.progress":
      return withNote(named(e), typeof s.percent === "number" ? formatPercent(s.percent) : undefined);
  }
  const record = named(e);
  if (record) return record;
  if (e.entity === "org") return orgLink(e.entityId ?? undefined, str(s.name)) ?? entityText(t, e.entity);
  if (e.entity === "user")
    return personLink(e.entityId ?? undefined, str(s.username) ?? entityText(t, "user"));
  return entityText(t, e.entity);
}

/** The record by its own name (the server resolves it: symbol, title, person), linked to its page. */
function named(e: AuditEvent): ReactNode {
  if (!e.record) return null;
  return e.record.link ? <Link to={e.record.link}>{e.record.name}</Link> : e.record.name;
}

function withNote(record: ReactNode, note: string | undefined): ReactNode {
  return (
    <>
      {record}
      {note ? <div className="tt-muted">{note}</div> : null}
    </>
  );
}
