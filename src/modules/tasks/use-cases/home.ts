// The home of an official: what to do today, by role, each number opening the task list filtered to
// exactly those rows. Ward official — the unit's overdue work, due this week, sent and awaiting
// approval, returned; a leader — completions awaiting their approval and requests for work to
// answer, and the units of their area ranked by overdue and late work across all plans; a
// coordinator — the plans they follow, overdue by unit. Everything is read with the list's own read
// rule (queries/visibility.ts, never sideways) in a few queries: the visible rows once, classified
// once, then counted in memory with the same predicates as the list's filters.

import { inArray } from "drizzle-orm";
import { lineageFromPath } from "../../../core/access.ts";
import { addDays, type IsoDate } from "../../../core/calendar/index.ts";
import { unreadCount } from "../../notifications/use-cases/inbox.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { AssignmentItem, HomeCount, HomeFilter, HomeView, UnitStanding } from "../contract.ts";
import { requestPolicy, taskPolicy } from "../policy.ts";
import { classifierFor } from "../queries/classifier.ts";
import { requestRows } from "../queries/requests.ts";
import { type AssignmentRowView, assignmentRows } from "../queries/rows.ts";
import { coordinatorIdsFrom, followUpBodiesOf, orgRefs, refsIn } from "../queries/scope.ts";
import { countClasses } from "../rules/status.ts";
import { collator, itemOf } from "./read.ts";

/** Kinds of bodies that are wards or communes: ranked apart from departments and offices. */
const WARD_KINDS = new Set(["ward", "commune", "township", "special_zone"]);
const PLANS_SHOWN = 6;
const UNITS_PER_PLAN = 5;
const AREA_SHOWN = 20;
const APPROVALS_SHOWN = 5;

const filter = (f: Partial<HomeFilter>): HomeFilter => ({
  orgId: null,
  involvement: null,
  classes: [],
  dueFrom: null,
  dueTo: null,
  queue: null,
  directiveId: null,
  ...f,
});

/** The last day of the week (Sunday) that `today` is in. */
export function endOfWeek(today: string): string {
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today as IsoDate, dow === 0 ? 0 : 7 - dow);
}

type Row = { row: AssignmentRowView; item: AssignmentItem };

/** Units ranked by overdue, then done late, then the longest overdue. */
function standings(list: Row[], kinds: Map<string, string>): UnitStanding[] {
  const byUnit = new Map<string, Row[]>();
  for (const r of list) {
    const known = byUnit.get(r.row.leadOrgId);
    if (known) known.push(r);
    else byUnit.set(r.row.leadOrgId, [r]);
  }
  return [...byUnit.entries()]
    .map(([orgId, rs]) => {
      const counts = countClasses(rs.map((r) => r.item.cls));
      return {
        orgId,
        name: rs[0]!.row.leadOrgName,
        shortName: rs[0]!.row.leadOrgShortName,
        kind: kinds.get(orgId) ?? "",
        overdue: counts.overdue,
        doneLate: counts.done_late,
        open: counts.overdue + counts.in_progress_on_time + counts.not_started + counts.paused,
        total: counts.total,
        maxWorkingDaysOverdue: Math.max(0, ...rs.map((r) => r.item.workingDaysOverdue)),
      };
    })
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        b.doneLate - a.doneLate ||
        b.maxWorkingDaysOverdue - a.maxWorkingDaysOverdue ||
        collator.compare(a.name, b.name),
    );
}

