// Demo step: the demo plans' assignments (made by the directives step when it confirms the demo
// documents) get a realistic, deterministic spread of progress — some done on time, some late, some
// awaiting approval, some in progress, some overdue — with progress reports dated between the plan's
// date and today, so that every screen shows something true on first start. The pseudo-random
// choices are seeded by each assignment's stable keys (document symbol, task position, unit code),
// never by generated ids.
//
// Deadlines. The demo's plans are real documents whose deadlines fall in 2025–2026, so on a later
// first start nearly all their work would be months overdue. The documents are not rewritten: each
// task keeps the time frame the document gives (the review is for correcting what the parser misread,
// not for inventing dates). Instead the demo's coordinating offices do what coordinators do with work
// whose deadline has passed, or for which the document names no time frame: they extend it (gia hạn)
// or set one through the product's own use case (extendDeadline, with a reason, recorded in the
// timeline and the audit log), on days before the demo's "today" (the clock the step gets). Each
// unit's work so gets, relative to that day, one done on time, one due this week, one overdue by a
// few working days, one done late and one long overdue (planDeadlines); further past deadlines are
// extended to days around today. No calendar day is written here: every date comes from the
// documents or from "today".

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Actor } from "../../core/access.ts";
import { addDays, type IsoDate, type WorkingCalendar } from "../../core/calendar/index.ts";
import { vietnamDate } from "../../core/calendar/vietnam-time.ts";
import type { Db } from "../../db/client.ts";
import { directives, directiveTasks } from "../directives/schema.ts";
import { loadCalendar } from "../holiday-schedules/queries.ts";
import { orgs } from "../orgs/schema.ts";
import { memberships, users } from "../people/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import type { AssignmentStatus } from "./contract.ts";
import { taskPolicy } from "./policy.ts";
import { reportingDutiesOf } from "./queries/reminders.ts";
import { assignmentRow } from "./queries/rows.ts";
import { scopeOf } from "./queries/scope.ts";
import { makeClassifier } from "./rules/classify.ts";
import { type Checks, effectiveDue } from "./rules/status.ts";
import { assignments, assignmentUpdates } from "./schema.ts";
import { extendDeadline } from "./use-cases/coordinate.ts";
import { endOfWeek } from "./use-cases/home.ts";

/** mulberry32: a small, well-mixed 32-bit generator. */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NARRATIVES = [
  "Đã ban hành kế hoạch triển khai tại đơn vị, phân công cán bộ phụ trách.",
  "Đã tổ chức hội nghị quán triệt cho cán bộ, công chức và người hoạt động không chuyên trách.",
  "Đã phối hợp Mặt trận Tổ quốc tuyên truyền đến khu phố, tổ dân phố.",
  "Đang rà soát, tổng hợp số liệu từ các bộ phận chuyên môn.",
  "Đã đăng tải nội dung trên trang thông tin điện tử và hệ thống loa truyền thanh.",
  "Đã xây dựng dự thảo báo cáo, đang lấy ý kiến các bộ phận.",
  "Đã kiểm tra việc thực hiện tại các khu phố; ghi nhận một số tồn tại cần khắc phục.",
];
const EXTENSION_REASONS = [
  "Đơn vị đề nghị gia hạn do cần thêm thời gian tổng hợp số liệu từ các khu phố.",
  "Gia hạn để thống nhất với tiến độ thực hiện của kế hoạch cấp trên.",
  "Đơn vị đề nghị gia hạn do phải chờ hướng dẫn của cơ quan chuyên môn cấp trên.",
  "Gia hạn theo đề nghị của đơn vị chủ trì; nội dung cần lấy thêm ý kiến các cơ quan phối hợp.",
];
/** Why a coordinator gave a deadline to work whose document names none. */
const DEADLINE_REASONS = [
  "Văn bản không nêu thời hạn; cơ quan theo dõi đề nghị hoàn thành để kịp tổng hợp báo cáo kết quả với cấp trên.",
  "Thống nhất thời hạn hoàn thành với đơn vị chủ trì tại cuộc họp giao ban.",
  "Đặt thời hạn để đơn vị chủ động bố trí cán bộ, kinh phí thực hiện.",
];
const pick = (list: readonly string[], rand: () => number) => list[Math.floor(rand() * list.length)]!;
const DONE = [
  "Đã hoàn thành; báo cáo kết quả và biên bản kèm theo.",
  "Hoàn thành nhiệm vụ; đã gửi báo cáo về cơ quan theo dõi.",
];

