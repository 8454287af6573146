// HTTP throughput on loopback: /api/health and the organisation-tree listing of Thực Thi, against a
// bare Fastify hello-world measured in the same run (the ratio is what travels between machines).
// Run: node bin/run-ts.js bench/api.bench.ts [seconds]   (BENCH_DATABASE_URL=postgres://... for a server)
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const seconds = Number(process.argv[2] ?? 5);
const connections = 20;

function startServer(kind: "bare" | "app"): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ["bin/run-ts.js", "bench/support/serve.ts", "--kind", kind], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const m = /^ready (\d+)/.exec(line);
      if (m) resolve({ port: Number(m[1]), child });
    });
    child.on("exit", (code) => reject(new Error(`server ${kind} exited ${code}`)));
  });
}

async function load(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  if (r.non2xx) throw new Error(`${url}: ${r.non2xx} non-2xx answers`);
  return { rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50 };
}

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const token = ((await csrf.json()) as { token: string }).token;
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie: csrfCookie },
    body: JSON.stringify({ username: "chuyenvien.p1", password: "ThucThi@2026" }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const bare = await startServer("bare");
const app = await startServer("app");
try {
  const base = `http://127.0.0.1:${app.port}`;
  const cookie = await signIn(base);
  const orgCount = ((await (await fetch(`${base}/api/orgs`, { headers: { cookie } })).json()) as unknown[])
    .length;
  const hello = await load(`http://127.0.0.1:${bare.port}/hello`);
  const health = await load(`${base}/api/health`);
  const tree = await load(`${base}/api/orgs`, { cookie });
  const row = (name: string, r: typeof hello) =>
    `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   ${(
      (100 * r.rps) / hello.rps
    ).toFixed(0)}% of bare`;
  console.log(
    `HTTP on loopback, ${connections} connections, ${seconds} s each, database ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite"}`,
  );
  console.log(row("bare Fastify hello-world", hello));
  console.log(row("GET /api/health (select 1)", health));
  console.log(row(`GET /api/orgs (${orgCount} bodies, signed in)`, tree));
} finally {
  bare.child.kill();
  app.child.kill();
}
