import { defineConfig } from "vitest/config";

// Two projects: unit/API tests beside the code (src/**), browser tests in test/e2e.
// TZ=UTC so that code which silently relies on local time fails (docs/decisions/time.md).
process.env.TZ = "UTC";
// Cheap password hashes in tests only (a production server refuses this: src/server/config.ts).
process.env.THUCTHI_PASSWORD_COST = "test";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
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
          // Browser tests share one Chromium and one port range: run them one file at a time.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
    ],
  },
});