export interface Scenario {
  status: AssignmentStatus;
  percent: number;
  completedOn: string | null;
  /** Days of the progress reports, in order. */
  reportDays: string[];
}

/** `n` working days spread evenly in (from, to]. */
function spread(cal: WorkingCalendar, from: string, to: string, n: number): string[] {
  const span = cal.workingDaysBetween(from as IsoDate, to as IsoDate);
  if (n <= 0 || span <= 0) return [];
  const days = Array.from({ length: n }, (_, i) =>
    cal.addWorkingDays(from as IsoDate, Math.max(1, Math.round((span * (i + 1)) / (n + 1)))),
  );
  return [...new Set(days)];
}

/**
 * What happened to one assignment. Dated work (a deadline, or a single reporting date): done on
 * time, done late, awaiting approval, in progress or not started, with reports before the end.
 * Recurring work (checked at every reporting period): most units report in each period, some have
 * stopped reporting (overdue), a few have not started or paused. Undated, unchecked work: in progress,
 * done or not started.
 */
export function scenarioOf(
  rand: () => number,
  due: string | null,
  checks: Checks | null,
  start: string,
  today: string,
  cal: WorkingCalendar,
): Scenario {
  const r = rand();
  const pct = (lo: number, hi: number) => Math.round((lo + rand() * (hi - lo)) / 5) * 5;
  const yesterday = cal.addWorkingDays(today as IsoDate, -1);
  const clamp = (d: string) =>
    d <= start ? cal.addWorkingDays(start as IsoDate, 1) : d > yesterday ? yesterday : d;
  const dated = due ?? (checks?.oneOff ? checks.dates[0]! : null);
  if (dated) {
    const eff = effectiveDue(dated, cal)!;
    const done = (completedOn: string, status: AssignmentStatus = "done"): Scenario => ({
      status,
      percent: 100,
      completedOn,
      reportDays: spread(cal, start, completedOn, 1 + Math.floor(rand() * 3)).filter((d) => d < completedOn),
    });
    const open = (status: AssignmentStatus, percent: number, n: number): Scenario => ({
      status,
      percent,
      completedOn: null,
      reportDays: spread(cal, start, yesterday, n),
    });
    if (eff < today) {
      if (r < 0.4) return done(clamp(cal.addWorkingDays(eff as IsoDate, -Math.floor(rand() * 8))));
      if (r < 0.65) return done(clamp(cal.addWorkingDays(eff as IsoDate, 1 + Math.floor(rand() * 20))));
      if (r < 0.7) return done(clamp(eff), "awaiting_approval");
      if (r < 0.9) return open("in_progress", pct(20, 80), 1 + Math.floor(rand() * 3));
      return open("not_started", 0, 0);
    }
    if (r < 0.15) return done(clamp(yesterday));
    if (r < 0.25) return done(clamp(yesterday), "awaiting_approval");
    if (r < 0.7) return open("in_progress", pct(10, 90), 1 + Math.floor(rand() * 3));
    if (r < 0.93) return open("not_started", 0, 0);
    return open("paused", pct(10, 40), 1);
  }
  if (checks) {
    // One report in each period since the start; units that stopped did so two periods or more ago.
    const passed = checks.dates.filter((d) => d < today && d > start);
    const bounds = [start, ...passed, yesterday];
    const periods = bounds
      .slice(1)
      .map((end, i) => spread(cal, bounds[i]!, end, 1)[0])
      .filter((d): d is string => Boolean(d));
    if (r < 0.6)
      return {
        status: "in_progress",
        percent: pct(40, 90),
        completedOn: null,
        reportDays: periods.slice(-6),
      };
    if (r < 0.82) {
      const stopped = periods.slice(0, Math.max(0, periods.length - 2 - Math.floor(rand() * 2)));
      return {
        status: stopped.length ? "in_progress" : "not_started",
        percent: stopped.length ? pct(20, 50) : 0,
        completedOn: null,
        reportDays: stopped.slice(-4),
      };
    }
    if (r < 0.9) return { status: "not_started", percent: 0, completedOn: null, reportDays: [] };
    if (r < 0.95)
      return { status: "paused", percent: pct(10, 40), completedOn: null, reportDays: periods.slice(-3, -1) };
    const completedOn = clamp(cal.addWorkingDays(yesterday as IsoDate, -Math.floor(rand() * 60)));
    return {
      status: "done",
      percent: 100,
      completedOn,
      reportDays: periods.filter((d) => d < completedOn).slice(-3),
    };
  }
  if (r < 0.55)
    return {
      status: "in_progress",
      percent: pct(30, 80),
      completedOn: null,
      reportDays: spread(cal, start, yesterday, 1 + Math.floor(rand() * 3)),
    };
  if (r < 0.75) {
    const completedOn = clamp(cal.addWorkingDays(yesterday as IsoDate, -Math.floor(rand() * 200)));
    return {
      status: "done",
      percent: 100,
      completedOn,
      reportDays: spread(cal, start, completedOn, 2).filter((d) => d < completedOn),
    };
  }
  return { status: "not_started", percent: 0, completedOn: null, reportDays: [] };
}

