// How the demo is seeded for each kind of test, in one place: the test apps' secret key and clock
// (test/support/app.ts), the browser tests' (test/e2e/support/server.ts). A template database is
// seeded this way once per run; a test file that seeds differently builds its own.
import type { DemoSeed } from "./templates.ts";

/** API and use-case tests: a fixed clock (Monday 23/11/2026, 10:00 in Vietnam). */
export const UNIT_DEMO: DemoSeed = {
  secretKey: Buffer.alloc(32, 1),
  now: new Date("2026-11-23T03:00:00Z"),
  system: "test",
};

/** Browser tests run on real time (the server's clock moves only forward from the run's start). */
export const E2E_DEMO = (): DemoSeed => ({ secretKey: Buffer.alloc(32, 7), now: new Date(), system: "demo" });
