// HTTP throughput on loopback of the officials' API against a bare Fastify hello-world measured in
// the same run (the ratio is what travels between machines): health, the organisation tree, a
// ward's own task list, the coordinator's plan view and the portal's public look-up by code, on PGlite and — when BENCH_DATABASE_URL
// names a server — on PostgreSQL (a scratch database, dropped after).
// Run: node bin/run-ts.js bench/api.bench.ts [seconds] [only-route-substring]
//   BENCH_PROFILE=dir   writes each app server's CPU profile there (node --cpu-prof), to read in
//                       Chrome DevTools or with bench/support/top-frames.ts
//   BENCH_LOAD_PROFILE=dir   the same for the load only: <dir>/<engine>.cpuprofile (with a route
//                       substring, the profile of that route alone)
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const seconds = Number(process.argv[2] ?? 5);
const only = process.argv[3];
const connections = 20;
const PASSWORD = "ThucThi@2026";

type Kind = "bare" | "pglite" | "postgres";

function startServer(kind: Kind): Promise<{ port: number; child: ChildProcess }> {
  const env = { ...process.env };
  if (kind !== "postgres") delete env.BENCH_DATABASE_URL;
  const profile = process.env.BENCH_PROFILE && kind !== "bare";
  // One file per thread (tsx's loader has its own): the largest is the main thread's.
  const flags = profile ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}/${kind}`] : [];
  // BENCH_LOAD_PROFILE=dir: only the load, one file per engine (start-up and the demo left out).
  if (process.env.BENCH_LOAD_PROFILE && kind !== "bare")
    env.BENCH_PROFILE_FILE = `${process.env.BENCH_LOAD_PROFILE}/${kind}.cpuprofile`;
  const child = spawn(
    process.execPath,
    [...flags, "bin/run-ts.js", "bench/support/serve.ts", "--kind", kind === "bare" ? "bare" : "app"],
    { stdio: ["ignore", "pipe", "inherit"], env },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const m = /^ready (\d+)/.exec(line);
      if (m) resolve({ port: Number(m[1]), child });
    });
    child.on("exit", (code) => reject(new Error(`server ${kind} exited ${code}`)));
  });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

/** A distinct client address per request: the portal's look-up is limited per citizen (120 a minute). */
let citizen = 0;
const anotherCitizen = () => {
  citizen = (citizen + 1) % 65_000;
  return `10.${citizen >> 8}.${citizen & 255}.${1 + (citizen % 200)}`;
};

async function load(
  url: string,
  headers: Record<string, string> = {},
  manyCitizens = false,
): Promise<Figures> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    // Through the trusted proxy (serve.ts), each request from another citizen.
    ...(manyCitizens && {
      requests: [
        {
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            headers: { ...req.headers, "x-forwarded-for": anotherCitizen() },
          }),
        },
      ],
    }),
  });
  if (r.non2xx) throw new Error(`${url}: ${r.non2xx} non-2xx answers`);
  return { rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50 };
}

async function signIn(base: string, username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const token = ((await csrf.json()) as { token: string }).token;
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie: csrfCookie },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** The routes measured on one app server: a label and what to load. */
async function routesOf(base: string) {
  const ward = await signIn(base, "chuyenvien.p1");
  const coordinator = await signIn(base, "noivu.govap");
  const me = await getJson<{ actingOrgId: string }>(`${base}/api/auth/me`, ward);
  const orgs = await getJson<unknown[]>(`${base}/api/orgs`, ward);
  const list = await getJson<{ total: number }>(`${base}/api/assignments?orgId=${me.actingOrgId}`, ward);
  const plans = await getJson<Array<{ id: string }>>(`${base}/api/plans`, coordinator);
  if (!plans[0]) throw new Error("the coordinator follows no plan in the demo data");
  const plan = await getJson<{ counts: { total: number } }>(`${base}/api/plans/${plans[0].id}`, coordinator);
  const cases = await getJson<Array<{ code: string }>>(`${base}/api/citizen-cases`, ward);
  if (!cases[0]) throw new Error("the ward has no citizens' case in the demo data");
  return [
    { label: "GET /api/health (select 1)", url: `${base}/api/health`, cookie: "" },
    { label: `GET /api/orgs (${orgs.length} bodies)`, url: `${base}/api/orgs`, cookie: ward },
    {
      label: `GET /api/assignments ward (${list.total})`,
      url: `${base}/api/assignments?orgId=${me.actingOrgId}`,
      cookie: ward,
    },
    {
      label: `GET /api/plans/:id (${plan.counts.total} assignments)`,
      url: `${base}/api/plans/${plans[0].id}`,
      cookie: coordinator,
    },
    {
      label: "GET /api/public/cases/:code (portal)",
      url: `${base}/api/public/cases/${cases[0].code}`,
      cookie: "",
      manyCitizens: true,
    },
  ].filter((r) => !only || r.label.includes(only));
}

const kinds: Kind[] = process.env.BENCH_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
const bare = await startServer("bare");
const apps = await Promise.all(kinds.map(async (kind) => ({ kind, ...(await startServer(kind)) })));
try {
  const hello = await load(`http://127.0.0.1:${bare.port}/hello`);
  const row = (name: string, r: Figures) =>
    `${name.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   ${(
      (100 * r.rps) / hello.rps
    ).toFixed(1)}% of bare`;
  console.log(`HTTP on loopback, ${connections} connections, ${seconds} s each`);
  console.log(row("bare Fastify hello-world", hello));
  for (const app of apps) {
    const base = `http://127.0.0.1:${app.port}`;
    for (const r of await routesOf(base))
      console.log(
        row(
          `${app.kind.padEnd(8)} ${r.label}`,
          await load(r.url, r.cookie ? { cookie: r.cookie } : {}, "manyCitizens" in r),
        ),
      );
  }
  const again = await load(`http://127.0.0.1:${bare.port}/hello`);
  console.log(row("bare Fastify hello-world, again", again));
} finally {
  bare.child.kill();
  for (const app of apps) app.child.kill();
}
