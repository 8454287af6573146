#!/usr/bin/env node
// The README's test command (`npm test`): makes sure Debian's Chromium, LibreOffice, poppler and
// Liberation fonts are there (installs them with apt when run as root, else stops with the one
// command to run), builds the web app when it is out of date (the check `npm start` uses), then
// runs every test (unit, API, browser) with Vitest.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian packages the tests drive: the browser, and LibreOffice with Times' metrics for the reports. */
function missingPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push("chromium");
  if (!existsSync("/usr/bin/soffice")) missing.push("libreoffice-writer");
  if (!existsSync("/usr/bin/pdftoppm")) missing.push("poppler-utils");
  // Liberation Serif 2: Times New Roman's metrics with every Vietnamese letter (version 1 lacks some).
  const fonts = spawnSync("fc-list", [], { encoding: "utf8" });
  if (!String(fonts.stdout ?? "").includes("LiberationSerif-Regular")) missing.push("fonts-liberation2");
  return missing;
}

function ensurePackages() {
  const missing = missingPackages();
  if (!missing.length) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Thiếu gói cho kiểm thử (${missing.join(", ")}). Hãy cài rồi chạy lại:\n  sudo ${command}`);
    process.exit(1);
  }
  console.error(`Đang cài gói của Debian: ${missing.join(" ")}...`);
  // Without recommends: the packages alone, not the hundred-odd that apt would add with them.
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

ensurePackages();
const build = spawnSync(process.execPath, ["scripts/build-web-if-needed.mjs"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC", CHROMIUM_PATH: CHROMIUM },
});
process.exit(run.status ?? 1);