/** What the demo's coordinators did to one past-deadline assignment (see the header). */
export type DeadlineRole = "on_time" | "this_week" | "few_days" | "long_overdue" | "done_late" | "spread";

export interface DeadlinePlan {
  role: DeadlineRole;
  /** The deadline the work has after the demo's coordinators acted (the document's, when kept). */
  due: string;
  /** The day the deadline was extended; null when the document's deadline stands. */
  extendedOn: string | null;
}

const ROLES: DeadlineRole[] = ["on_time", "this_week", "few_days", "long_overdue", "done_late"];

/**
 * One unit's work, in a stable order: its work whose document deadline is before `today`, then its
 * work the document gives no time frame. The five roles go in turn, starting at `first` (so that units
 * with little work do not all look alike): work done on time, done late or long overdue keeps the
 * document's deadline; the others are extended (this week, a few working days ago); work without a
 * time frame is given one fitting its role. After the five, past deadlines are extended alternately a
 * few weeks ahead and a few weeks back; undated work stays undated. A deadline only ever moves later,
 * on a day after the work reached the unit and before today; when it cannot, nothing changes. Pure.
 */
export function planDeadlines(
  items: ReadonlyArray<{ due: string | null; start: string; rand: () => number }>,
  today: string,
  cal: WorkingCalendar,
  first = 0,
): DeadlinePlan[] {
  const t = today as IsoDate;
  const weekEnd = endOfWeek(today);
  const ahead = cal.addWorkingDays(t, 2);
  let lastThisWeek: string = today;
  for (let d = today; d <= weekEnd; d = addDays(d as IsoDate, 1))
    if (cal.isWorkingDay(d as IsoDate)) lastThisWeek = d;
  const thisWeek = ahead <= weekEnd ? ahead : lastThisWeek;
  const back = (lo: number, span: number, rand: () => number) =>
    cal.addWorkingDays(t, -(lo + Math.floor(rand() * span)));
  return items.map(({ due, start, rand }, i): DeadlinePlan => {
    const role: DeadlineRole = i < ROLES.length ? ROLES[(i + first) % ROLES.length]! : "spread";
    const kept = role === "on_time" || role === "done_late" || role === "long_overdue";
    const unchanged: DeadlinePlan = { role: "spread", due: due ?? "", extendedOn: null };
    if (due && kept)
      return role === "long_overdue" || cal.workingDaysBetween(start as IsoDate, due as IsoDate) > 2
        ? { role, due, extendedOn: null }
        : unchanged;
    if (!due && role === "spread") return unchanged;
    const next =
      role === "this_week"
        ? thisWeek
        : role === "few_days"
          ? back(2, 3, rand)
          : role === "long_overdue"
            ? back(65, 30, rand)
            : role !== "spread"
              ? back(10, 20, rand)
              : i % 2
                ? cal.addWorkingDays(t, 5 + Math.floor(rand() * 50))
                : back(6, 25, rand);
    // Decided some working days before the new deadline (or before today, for one still ahead).
    const before = next < today ? next : today;
    let on: string = cal.addWorkingDays(before as IsoDate, -(5 + Math.floor(rand() * 15)));
    if (on <= start) on = cal.addWorkingDays(start as IsoDate, 1);
    if ((due && next <= due) || on >= today || on >= next) return unchanged;
    return { role, due: next, extendedOn: on };
  });
}