export async function homeOf(ctx: UseCaseContext): Promise<HomeView> {
  const actor = ctx.actor;
  const memberships = actor?.memberships.filter((m) => m.role !== "admin") ?? [];
  const led = [...new Set(memberships.filter((m) => m.role === "leader").map((m) => m.orgId))];
  const supervises = memberships.some((m) => m.role === "leader" || m.role === "coordinator");
  const unitId =
    memberships.find((m) => m.orgId === actor?.actingOrgId)?.orgId ?? memberships[0]?.orgId ?? null;

  const unreadNotices = await unreadCount(ctx);
  const classifierRows = unitId || supervises ? await assignmentRows(ctx.db, { actor }) : [];
  const classifier = await classifierFor(
    ctx.db,
    [...new Set(classifierRows.map((r) => r.directiveId))],
    ctx.now,
  );
  const today = classifier.today;
  const rows: Row[] = classifierRows.map((row) => ({ row, item: itemOf(row, classifier.standing(row)) }));
  const count = (f: HomeFilter, match: (r: Row) => boolean): HomeCount => ({
    n: rows.filter(match).length,
    filter: f,
  });

  // Việc của tôi: the acting unit's own work (as lead).
  let unit: HomeView["unit"] = null;
  let mine: HomeView["mine"] = null;
  if (unitId) {
    const [returned, [named]] = await Promise.all([
      assignmentRows(ctx.db, { actor, orgId: unitId, involvement: "lead", queue: "returned" }),
      ctx.db
        .select({ id: orgs.id, name: orgs.name })
        .from(orgs)
        .where(inArray(orgs.id, [unitId])),
    ]);
    unit = named ? { id: named.id, name: named.name } : null;
    const returnedIds = new Set(returned.map((r) => r.id));
    const own = (r: Row) => r.row.leadOrgId === unitId;
    const base = { orgId: unitId, involvement: "lead" as const };
    const weekEnd = endOfWeek(today);
    mine = {
      overdue: count(filter({ ...base, classes: ["overdue"] }), (r) => own(r) && r.item.cls === "overdue"),
      dueThisWeek: count(
        filter({ ...base, classes: ["not_started", "in_progress_on_time"], dueFrom: today, dueTo: weekEnd }),
        (r) =>
          own(r) &&
          (r.item.cls === "not_started" || r.item.cls === "in_progress_on_time") &&
          r.row.dueDate !== null &&
          r.row.dueDate >= today &&
          r.row.dueDate <= weekEnd,
      ),
      awaiting: count(
        filter({ ...base, queue: "awaiting" }),
        (r) => own(r) && r.row.status === "awaiting_approval",
      ),
      returned: count(filter({ ...base, queue: "returned" }), (r) => own(r) && returnedIds.has(r.row.id)),
    };
  }

  // Chờ tôi duyệt: completions the actor may approve, and requests for work they may answer.
  let approvals: HomeView["approvals"] = null;
  if (actor && supervises) {
    const mayApprove = (r: Row) =>
      r.row.status === "awaiting_approval" &&
      taskPolicy.approve(actor, {
        lead: { id: r.row.leadOrgId, lineage: lineageFromPath(r.row.leadOrgPath) },
        supporters: [],
        coordinators: [],
      });
    const pending = await requestRows(ctx.db, { actor, status: "pending" });
    const requests = pending.filter((q) =>
      requestPolicy.decide(actor, { id: q.request.orgId, lineage: lineageFromPath(q.orgPath) }),
    ).length;
    const waiting = rows
      .filter(mayApprove)
      .sort((a, b) => (b.row.lastUpdateAt?.getTime() ?? 0) - (a.row.lastUpdateAt?.getTime() ?? 0));
    if (led.length || requests)
      approvals = {
        completions: { n: waiting.length, filter: filter({ queue: "approve" }) },
        items: waiting.slice(0, APPROVALS_SHOWN).map(({ row }) => ({
          id: row.id,
          title: row.title,
          leadName: row.leadOrgName,
          directiveSymbol: row.directiveSymbol,
          completedOn: row.completedOn,
          sentAt: row.lastUpdateAt?.toISOString() ?? null,
        })),
        requests,
      };
  }

  // The plans followed and the leader's area need the bodies' kinds and the plans' coordinators.
  let plans: HomeView["plans"] = [];
  let area: HomeView["area"] = null;
  if (actor && supervises && rows.length) {
    const byPlan = new Map<string, Row[]>();
    for (const r of rows) {
      const known = byPlan.get(r.row.directiveId);
      if (known) known.push(r);
      else byPlan.set(r.row.directiveId, [r]);
    }
    const followUps = await followUpBodiesOf(ctx.db, [...byPlan.keys()]);
    const coordinatorIds = new Map(
      [...byPlan.entries()].map(([id, list]) => [
        id,
        coordinatorIdsFrom(followUps.get(id), list[0]!.row.coordinatorOrgId),
      ]),
    );
    const leadIds = [...new Set(rows.map((r) => r.row.leadOrgId))];
    const [refs, kindRows] = await Promise.all([
      orgRefs(ctx.db, [...coordinatorIds.values()].flat()),
      ctx.db.select({ id: orgs.id, kind: orgs.kind }).from(orgs).where(inArray(orgs.id, leadIds)),
    ]);
    const kinds = new Map(kindRows.map((k) => [k.id, k.kind]));
    plans = [...byPlan.entries()]
      .filter(([id]) => taskPolicy.followPlan(actor, refsIn(refs, coordinatorIds.get(id) ?? [])))
      .map(([id, list]) => ({
        id,
        symbol: list[0]!.row.directiveSymbol,
        title: list[0]!.row.directiveTitle,
        counts: countClasses(list.map((r) => r.item.cls)),
        overdue: {
          n: list.filter((r) => r.item.cls === "overdue").length,
          filter: filter({ directiveId: id, classes: ["overdue"] }),
        },
        units: standings(list, kinds).slice(0, UNITS_PER_PLAN),
      }))
      .sort((a, b) => b.counts.overdue - a.counts.overdue || collator.compare(a.symbol ?? "", b.symbol ?? ""))
      .slice(0, PLANS_SHOWN);
    if (led.length) {
      const own = new Set(memberships.map((m) => m.orgId));
      const inArea = rows.filter(
        (r) => !own.has(r.row.leadOrgId) && lineageFromPath(r.row.leadOrgPath).some((id) => led.includes(id)),
      );
      const ranked = standings(inArea, kinds);
      if (ranked.length)
        area = {
          wards: ranked.filter((u) => WARD_KINDS.has(u.kind)).slice(0, AREA_SHOWN),
          bodies: ranked.filter((u) => !WARD_KINDS.has(u.kind)).slice(0, AREA_SHOWN),
        };
    }
  }
  return { today, unit, mine, unreadNotices, approvals, plans, area };
}
