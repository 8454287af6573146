// Documents made to stop the server (zip bombs, a text near the 20 MB upload limit, millions of short
// lines) imported while autocannon asks GET /api/health: per shape, the import's status and duration
// and health's req/s and p99 during it, beside a baseline with no import. The server runs in its own
// process (bench/support/serve.ts), on PGlite with the demo data.
// Run: node bin/run-ts.js bench/import-dos.bench.ts
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { docxBomb } from "../src/modules/directives/adapters/extract/zip.test-helper.ts";

const PASSWORD = "ThucThi@2026";
const connections = 10;

function startServer(): Promise<ChildProcess & { port: number }> {
  const child = spawn(process.execPath, ["bin/run-ts.js", "bench/support/serve.ts", "--kind", "app"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /^ready (\d+)/.exec(line);
      if (m) resolve(Object.assign(child, { port: Number(m[1]) }));
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

async function signIn(base: string, username: string): Promise<{ cookie: string; token: string }> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const token = ((await csrf.json()) as { token: string }).token;
  const csrfCookie = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie: csrfCookie },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return { cookie: `${csrfCookie}; ${cookiesOf(res)}`, token };
}

interface Health {
  rps: number;
  p99: number;
  errors: number;
}

/** Loads /api/health until `during` settles (or for `seconds` when there is nothing to wait for). */
function healthWhile(base: string, during: Promise<unknown> | null, seconds = 5): Promise<Health> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}/api/health`, connections, duration: during ? 600 : seconds, timeout: 30 },
      (err, r) =>
        err
          ? reject(err)
          : resolve({
              rps: r.requests.average,
              p99: r.latency.p99,
              errors: r.errors + r.timeouts + r.non2xx,
            }),
    );
    void during?.finally(() => instance.stop());
  });
}

async function importFile(
  base: string,
  auth: { cookie: string; token: string },
  bytes: Buffer,
  fileName: string,
) {
  const form = new FormData();
  form.append("file", new Blob([bytes]), fileName);
  const start = performance.now();
  const res = await fetch(`${base}/api/directives/import`, {
    method: "POST",
    headers: { cookie: auth.cookie, "x-csrf-token": auth.token },
    body: form,
  }).catch((e: Error) => ({ status: 0, json: async () => ({ message: e.message }) }));
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  return { status: res.status, ms: performance.now() - start, message: body.message ?? "" };
}

const line = Buffer.from("Nhiệm vụ triển khai thực hiện kế hoạch của ủy ban nhân dân\n");
const shapes: Array<[string, () => Buffer, string]> = [
  [".docx → 10 MiB XML", () => docxBomb(10), "bom-10.docx"],
  [".docx → 50 MiB XML", () => docxBomb(50), "bom-50.docx"],
  [".docx, 50 MiB XML declared 1 KB", () => docxBomb(50, { declaredSize: 1024 }), "bom-lie.docx"],
  [
    ".txt 19 MiB",
    () => Buffer.concat(Array.from({ length: Math.floor((19 * 2 ** 20) / line.length) }, () => line)),
    "dai.txt",
  ],
  [".txt 4 M short lines", () => Buffer.from("a\n".repeat(4_000_000)), "dong.txt"],
  [
    ".txt 14,000 list items",
    () => Buffer.from(Array.from({ length: 14_000 }, (_, i) => `- việc ${i}`).join("\n")),
    "muc.txt",
  ],
];

const server = await startServer();
const base = `http://127.0.0.1:${server.port}`;
try {
  const auth = await signIn(base, "tuyengiao.duk");
  const baseline = await healthWhile(base, null, 5);
  console.log(
    `baseline (no import)             health ${baseline.rps.toFixed(0)} req/s, p99 ${baseline.p99} ms`,
  );
  for (const [name, make, fileName] of shapes) {
    const bytes = make();
    const importing = importFile(base, auth, bytes, fileName);
    const [health, result] = await Promise.all([healthWhile(base, importing), importing]);
    console.log(
      `${name.padEnd(33)} import ${result.status} in ${(result.ms / 1000).toFixed(1)} s; health ${health.rps.toFixed(0)} req/s, p99 ${health.p99} ms, ${health.errors} errors — ${result.message.slice(0, 90)}`,
    );
  }
} finally {
  server.kill("SIGTERM");
}
