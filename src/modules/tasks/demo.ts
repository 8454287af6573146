// Demo step: the demo plans' assignments (made by the directives step when it confirms the demo
// documents) get a realistic, deterministic spread of progress — some done on time, some late, some
// awaiting approval, some in progress, some overdue — with progress reports dated between the plan's
// date and today, so that every screen shows something true on first start. Deadlines stay as the
// documents state them. The pseudo-random choices are seeded by each assignment's stable keys
// (document symbol, task position, unit code), never by generated ids.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, asc, eq, isNull } from "drizzle-orm";
import { addDays, type IsoDate, type WorkingCalendar } from "../../core/calendar/index.ts";
import { vietnamDate } from "../../core/calendar/vietnam-time.ts";
import type { Db } from "../../db/client.ts";
import { directives, directiveTasks } from "../directives/schema.ts";
import { loadCalendar } from "../holiday-schedules/queries.ts";
import { orgs } from "../orgs/schema.ts";
import { memberships, users } from "../people/schema.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import type { AssignmentStatus } from "./contract.ts";
import { reportingDutiesOf } from "./queries/reminders.ts";
import { makeClassifier } from "./rules/classify.ts";
import { type Checks, effectiveDue } from "./rules/status.ts";
import { assignments, assignmentUpdates } from "./schema.ts";

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
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const rand = seededRandom(`${row.symbol}|${row.position}|${row.orgCode ?? row.leadOrgId}`);
      // The plan reached the units a few working days after it was issued.
      const issued = row.issuedOn ?? addDays(today as IsoDate, -120);
      const start = cal.addWorkingDays(issued as IsoDate, 3);
      if (start >= today) continue;
      const createdAt = at(start, rand);
      const { checks } = classifier.facts({
        ...row,
        status: "in_progress",
        completedOn: null,
        lastUpdateAt: null,
        createdAt,
      });
      const s = scenarioOf(rand, row.dueDate, checks ?? null, start, today, cal);
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
          version: entries.length,
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