/** The progress the roles that the screens must show are given; null: the usual random scenario. */
export function scenarioForRole(
  role: DeadlineRole,
  rand: () => number,
  due: string,
  start: string,
  today: string,
  cal: WorkingCalendar,
): Scenario | null {
  const pct = (lo: number, hi: number) => Math.round((lo + rand() * (hi - lo)) / 5) * 5;
  const yesterday = cal.addWorkingDays(today as IsoDate, -1);
  const open = (percent: number, from: string, to: string): Scenario => ({
    status: "in_progress",
    percent,
    completedOn: null,
    reportDays: spread(cal, from, to, 1 + Math.floor(rand() * 3)),
  });
  if (role === "on_time") {
    const eff = effectiveDue(due, cal)!;
    let completedOn: string = cal.addWorkingDays(eff as IsoDate, -(1 + Math.floor(rand() * 5)));
    if (completedOn <= start) completedOn = cal.addWorkingDays(start as IsoDate, 1);
    return {
      status: "done",
      percent: 100,
      completedOn,
      reportDays: spread(cal, start, completedOn, 1 + Math.floor(rand() * 2)).filter((d) => d < completedOn),
    };
  }
  if (role === "done_late") {
    // Done some working days after the document's deadline, without an extension.
    let completedOn: string = cal.addWorkingDays(
      effectiveDue(due, cal)! as IsoDate,
      2 + Math.floor(rand() * 15),
    );
    if (completedOn > yesterday) completedOn = yesterday;
    return {
      status: "done",
      percent: 100,
      completedOn,
      reportDays: spread(cal, start, completedOn, 1 + Math.floor(rand() * 3)).filter((d) => d < completedOn),
    };
  }
  if (role === "this_week") return open(pct(50, 80), start, yesterday);
  if (role === "few_days") return open(pct(60, 90), start, yesterday);
  // Long overdue: reports until about the document's deadline, then nothing.
  if (role === "long_overdue") return open(pct(20, 40), start, due < yesterday ? due : yesterday);
  return null;
}

