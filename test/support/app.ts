// An application on a fresh, demo-seeded database, driven through Fastify's inject with a small
// client that keeps cookies and the CSRF token like a browser would.

import { readFileSync } from "node:fs";
import type { FastifyInstance, InjectOptions } from "fastify";
import { seedDemo } from "../../src/demo/seed.ts";
import { createSecretBox } from "../../src/modules/auth/adapters/secret-box.ts";
import { totpCode } from "../../src/modules/auth/adapters/totp.ts";
import { memoryStorage } from "../../src/modules/files/adapters/storage.ts";
import type { AppDeps } from "../../src/modules/shared/deps.ts";
import { SESSION_COOKIE } from "../../src/modules/shared/http.ts";
import { buildApp } from "../../src/server/app.ts";
import { type Config, loadConfig } from "../../src/server/config.ts";
import { loggerOptions } from "../../src/server/log.ts";
import { createDemoDatabase, createTestDatabase } from "./db.ts";
import { UNIT_DEMO } from "./demo-seeds.ts";
import { rememberSecret, runLogger } from "./run-log.ts";

export const DEMO = JSON.parse(
  readFileSync(new URL("../../demo/accounts.json", import.meta.url), "utf8"),
) as {
  password: string;
  adminTotpSecret: string;
};

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: { now: Date };
  client(): TestClient;
  close(): Promise<void>;
}

/** `log`: where the app's log lines go instead of the run's log (a test that reads them). */
export async function createTestApp(
  overrides: Partial<Config> = {},
  log?: { write(line: string): unknown },
): Promise<TestApp> {
  const clock = { now: UNIT_DEMO.now };
  const config = loadConfig(
    {},
    {
      mode: "demo",
      dataDir: "/nonexistent-test-data",
      secretKey: UNIT_DEMO.secretKey,
      cookieSecure: false,
      loginRateLimit: 1000,
      ...overrides,
    },
  );
  const box = createSecretBox(config.secretKey);
  // The run's demo template was sealed with UNIT_DEMO's key: another key seeds its own.
  const seeded = config.secretKey.equals(UNIT_DEMO.secretKey) ? await createDemoDatabase() : null;
  const database = seeded ?? (await createTestDatabase());
  if (!seeded)
    await seedDemo({ db: database.db, actor: null, system: UNIT_DEMO.system, now: clock.now }, box);
  const deps: AppDeps = { database, config, box, storage: memoryStorage(), now: () => clock.now };
  const app = await buildApp(deps, {
    serveWeb: false,
    logger: log ? loggerOptions("info", log) : await runLogger(),
  });
  await app.ready();
  return {
    app,
    deps,
    clock,
    client: () => new TestClient(app, clock),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export class TestClient {
  cookies: Record<string, string> = {};
  csrf: string | null = null;
  constructor(
    private app: FastifyInstance,
    private clock: { now: Date },
  ) {}

  async request(method: InjectOptions["method"], url: string, body?: unknown, opts: { csrf?: boolean } = {}) {
    const unsafe = method !== "GET";
    if (unsafe && opts.csrf !== false && !this.csrf) await this.fetchCsrf();
    const res = await this.app.inject({
      method,
      url,
      cookies: this.cookies,
      headers: unsafe && opts.csrf !== false && this.csrf ? { "x-csrf-token": this.csrf } : {},
      ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
    });
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number }>) {
      if (c.value === "" || c.maxAge === 0) delete this.cookies[c.name];
      else {
        this.cookies[c.name] = c.value;
        if (c.name === SESSION_COOKIE) await rememberSecret(c.value);
      }
    }
    return {
      status: res.statusCode,
      body: String(res.headers["content-type"] ?? "").includes("json") ? res.json() : res.body,
      raw: res,
    };
  }

  async fetchCsrf() {
    const res = await this.request("GET", "/api/auth/csrf");
    this.csrf = (res.body as { token: string }).token;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body ?? {});

  /** Signs in a demo account, giving the TOTP code when the account has one. */
  async signIn(username: string, password = DEMO.password) {
    const res = await this.post("/api/auth/login", { username, password });
    if (res.status === 200 && (res.body as { state: string }).state === "totp_required") {
      // A code is accepted only once (RFC 6238 §5.2): every sign-in moves to the next 30-second step.
      this.clock.now = new Date(this.clock.now.getTime() + 30_000);
      return this.post("/api/auth/totp", { code: totpCode(DEMO.adminTotpSecret, this.clock.now) });
    }
    return res;
  }
}
