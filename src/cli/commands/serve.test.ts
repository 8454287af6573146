// Smoke test of `thucthi serve`, started as a person starts it: SIGTERM (systemd, docker stop, a
// terminal's kill) must stop the server and everything it started, and free the port.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on now. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });

/** Every process below `pid` (Linux: the parent pid is the 4th field of /proc/PID/stat). */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we read.
    }
  }
  const below = (p: number): number[] =>
    [...parentOf].filter(([, ppid]) => ppid === p).flatMap(([child]) => [child, ...below(child)]);
  return below(pid);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const health = (port: number): Promise<boolean> =>
  fetch(`http://127.0.0.1:${port}/api/health`).then(
    (r) => r.ok,
    () => false,
  );

async function waitFor(what: string, ok: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts `command`, waits until it serves, sends SIGTERM to it alone; returns its exit code. */
async function startThenTerminate(
  command: string,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<number | null> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "thucthi-serve-"));
  dataDirs.push(dataDir);
  const child: ChildProcess = spawn(command, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  let ended = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      ended = true;
      resolve(code);
    }),
  );
  const pid = child.pid as number;
  try {
    await waitFor("/api/health", () => ended || health(port), 120_000);
    if (ended) throw new Error("the server ended before serving");
  } catch (e) {
    child.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
  const started = [pid, ...descendants(pid)];
  process.kill(pid, "SIGTERM");
  const code = await exited;
  await waitFor("every started process to end", () => started.every((p) => !alive(p)), 10_000).catch((e) => {
    for (const p of started.filter(alive)) process.kill(p, "SIGKILL");
    throw e;
  });
  expect(await health(port)).toBe(false);
  return code;
}

describe("thucthi serve and SIGTERM", () => {
  it("node bin/thucthi.js serve stops, closes its port and leaves no process behind", async () => {
    // Production mode refuses the tests' cheap password hashing (and seeds nothing, so needs none).
    const production = { THUCTHI_PASSWORD_COST: undefined };
    expect(await startThenTerminate(process.execPath, ["bin/thucthi.js", "serve"], production)).toBe(0);
  }, 180_000);

  it("npm start (through npm and its shell) stops the server too, with the server's exit code", async () => {
    // --ignore-scripts skips prestart (the web build); the start script itself still runs.
    expect(await startThenTerminate("npm", ["start", "--ignore-scripts", "--silent"])).toBe(0);
  }, 180_000);
});
