#!/usr/bin/env node
// Runs before `npm start`: builds the web app when web/dist is missing or older than its sources,
// so a fresh clone serves the interface with no extra command.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const built = "web/dist/index.html";
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

if (!existsSync("web/index.html")) process.exit(0);
const stale =
  !existsSync(built) ||
  Math.max(newest("web/src"), statSync("web/index.html").mtimeMs) > statSync(built).mtimeMs;
if (stale) {
  console.error("Đang xây dựng giao diện web (vite build)...");
  const r = spawnSync("npm", ["run", "--silent", "build:web"], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
