#!/usr/bin/env node
// The README's test command (`npm test`): makes sure Debian's Chromium is there for the browser
// tests (installs it with apt when run as root, else stops with the one command to run), builds the
// web app when it is out of date (the check `npm start` uses), then runs every test (unit, API,
// browser) with Vitest.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Thiếu Chromium (${CHROMIUM}) cho kiểm thử trên trình duyệt. Hãy cài rồi chạy lại:\n  sudo apt-get install -y --no-install-recommends chromium`,
    );
    process.exit(1);
  }
  console.error("Đang cài Chromium của Debian (apt-get install chromium)...");
  // Without recommends: the browser alone, not the 125 packages (fonts, desktop integration) apt adds.
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

ensureChromium();
const build = spawnSync(process.execPath, ["scripts/build-web-if-needed.mjs"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC", CHROMIUM_PATH: CHROMIUM },
});
process.exit(run.status ?? 1);
