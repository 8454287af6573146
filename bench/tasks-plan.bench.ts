// The coordinator's view of a whole plan, 16 wards × 100 tasks (1,600 assignments), through the API
// (Fastify inject: routing, session, access, use case, JSON) — and the unit's overdue list of the same
// plan. Prints p50/p95/p99; figures, not pass/fail (target p95 < 100 ms for the plan view).
// Run: node bin/run-ts.js bench/tasks-plan.bench.ts [requests]   (BENCH_DATABASE_URL=postgres://... for a server)
import { eq, sql } from "drizzle-orm";
import { rowsOf } from "../src/db/client.ts";
import { seededRandom } from "../src/modules/tasks/demo.ts";
import { assignments } from "../src/modules/tasks/schema.ts";
import { createTestApp, type TestApp } from "../test/support/app.ts";
import { createPlan, DEMO_WARDS } from "../test/support/tasks-fixtures.ts";

const REQUESTS = Number(process.argv[2] ?? 200);

// On a server, the test support makes a scratch database of its own and drops it on close.
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const t: TestApp = await createTestApp();
const db = t.deps.database.db;
const timeframes = [
  { kind: "deadline" as const, text: "trước ngày 30/6/2026", due: "2026-06-30" },
  { kind: "period" as const, text: "Quý IV năm 2026", due: "2026-12-31" },
  { kind: "ongoing" as const, text: "Thường xuyên", due: null },
  { kind: "deadline" as const, text: "trước ngày 15/11/2026", due: "2026-11-15" },
];
const plan = await createPlan(db, {
  symbol: "1600/KH-UBND",
  title: "Kế hoạch 100 nhiệm vụ cho 16 phường",
  owner: "gv.pnv",
  issuedOn: "2026-01-15",
  groups: Array.from({ length: 10 }, (_, g) => ({
    label: String(g + 1),
    title: `Nhóm nhiệm vụ ${g + 1}`,
    tasks: Array.from({ length: 10 }, (_, i) => ({
      title: `Nhiệm vụ ${g + 1}.${i + 1}`,
      leads: DEMO_WARDS,
      supports: ["gv.ptp"],
      timeframe: timeframes[(g * 10 + i) % timeframes.length]!,
    })),
  })),
});
// A spread of progress, as a plan in its tenth month has.
const rand = seededRandom("bench");
for (const id of plan.assignmentIds) {
  const r = rand();
  const status = r < 0.3 ? "done" : r < 0.7 ? "in_progress" : r < 0.9 ? "not_started" : "paused";
  await db
    .update(assignments)
    .set({
      status,
      percent: status === "done" ? 100 : Math.round(rand() * 90),
      completedOn:
        status === "done" ? `2026-${String(1 + Math.floor(rand() * 10)).padStart(2, "0")}-15` : null,
      lastUpdateAt: rand() < 0.5 ? new Date("2026-10-20T03:00:00Z") : null,
    })
    .where(eq(assignments.id, id));
}
const n = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from assignments`))[0]!.n;

const coordinator = t.client();
await coordinator.signIn("noivu.govap");
const ward = t.client();
await ward.signIn("chuyenvien.p1");

async function measure(label: string, client: typeof coordinator, url: string) {
  const first = await client.get(url);
  if (first.status !== 200)
    throw new Error(`${url}: ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
  for (let i = 0; i < 10; i++) await client.get(url);
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = process.hrtime.bigint();
    await client.get(url);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]!.toFixed(1);
  const bytes = Buffer.byteLength(first.raw.body);
  console.log(
    `  ${label.padEnd(58)} p50 ${q(50).padStart(6)} ms   p95 ${q(95).padStart(6)} ms   p99 ${q(99).padStart(6)} ms   ${(bytes / 1024).toFixed(0)} KB`,
  );
}

console.log(
  `Plan of 100 tasks × 16 wards (${plan.assignmentIds.length} assignments; ${n} in the database with the demo plans), ` +
    `${REQUESTS} requests each through inject, database ${t.deps.database.engine}:`,
);
await measure("GET /api/plans/:id (coordinator's plan view)", coordinator, `/api/plans/${plan.directiveId}`);
await measure(
  "GET /api/assignments?directiveId&classes=overdue (coordinator)",
  coordinator,
  `/api/assignments?directiveId=${plan.directiveId}&classes=overdue`,
);
await measure("GET /api/assignments (a ward's own work, all plans)", ward, "/api/assignments?pageSize=50");
await t.close();
