#!/usr/bin/env node
// Runs before `npm start`, `npm test` and `npm run test:e2e`: builds the web app when web/dist is
// missing or older than what goes into it, so a fresh clone serves the interface with no extra
// command and an up-to-date build is not redone (a vite build takes about half a minute).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What the build reads: the web app, its Vite config, and src/core, which it bundles. */
const INPUTS = ["web/src", "web/public", "web/index.html", "web/vite.config.ts", "src/core"];
const BUILT = "web/dist/index.html";

/** Newest modification time (ms) of a file or of any file below a folder; 0 when absent. */
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
};

/** True when web/dist under `root` is missing or older than one of its inputs. */
export function webBuildIsStale(root = ".") {
  const built = join(root, BUILT);
  if (!existsSync(built)) return true;
  const inputs = Math.max(...INPUTS.map((p) => newest(join(root, p))));
  return inputs > statSync(built).mtimeMs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (existsSync("web/index.html") && webBuildIsStale()) {
    console.error("Đang xây dựng giao diện web (vite build)...");
    const r = spawnSync("npm", ["run", "--silent", "build:web"], { stdio: "inherit" });
    process.exit(r.status ?? 1);
  }
}
