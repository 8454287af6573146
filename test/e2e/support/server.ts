// The whole application in this process, as in production: a fresh demo-seeded database (PGlite in
// memory, or a new database on TEST_DATABASE_URL), the API and the built web app (web/dist) on a
// free port of 127.0.0.1. Build the web app first: `npm run build:web` (npm test does it).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { seedDemo } from "../../../src/demo/seed.ts";
import { createSecretBox } from "../../../src/modules/auth/adapters/secret-box.ts";
import { totpCode } from "../../../src/modules/auth/adapters/totp.ts";
import { memoryStorage } from "../../../src/modules/files/adapters/storage.ts";
import type { AppDeps } from "../../../src/modules/shared/deps.ts";
import { buildApp, WEB_DIST } from "../../../src/server/app.ts";
import { loadConfig } from "../../../src/server/config.ts";
import { TestClient } from "../../support/app.ts";
import { createDemoDatabase, createTestDatabase } from "../../support/db.ts";
import { E2E_DEMO } from "../../support/demo-seeds.ts";
import { runLogger } from "../../support/run-log.ts";
import { launchBrowser } from "./browser.ts";

export const DEMO = JSON.parse(
  readFileSync(new URL("../../../demo/accounts.json", import.meta.url), "utf8"),
) as {
  password: string;
  adminTotpSecret: string;
};

/**
 * The server's clock: real time plus an offset. A TOTP code is accepted only once (RFC 6238 §5.2),
 * so each administrator sign-in moves the clock to the next 30-second step instead of waiting.
 */
let offsetMs = 0;
export const clock = {
  get now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  set now(d: Date) {
    offsetMs = d.getTime() - Date.now();
  },
};

/** A fresh administrator TOTP code, in a step no earlier sign-in used. */
export const adminTotpCode = (): string => {
  clock.now = new Date(clock.now.getTime() + 30_000);
  return totpCode(DEMO.adminTotpSecret, clock.now);
};

export interface E2EServer {
  /** "http://127.0.0.1:PORT" */
  baseUrl: string;
  app: FastifyInstance;
  deps: AppDeps;
  close(): Promise<void>;
}

export async function startServer(): Promise<E2EServer> {
  if (!existsSync(join(WEB_DIST, "index.html")))
    throw new Error(`Không thấy giao diện đã build (${WEB_DIST}). Hãy chạy: npm run build:web`);
  // The run's demo template (seeded once by the e2e project's global setup, test/support/
  // demo-seeds.ts), else a database seeded here.
  const seeded = await createDemoDatabase();
  const database = seeded ?? (await createTestDatabase());
  const config = loadConfig(
    {},
    {
      mode: "demo",
      dataDir: "/nonexistent-e2e-data",
      secretKey: E2E_DEMO().secretKey,
      cookieSecure: false,
      // Every test signs in; the production limit would slow a run down, not test anything.
      loginRateLimit: 1000,
    },
  );
  const box = createSecretBox(config.secretKey);
  const now = () => clock.now;
  if (!seeded) await seedDemo({ db: database.db, actor: null, system: "demo", now: now() }, box);
  const deps: AppDeps = { database, config, box, storage: memoryStorage(), now };
  // Serve a snapshot of the build: a rebuild during the run (another terminal) must not break pages.
  const webDist = mkdtempSync(join(tmpdir(), "thucthi-web-"));
  const removeWebDist = () => rmSync(webDist, { recursive: true, force: true });
  // Also when the run ends without the file's afterAll (a timeout, Ctrl-C): nothing stays in /tmp.
  process.once("exit", removeWebDist);
  cpSync(WEB_DIST, webDist, { recursive: true });
  const app = await buildApp(deps, { serveWeb: true, webDist, logger: await runLogger() });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("the server has no TCP address");
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    app,
    deps,
    close: async () => {
      try {
        await app.close();
        await database.close();
      } finally {
        removeWebDist();
        process.off("exit", removeWebDist);
      }
    },
  };
}

/**
 * An API client on the same server (Fastify inject, cookies and CSRF kept), to prepare data a test
 * needs without clicking through screens that other tests cover.
 */
export function apiClient(server: E2EServer): TestClient {
  return new TestClient(server.app, clock);
}

/**
 * The usual set-up of a browser-test file: one app and one Chromium for the file, closed after it.
 * Read `e2e.server` and `e2e.browser` inside tests (they exist once beforeAll has run).
 */
export function setupBrowserApp(): { server: E2EServer; browser: Browser } {
  const e2e = {} as { server: E2EServer; browser: Browser };
  beforeAll(async () => {
    [e2e.server, e2e.browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
  });
  return e2e;
}
