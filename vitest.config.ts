import { defineConfig } from "vitest/config";

// Two projects: unit/API tests beside the code (src/**), browser tests in test/e2e.
// TZ=UTC so that code which silently relies on local time fails (docs/decisions/time.md).
process.env.TZ = "UTC";
// Cheap password hashes in tests only (a production server refuses this: src/server/config.ts).
process.env.THUCTHI_PASSWORD_COST = "test";

export default defineConfig({
  test: {
    // Much of a test waits on PGlite, Chromium or the network: more workers than cores keeps both
    // cores busy (the default, cores − 1, leaves one of two idle).
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: "unit",
          // Worker threads start faster than child processes: most files are small.
          pool: "threads",
          include: ["src/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Each file has its own server (port 0), database copy and Chromium, so files run side
          // by side with the unit tests — in the same pool: projects of different pools run one
          // after the other.
          pool: "threads",
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
    ],
  },
});
