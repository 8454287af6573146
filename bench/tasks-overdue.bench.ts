// Overdue queries over 1,000,000 assignments on PostgreSQL (docs/decisions/assignment-indexes.md).
// Generates a province-sized tree (1 province, 30 districts × 20 wards + offices), 50 plans and
// 1,000,000 assignments with generate_series into a scratch database, runs the queries the
// application runs, first with the indexes of the first tasks migration only, then with the
// migration's partial indexes, and prints p50/p95. Figures, not pass/fail.
// Run: node bin/run-ts.js bench/tasks-overdue.bench.ts [rows]
//      (BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/test by default; the scratch database is dropped)
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Actor } from "../src/core/access.ts";
import { BUILT_IN_SCHEDULES, createCalendar } from "../src/core/calendar/index.ts";
import { openDatabase } from "../src/db/client.ts";
import { lastDueDateOverdueBy, lastOverdueDueDate } from "../src/modules/tasks/rules/status.ts";
import { classifiedAssignments } from "../src/modules/tasks/use-cases/read.ts";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const server = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const name = `thucthi_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const cal = createCalendar(BUILT_IN_SCHEDULES);
const TODAY = "2026-11-23";
const P = lastOverdueDueDate(TODAY, cal);
const P5 = lastDueDateOverdueBy(TODAY, 5, cal);

const time = async (label: string, runs: number, fn: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < 3; i++) await fn(i); // warm the cache, as a server that has been running
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn(i);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]!.toFixed(1);
  console.log(`  ${label.padEnd(64)} p50 ${q(50).padStart(7)} ms   p95 ${q(95).padStart(7)} ms`);
};

try {
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  await database.migrate();
  await database.close();
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  const t0 = Date.now();
  // The tree: province → 30 districts → (20 wards + 8 offices each).
  await c.query(`
    insert into orgs (id, parent_id, path, depth, system, kind, name, search_text)
    values ('00000000-0000-4000-8000-000000000000', null, '/00000000-0000-4000-8000-000000000000/', 0, 'state', 'peoples_committee', 'Tỉnh mẫu', 'tinh mau')`);
  await c.query(`
    insert into orgs (id, parent_id, path, depth, system, kind, name, search_text)
    select ('00000000-0000-4000-8001-' || lpad(d::text, 12, '0'))::uuid, '00000000-0000-4000-8000-000000000000',
           '/00000000-0000-4000-8000-000000000000/00000000-0000-4000-8001-' || lpad(d::text, 12, '0') || '/', 1,
           'state', 'peoples_committee', 'Huyện ' || d, 'huyen ' || d
    from generate_series(1, 30) d`);
  await c.query(`
    insert into orgs (id, parent_id, path, depth, system, kind, name, search_text)
    select ('00000000-0000-4000-8002-' || lpad((d * 100 + w)::text, 12, '0'))::uuid,
           ('00000000-0000-4000-8001-' || lpad(d::text, 12, '0'))::uuid,
           '/00000000-0000-4000-8000-000000000000/00000000-0000-4000-8001-' || lpad(d::text, 12, '0') ||
             '/00000000-0000-4000-8002-' || lpad((d * 100 + w)::text, 12, '0') || '/', 2,
           'state', case when w <= 20 then 'ward' else 'department' end, 'Đơn vị ' || d || '.' || w, 'don vi'
    from generate_series(1, 30) d, generate_series(1, 28) w`);
  // 50 plans of 200 tasks each, owned by the districts' offices.
  await c.query(`
    insert into directives (id, status, symbol, owner_org_id, issued_on)
    select ('00000000-0000-4000-8003-' || lpad(p::text, 12, '0'))::uuid, 'confirmed', p || '/KH-UBND',
           ('00000000-0000-4000-8002-' || lpad((((p - 1) % 30 + 1) * 100 + 21)::text, 12, '0'))::uuid, '2023-01-15'
    from generate_series(1, 50) p`);
  await c.query(`
    insert into directive_tasks (id, directive_id, path, title, text, timeframe, position)
    select ('00000000-0000-4000-8004-' || lpad((p * 1000 + t)::text, 12, '0'))::uuid,
           ('00000000-0000-4000-8003-' || lpad(p::text, 12, '0'))::uuid, '[]'::jsonb, 'Nhiệm vụ ' || t, 'Nhiệm vụ ' || t,
           '{"kind":"deadline","text":"","due":null}'::jsonb, t
    from generate_series(1, 50) p, generate_series(1, 200) t`);
  // The assignments: a ward (or office) of the plan's district, a deadline in 2023–2027 (one in five
  // undated: ongoing work), and statuses as a mature system has them.
  await c.query(`
    insert into assignments (directive_id, directive_task_id, lead_org_id, title, due_kind, due_date, status, percent, completed_on, created_at)
    select ('00000000-0000-4000-8003-' || lpad(p::text, 12, '0'))::uuid,
           ('00000000-0000-4000-8004-' || lpad((p * 1000 + t)::text, 12, '0'))::uuid,
           ('00000000-0000-4000-8002-' || lpad((((p - 1) % 30 + 1) * 100 + w)::text, 12, '0'))::uuid,
           'Nhiệm vụ ' || t,
           case when r < 0.2 then 'ongoing' else 'date' end,
           case when r < 0.2 then null else date '2023-01-01' + (random() * 1800)::int end,
           case when s < 0.35 then 'done' when s < 0.75 then 'in_progress' when s < 0.92 then 'not_started'
                when s < 0.96 then 'awaiting_approval' else 'paused' end,
           (random() * 100)::int,
           case when s < 0.35 then date '2023-01-01' + (random() * 1400)::int end,
           now()
    from (select g, random() r, random() s, 1 + (g % 50) p, 1 + ((g / 50) % 200) t, 1 + ((g / 10000) % 28) w
          from generate_series(1, ${ROWS}) g) x`);
  await c.query("vacuum analyze");
  console.log(
    `${ROWS.toLocaleString("en-US")} assignments generated and analysed in ${((Date.now() - t0) / 1000).toFixed(0)} s (PostgreSQL ${(await c.query("show server_version")).rows[0].server_version})`,
  );
  const openStatuses = "('not_started', 'in_progress', 'awaiting_approval')";
  const district = (i: number) =>
    `/00000000-0000-4000-8000-000000000000/00000000-0000-4000-8001-${String(1 + (i % 30)).padStart(12, "0")}/%`;
  const ward = (i: number) =>
    `00000000-0000-4000-8002-${String((1 + (i % 30)) * 100 + 1 + (i % 20)).padStart(12, "0")}`;
  const queries: Array<[string, (i: number) => Promise<unknown>]> = [
    [
      "a district's overdue work, oldest first (first page of 50)",
      (i) =>
        c.query(
          `select a.id, a.title, a.due_date, o.name from assignments a join orgs o on o.id = a.lead_org_id
           where a.lead_org_id in (select id from orgs where path like $1) and a.status in ${openStatuses} and a.due_date <= $2
           order by a.due_date limit 50`,
          [district(i), P],
        ),
    ],
    [
      "a district's overdue count per unit",
      (i) =>
        c.query(
          `select a.lead_org_id, count(*) from assignments a
           where a.lead_org_id in (select id from orgs where path like $1) and a.status in ${openStatuses} and a.due_date <= $2
           group by 1`,
          [district(i), P],
        ),
    ],
    [
      "a ward's overdue work (its own list, classes=overdue)",
      (i) =>
        c.query(
          `select a.id, a.due_date from assignments a where a.lead_org_id = $1 and a.status in ${openStatuses}
           and (a.due_date <= $2 or a.due_date is null) order by a.due_date limit 200`,
          [ward(i), P],
        ),
    ],
    [
      "the province's work overdue by ≥ 5 working days (escalations), count",
      () =>
        c.query(`select count(*) from assignments where status in ${openStatuses} and due_date <= $1`, [P5]),
    ],
    [
      "the province's overdue count per district",
      () =>
        c.query(
          `select o.parent_id, count(*) from assignments a join orgs o on o.id = a.lead_org_id
           where a.status in ${openStatuses} and a.due_date <= $1 group by 1`,
          [P],
        ),
    ],
    [
      "the daily reminders' candidates (due within 3 working days or overdue)",
      () =>
        c.query(
          `select count(*) from assignments where status in ('not_started', 'in_progress')
           and due_date <= $1`,
          [cal.addWorkingDays(TODAY as never, 3)],
        ),
    ],
  ];
  // The application's own list (the use case, as GET /api/assignments?classes=overdue runs it) for a
  // district leader: visibility by the tree, classification in the rules, overdue first.
  const appDb = await openDatabase({ url: url.toString(), poolSize: 2 });
  const leaderOf = (i: number): Actor => ({
    userId: "00000000-0000-4000-8009-000000000001",
    username: "bench",
    fullName: "Lãnh đạo huyện",
    isAdmin: false,
    memberships: [
      { orgId: `00000000-0000-4000-8001-${String(1 + (i % 30)).padStart(12, "0")}`, role: "leader" },
    ],
    actingOrgId: null,
  });
  queries.push([
    "the app's list use case: a district leader's overdue work (all rows)",
    (i) =>
      classifiedAssignments(
        { db: appDb.db, actor: leaderOf(i), now: new Date(`${TODAY}T03:00:00Z`) },
        { classes: ["overdue"] },
        cal,
      ),
  ]);
  const indexes = (
    await c.query(
      "select indexname from pg_indexes where tablename = 'assignments' and indexname like 'assignments_open%'",
    )
  ).rows.map((r) => r.indexname as string);
  const definitions = (
    await c.query(
      "select indexname, indexdef from pg_indexes where tablename = 'assignments' and indexname like 'assignments_open%'",
    )
  ).rows as Array<{ indexname: string; indexdef: string }>;
  console.log("\nWithout the partial indexes (only those of the first tasks migration):");
  for (const name of indexes) await c.query(`drop index ${name}`);
  await c.query("analyze assignments");
  for (const [label, fn] of queries) await time(label, 30, fn);
  console.log(
    `\nWith the migration's partial indexes (${definitions.map((d) => d.indexname).join(", ") || "none"}):`,
  );
  for (const d of definitions) await c.query(d.indexdef);
  await c.query("analyze assignments");
  for (const [label, fn] of queries) await time(label, 30, fn);
  const size = await c.query(
    `select indexname, pg_size_pretty(pg_relation_size(indexname::regclass)) size from pg_indexes where tablename = 'assignments' order by 1`,
  );
  console.log(`\nIndex sizes: ${size.rows.map((r) => `${r.indexname} ${r.size}`).join(", ")}`);
  await c.end();
  await appDb.close();
} finally {
  // BENCH_KEEP=1 keeps the scratch database for EXPLAIN sessions (drop it by hand afterwards).
  if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
  else await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