/** The demo's people who may coordinate (leaders and coordinators), as actors, by user name. */
async function coordinatorsOf(db: Db): Promise<Actor[]> {
  const rows = await db
    .select({
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      orgId: memberships.orgId,
      role: memberships.role,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .orderBy(asc(users.username));
  const byUser = new Map<string, Actor>();
  for (const r of rows) {
    const a = byUser.get(r.userId) ?? {
      userId: r.userId,
      username: r.username,
      fullName: r.fullName,
      isAdmin: false,
      memberships: [],
      actingOrgId: null,
    };
    a.memberships.push({ orgId: r.orgId, role: r.role });
    if (r.role === "admin") a.isAdmin = true;
    byUser.set(r.userId, a);
  }
  return [...byUser.values()].filter(
    (a) => !a.isAdmin && a.memberships.some((m) => m.role === "leader" || m.role === "coordinator"),
  );
}

/** A Vietnam working day's moment (09:00–16:00 local) as a UTC instant. */
const at = (day: string, rand: () => number) =>
  new Date(Date.parse(`${day}T02:00:00Z`) + Math.floor(rand() * 7 * 3600_000));

/** Demo accounts' e-mail addresses (demo/accounts.json), so that digests have recipients. */
export async function applyDemoEmails(db: Db, dir: string): Promise<number> {
  const demo = JSON.parse(readFileSync(join(dir, "accounts.json"), "utf8")) as {
    accounts: Array<{ username: string; email?: string }>;
  };
  let n = 0;
  for (const a of demo.accounts) {
    if (!a.email) continue;
    const rows = await db
      .update(users)
      .set({ email: a.email })
      .where(and(eq(users.username, a.username), isNull(users.email)))
      .returning({ id: users.id });
    n += rows.length;
  }
  return n;
}

/**
 * The demo's coordinators extend past deadlines (see the header) through extendDeadline, each as a
 * person who may coordinate the work (a member of the plan's coordinating office first), on the day
 * planDeadlines gives. Returns every past-deadline assignment's plan, extended or not.
 */
async function extendDemoDeadlines<
  R extends { id: string; dueDate: string | null; dueKind: string; leadOrgId: string; version: number },
>(
  ctx: UseCaseContext,
  rows: readonly R[],
  o: { today: string; cal: WorkingCalendar; keyOf: (row: R) => string; startOf: (row: R) => string },
): Promise<Map<string, DeadlinePlan>> {
  const { keyOf, startOf } = o;
  const byUnit = new Map<string, Array<{ row: R; due: string | null; start: string; rand: () => number }>>();
  for (const row of rows) {
    const start = startOf(row);
    if (start >= o.today) continue;
    // Past document deadlines, and work whose document gives no time frame (not ongoing work).
    if (row.dueDate ? effectiveDue(row.dueDate, o.cal)! >= o.today : row.dueKind !== "none") continue;
    const list = byUnit.get(row.leadOrgId) ?? [];
    list.push({ row, due: row.dueDate, start, rand: seededRandom(`hạn|${keyOf(row)}`) });
    byUnit.set(row.leadOrgId, list);
  }
  // Dated work first, each group in the rows' stable order.
  for (const list of byUnit.values()) list.sort((a, b) => Number(!a.due) - Number(!b.due));
  const plans = new Map<string, DeadlinePlan>();
  const people = await coordinatorsOf(ctx.db);
  for (const list of byUnit.values()) {
    const planned = planDeadlines(list, o.today, o.cal, Math.floor(list[0]!.rand() * ROLES.length));
    for (const [i, plan] of planned.entries()) {
      const { row, rand } = list[i]!;
      if (!plan.extendedOn && plan.role === "spread") continue;
      plans.set(row.id, plan);
      if (!plan.extendedOn) continue;
      const scope = await scopeOf(ctx.db, await assignmentRow(ctx.db, row.id));
      const coordinating = new Set(scope.coordinators.map((c) => c.id));
      const actor =
        people.find(
          (a) => a.memberships.some((m) => coordinating.has(m.orgId)) && taskPolicy.coordinate(a, scope),
        ) ?? people.find((a) => taskPolicy.coordinate(a, scope));
      const acting =
        actor?.memberships.find((m) => coordinating.has(m.orgId))?.orgId ?? actor?.memberships[0]?.orgId;
      await extendDeadline(
        {
          ...ctx,
          actor: actor ? { ...actor, actingOrgId: acting ?? null } : null,
          now: at(plan.extendedOn, rand),
        },
        row.id,
        {
          version: row.version,
          dueDate: plan.due,
          reason: pick(row.dueDate ? EXTENSION_REASONS : DEADLINE_REASONS, rand),
        },
      );
    }
  }
  return plans;
}

export const taskDemoStep: DemoStep = {
  name: "tiến độ thực hiện",
  async run(ctx, { dir, log }) {
    await applyDemoEmails(ctx.db, dir);
    const rows = await ctx.db
      .select({
        id: assignments.id,
        directiveId: assignments.directiveId,
        dueKind: assignments.dueKind,
        dueDate: assignments.dueDate,
        version: assignments.version,
        leadOrgId: assignments.leadOrgId,
        orgCode: orgs.code,
        symbol: directives.symbol,
        issuedOn: directives.issuedOn,
        position: directiveTasks.position,
      })
      .from(assignments)
      .innerJoin(orgs, eq(orgs.id, assignments.leadOrgId))
      .innerJoin(directives, eq(directives.id, assignments.directiveId))
      .innerJoin(directiveTasks, eq(directiveTasks.id, assignments.directiveTaskId))
      .orderBy(asc(directives.symbol), asc(directiveTasks.position), asc(orgs.code));
    if (!rows.length) {
      log("  chưa có công việc nào để ghi tiến độ");
      return;
    }
    const cal = await loadCalendar(ctx.db);
    const today = vietnamDate(ctx.now);
    const classifier = makeClassifier(
      today,
      cal,
      await reportingDutiesOf(
        ctx.db,
        rows.map((r) => r.directiveId),
      ),
    );
    const people = await ctx.db
      .select({ userId: users.id, orgId: memberships.orgId, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .orderBy(asc(users.username));
    const keyOf = (row: (typeof rows)[number]) =>
      `${row.symbol}|${row.position}|${row.orgCode ?? row.leadOrgId}`;
    // The plan reached the units a few working days after it was issued.
    const startOf = (row: (typeof rows)[number]) =>
      cal.addWorkingDays((row.issuedOn ?? addDays(today as IsoDate, -120)) as IsoDate, 3);
    const deadlines = await extendDemoDeadlines(ctx, rows, { today, cal, keyOf, startOf });
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const rand = seededRandom(keyOf(row));
      const start = startOf(row);
      if (start >= today) continue;
      const createdAt = at(start, rand);
      const plan = deadlines.get(row.id);
      const due = plan?.due ?? row.dueDate;
      const { checks } = classifier.facts({
        ...row,
        dueDate: due,
        status: "in_progress",
        completedOn: null,
        lastUpdateAt: null,
        createdAt,
      });
      const s =
        (plan && due ? scenarioForRole(plan.role, rand, due, start, today, cal) : null) ??
        scenarioOf(rand, due, checks ?? null, start, today, cal);
      const reporter =
        people.find((p) => p.orgId === row.leadOrgId && p.role !== "leader") ??
        people.find((p) => p.orgId === row.leadOrgId);
      const leader = people.find((p) => p.orgId === row.leadOrgId && p.role === "leader");
      const entries: Array<typeof assignmentUpdates.$inferInsert> = [
        { assignmentId: row.id, kind: "created", status: "not_started", percent: 0, at: createdAt },
      ];
      let lastAt: Date | null = null;
      for (const [i, day] of s.reportDays.entries()) {
        const finalPercent = s.completedOn ? 90 : s.percent;
        lastAt = at(day, rand);
        entries.push({
          assignmentId: row.id,
          kind: "progress",
          status: "in_progress",
          percent: Math.round((finalPercent * (i + 1)) / s.reportDays.length / 5) * 5,
          narrative: NARRATIVES[Math.floor(rand() * NARRATIVES.length)]!,
          authorUserId: reporter?.userId ?? null,
          authorOrgId: row.leadOrgId,
          at: lastAt,
        });
      }
      if (s.status === "paused") {
        lastAt = at(cal.addWorkingDays(today as IsoDate, -2), rand);
        entries.push({
          assignmentId: row.id,
          kind: "status",
          status: "paused",
          percent: s.percent,
          narrative: "Tạm dừng chờ hướng dẫn của cấp trên.",
          authorUserId: leader?.userId ?? null,
          authorOrgId: row.leadOrgId,
          at: lastAt,
        });
      }
      let approvedAt: Date | null = null;
      if (s.completedOn) {
        lastAt = at(s.completedOn, rand);
        entries.push({
          assignmentId: row.id,
          kind: "completion_requested",
          status: "awaiting_approval",
          percent: 100,
          narrative: DONE[Math.floor(rand() * DONE.length)]!,
          data: { completedOn: s.completedOn },
          authorUserId: reporter?.userId ?? null,
          authorOrgId: row.leadOrgId,
          at: lastAt,
        });
        if (s.status === "done") {
          const approvedOn = cal.addWorkingDays(s.completedOn as IsoDate, 1 + Math.floor(rand() * 2));
          approvedAt = at(approvedOn < today ? approvedOn : s.completedOn, rand);
          if (approvedAt <= lastAt) approvedAt = new Date(lastAt.getTime() + 3600_000);
          entries.push({
            assignmentId: row.id,
            kind: "approved",
            status: "done",
            percent: 100,
            authorUserId: leader?.userId ?? null,
            authorOrgId: row.leadOrgId,
            data: { completedOn: s.completedOn },
            at: approvedAt,
          });
        }
      }
      // The confirmation's own "created" entry is replaced by one dated when the plan reached the unit.
      await ctx.db
        .delete(assignmentUpdates)
        .where(and(eq(assignmentUpdates.assignmentId, row.id), eq(assignmentUpdates.kind, "created")));
      await ctx.db.insert(assignmentUpdates).values(entries);
      await ctx.db
        .update(assignments)
        .set({
          status: s.status,
          percent: s.percent,
          completedOn: s.completedOn,
          approvedBy: s.status === "done" ? (leader?.userId ?? null) : null,
          approvedAt,
          lastUpdateAt: lastAt,
          version: entries.length + (plan?.extendedOn ? 1 : 0),
          createdAt,
        })
        .where(eq(assignments.id, row.id));
      counts[s.status] = (counts[s.status] ?? 0) + 1;
    }
    log(
      `  ${rows.length} công việc: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}`,
    );
  },
};
