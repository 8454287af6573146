// The record an audit event touched, named as officials know it — the document's symbol, the
// task's title, the person's name, the body's name — with the page that shows it. Read for a page
// of events at once (one query per kind of record); a record deleted since keeps the name the event
// recorded, without a link.
import { eq, inArray } from "drizzle-orm";
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { Db } from "../../../db/client.ts";
import { coverageLinks, directives, directiveTasks } from "../../directives/schema.ts";
import { orgs } from "../../orgs/schema.ts";
import { users } from "../../people/schema.ts";
import { assignmentRequests, assignments } from "../../tasks/schema.ts";

export interface AuditRecord {
  name: string;
  link: string | null;
}

interface EventRef {
  entity: string;
  entityId: string | null;
  summary: Record<string, unknown> | null;
}

const TITLE_MAX = 120;
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const ids = (events: EventRef[], entity: string, from?: (e: EventRef) => string | null) => [
  ...new Set(
    events
      .filter((e) => e.entity === entity)
      .map((e) => (from ? from(e) : e.entityId))
      .filter((x): x is string => Boolean(x)),
  ),
];
const docName = (d: { symbol: string | null; title: string | null }) =>
  d.symbol ?? (d.title ? shortenAtWord(d.title, TITLE_MAX) : "văn bản chưa có số, ký hiệu");
const docLink = (d: { id: string; status: string }) =>
  d.status === "draft" ? `/directives/${d.id}/review` : `/directives/${d.id}`;

/** The record of each event, in the events' order. */
export async function recordsOf(db: Db, events: EventRef[]): Promise<Array<AuditRecord | null>> {
  const userIds = [...ids(events, "user"), ...ids(events, "membership", (e) => str(e.summary?.userId))];
  const [docRows, taskRows, requestRows, linkRows, userRows, orgRows] = await Promise.all([
    some(ids(events, "directive"), (list) =>
      db
        .select({
          id: directives.id,
          symbol: directives.symbol,
          title: directives.title,
          status: directives.status,
        })
        .from(directives)
        .where(inArray(directives.id, list)),
    ),
    some(ids(events, "assignment"), (list) =>
      db
        .select({ id: assignments.id, title: assignments.title })
        .from(assignments)
        .where(inArray(assignments.id, list)),
    ),
    some(ids(events, "assignment_request"), (list) =>
      db
        .select({
          id: assignmentRequests.id,
          title: assignmentRequests.title,
          directiveId: assignmentRequests.directiveId,
        })
        .from(assignmentRequests)
        .where(inArray(assignmentRequests.id, list)),
    ),
    some(ids(events, "coverage_link"), (list) =>
      db
        .select({
          id: coverageLinks.id,
          taskTitle: directiveTasks.title,
          directiveId: directiveTasks.directiveId,
        })
        .from(coverageLinks)
        .innerJoin(directiveTasks, eq(coverageLinks.childTaskId, directiveTasks.id))
        .where(inArray(coverageLinks.id, list)),
    ),
    some(userIds, (list) =>
      db
        .select({ id: users.id, fullName: users.fullName, username: users.username })
        .from(users)
        .where(inArray(users.id, list)),
    ),
    some(ids(events, "org"), (list) =>
      db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, list)),
    ),
  ]);
  const docs = new Map(docRows.map((d) => [d.id, d]));
  const tasks = new Map(taskRows.map((r) => [r.id, r]));
  const requests = new Map(requestRows.map((r) => [r.id, r]));
  const links = new Map(linkRows.map((r) => [r.id, r]));
  const people = new Map(userRows.map((r) => [r.id, r]));
  const bodies = new Map(orgRows.map((r) => [r.id, r]));
  const person = (id: string | null, fallback: string | null): AuditRecord | null => {
    const p = id ? people.get(id) : undefined;
    if (p) return { name: `${p.fullName} (${p.username})`, link: `/admin/people/${p.id}` };
    return fallback ? { name: fallback, link: null } : null;
  };

  return events.map((e): AuditRecord | null => {
    const s = e.summary ?? {};
    const id = e.entityId;
    switch (e.entity) {
      case "directive": {
        const d = id ? docs.get(id) : undefined;
        if (d) return { name: docName(d), link: docLink(d) };
        return str(s.symbol) ? { name: str(s.symbol)!, link: null } : null;
      }
      case "assignment": {
        const a = id ? tasks.get(id) : undefined;
        const title = a?.title ?? str(s.title);
        return title ? { name: shortenAtWord(title, TITLE_MAX), link: a ? `/tasks/${a.id}` : null } : null;
      }
      case "assignment_request": {
        const r = id ? requests.get(id) : undefined;
        const title = r?.title ?? str(s.title);
        return title
          ? { name: shortenAtWord(title, TITLE_MAX), link: r ? `/tasks/plans/${r.directiveId}` : null }
          : null;
      }
      case "coverage_link": {
        const l = id ? links.get(id) : undefined;
        return l
          ? { name: shortenAtWord(l.taskTitle, TITLE_MAX), link: `/directives/${l.directiveId}/coverage` }
          : null;
      }
      case "user":
        return person(id, str(s.username));
      case "membership":
        return person(str(s.userId), null);
      case "org": {
        const o = id ? bodies.get(id) : undefined;
        const name = o?.name ?? str(s.name) ?? str(s.to);
        return name ? { name, link: o ? `/admin/orgs/${o.id}` : null } : null;
      }
      case "org_change": {
        // A merge names its sources and one successor, a split one source and its successors.
        const list = (many: unknown, one: unknown) =>
          Array.isArray(many)
            ? many.filter((x): x is string => typeof x === "string")
            : str(one)
              ? [str(one)!]
              : [];
        const from = list(s.sources, s.source).join(", ");
        const to = list(s.successors, s.successor).join(", ");
        const name = [from, to].filter(Boolean).join(" → ");
        const successorId =
          str(s.successorId) ?? (Array.isArray(s.successorIds) ? str(s.successorIds[0]) : null);
        return name ? { name, link: successorId ? `/admin/orgs/${successorId}` : null } : null;
      }
      case "holiday_schedule":
        return s.year ? { name: `Lịch nghỉ năm ${String(s.year)}`, link: "/admin/holidays" } : null;
      case "setting":
        return str(s.key) === "reminders" ? { name: "Cài đặt nhắc việc", link: "/admin/reminders" } : null;
      case "notification":
        return str(s.org) ? { name: `Bản tin nhắc việc — ${str(s.org)}`, link: null } : null;
      default:
        return null;
    }
  });
}

/** Runs `read` only when there is something to read. */
async function some<T>(list: string[], read: (list: string[]) => Promise<T[]>): Promise<T[]> {
  return list.length ? read(list) : [];
}
