// The statistics screen's queries over 1,000,000 assignments on PostgreSQL (issue 14 item 6). Seeds a
// province-sized tree (1 province, 30 districts × 20 wards + 8 offices), 50 plans and ROWS
// assignments with generate_series (as bench/tasks-overdue.bench.ts), each plan's given on one day
// of 2023–2025 and the work in progress reported on some day of the last 200, and one 6-month report schedule per district
// with 8 periods of its 20 wards' obligations (on time, late, missing); then times the screen's
// queries and the whole use case for a district leader, a ward official and the province's leader,
// and prints p50/p95 (target p95 < 300 ms). Figures, not pass/fail.
// Run: node bin/run-ts.js bench/statistics.bench.ts [rows]
//      (BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres by default; the scratch database
//      thucthi_bench_stats_* is dropped after, unless BENCH_KEEP=1; BENCH_PROVINCE=0 leaves out the
//      province-wide figures, which take minutes)
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Actor } from "../src/core/access.ts";
import { BUILT_IN_SCHEDULES, createCalendar } from "../src/core/calendar/index.ts";
import { openDatabase } from "../src/db/client.ts";
import { areaObligations, factGroups } from "../src/modules/statistics/queries.ts";
import { ageBounds, movedDeadlines } from "../src/modules/statistics/rules/figures.ts";
import { statisticsOf } from "../src/modules/statistics/use-cases/overview.ts";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const server = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `thucthi_bench_stats_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const cal = createCalendar(BUILT_IN_SCHEDULES);
const TODAY = "2026-11-23";
const NOW = new Date(`${TODAY}T03:00:00Z`);

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
  console.log(`  ${label.padEnd(70)} p50 ${q(50).padStart(7)} ms   p95 ${q(95).padStart(7)} ms`);
};

const pad = (n: number) => String(n).padStart(12, "0");
const districtId = (d: number) => `00000000-0000-4000-8001-${pad(d)}`;
const wardId = (d: number, w: number) => `00000000-0000-4000-8002-${pad(d * 100 + w)}`;
const PROVINCE = "00000000-0000-4000-8000-000000000000";
const actor = (orgId: string, role: "leader" | "specialist"): Actor => ({
  userId: "00000000-0000-4000-8009-000000000001",
  username: "bench",
  fullName: "Người đo",
  isAdmin: false,
  memberships: [{ orgId, role }],
  actingOrgId: orgId,
});

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
    insert into assignments (directive_id, directive_task_id, lead_org_id, title, due_kind, due_date, status, percent, completed_on, created_at, last_update_at)
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
           timestamptz '2023-02-01 09:00+07' + ((p * 17) % 900) * interval '1 day',
           case when s >= 0.35 and s < 0.75 then now() - (random() * 200)::int * interval '1 day' end
    from (select g, random() r, random() s, 1 + (g % 50) p, 1 + ((g / 50) % 200) t, 1 + ((g / 10000) % 28) w
          from generate_series(1, ${ROWS}) g) x`);
  // Reports: one 6-month schedule per district (its office collects), 8 periods × 20 wards.
  await c.query(`
    insert into report_schedules (id, title, coordinator_org_id, frequency, cutoff, starts_on, indicators, rules)
    select ('00000000-0000-4000-8005-' || lpad(d::text, 12, '0'))::uuid, 'Báo cáo 6 tháng',
           ('00000000-0000-4000-8002-' || lpad((d * 100 + 21)::text, 12, '0'))::uuid, 'six_monthly', 'decree_09',
           '2023-01-01', '[]'::jsonb, '[]'::jsonb
    from generate_series(1, 30) d`);
  await c.query(`
    insert into report_obligations (schedule_id, org_id, period_key, period_label, period_start, period_end, due_date, state, first_submitted_at)
    select ('00000000-0000-4000-8005-' || lpad(d::text, 12, '0'))::uuid,
           ('00000000-0000-4000-8002-' || lpad((d * 100 + w)::text, 12, '0'))::uuid,
           (2023 + p / 2) || '-H' || (1 + p % 2), '6 tháng ' || (2023 + p / 2) || ' kỳ ' || (1 + p % 2),
           make_date(2023 + p / 2, 1 + 6 * (p % 2), 1), make_date(2023 + p / 2, 6 + 6 * (p % 2), 14),
           make_date(2023 + p / 2, 6 + 6 * (p % 2), 20),
           case when r < 0.1 then 'open' else 'submitted' end,
           case when r >= 0.1 then make_date(2023 + p / 2, 6 + 6 * (p % 2), 20) + (r * 10 - 3)::int * interval '1 day' end
    from (select d, w, p, random() r from generate_series(1, 30) d, generate_series(1, 20) w, generate_series(0, 7) p) x`);
  await c.query("vacuum analyze");
  console.log(
    `${ROWS.toLocaleString("en-US")} assignments and 4,800 report obligations generated and analysed in ${((Date.now() - t0) / 1000).toFixed(0)} s (PostgreSQL ${(await c.query("show server_version")).rows[0].server_version})`,
  );
  await c.end();

  const app = await openDatabase({ url: url.toString(), poolSize: 2 });
  const bounds = ageBounds(TODAY, cal);
  const moved = movedDeadlines("2011-01-01", "2036-12-31", cal);
  const ctx = (a: Actor) => ({ db: app.db, actor: a, now: NOW });
  const district = (i: number) => actor(districtId(1 + (i % 30)), "leader");
  const ward = (i: number) => actor(wardId(1 + (i % 30), 1 + (i % 20)), "specialist");
  const province = actor(PROVINCE, "leader");
  console.log("\nThe screen's queries:");
  await time("fact groups of a district (its 28 units, all plans)", 30, (i) =>
    factGroups(app.db, { actor: district(i), focusId: districtId(1 + (i % 30)) }, bounds, moved),
  );
  await time("fact groups of a district, one plan and one year", 30, (i) =>
    factGroups(
      app.db,
      {
        actor: district(i),
        focusId: districtId(1 + (i % 30)),
        directiveId: `00000000-0000-4000-8003-${pad(1 + (i % 30))}`,
        dueFrom: "2026-01-01",
        dueTo: "2026-12-31",
      },
      bounds,
      moved,
    ),
  );
  await time("fact groups of a ward (a ward official)", 30, (i) =>
    factGroups(app.db, { actor: ward(i), focusId: wardId(1 + (i % 30), 1 + (i % 20)) }, bounds, moved),
  );
  await time("report obligations of a district", 30, (i) =>
    areaObligations(app.db, { actor: district(i), focusId: districtId(1 + (i % 30)) }),
  );
  const provinceToo = process.env.BENCH_PROVINCE !== "0";
  if (provinceToo)
    await time(`fact groups of the whole province (${ROWS.toLocaleString("en-US")} rows)`, 5, () =>
      factGroups(app.db, { actor: province, focusId: PROVINCE }, bounds, moved),
    );
  console.log("\nThe whole use case (GET /api/statistics without HTTP):");
  await time("a district leader's screen", 30, (i) => statisticsOf(ctx(district(i)), {}));
  await time("a district leader's screen, one plan and one year", 30, (i) =>
    statisticsOf(ctx(district(i)), {
      directiveId: `00000000-0000-4000-8003-${pad(1 + (i % 30))}`,
      period: "2026",
    }),
  );
  await time("a ward official's screen", 30, (i) => statisticsOf(ctx(ward(i)), {}));
  if (provinceToo)
    await time(`the province leader's screen (30 districts, ${ROWS.toLocaleString("en-US")} rows)`, 5, () =>
      statisticsOf(ctx(province), {}),
    );
  await app.close();
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
  else await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
