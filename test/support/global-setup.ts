// Runs once per test run and project (unit, e2e), before any test file: keeps the clock honest
// (UTC) and builds the databases every test file copies (test/support/templates.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { E2E_DEMO, UNIT_DEMO } from "./demo-seeds.ts";
import { findLeaks, knownSecrets } from "./run-log.ts";
import { buildTemplates } from "./templates.ts";

const CACHE = fileURLToPath(new URL("../../node_modules/.cache/thucthi-tests", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplates: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.TZ = "UTC";
  const e2e = project.name === "e2e";
  const { templates, remove } = await buildTemplates(project.name, e2e ? E2E_DEMO() : UNIT_DEMO);
  project.provide("dbTemplates", JSON.stringify(templates));
  mkdirSync(CACHE, { recursive: true });
  // One file per run and project: two runs side by side (two terminals) must not share a log.
  const runLog = `${CACHE}/run-${project.name}-${process.pid}.log`;
  writeFileSync(runLog, "");
  writeFileSync(`${runLog}.secrets`, "");
  project.provide("runLog", runLog);
  return async () => {
    await remove();
    searchRunLog(runLog);
  };
}

/** Fails the run when its log holds a secret or personal data; the file stays for inspection then. */
function searchRunLog(runLog: string) {
  const log = readFileSync(runLog, "utf8");
  const leaks = findLeaks(log, knownSecrets(runLog));
  if (leaks.length) {
    const shown = leaks.slice(0, 20).map((l) => `  dòng ${l.line}: ${l.kind}`);
    // Vitest reports an error thrown here but still exits 0: the exit code must say it too.
    process.exitCode = 1;
    throw new Error(`Nhật ký của lần chạy (${runLog}) lộ ${leaks.length} chỗ:\n${shown.join("\n")}`);
  }
  const lines = log.split("\n").filter(Boolean).length;
  console.log(
    `Nhật ký của lần chạy (${project(runLog)}): ${lines} dòng, không lộ bí mật hay dữ liệu cá nhân.`,
  );
  rmSync(runLog, { force: true });
  rmSync(`${runLog}.secrets`, { force: true });
}

const project = (runLog: string) => runLog.replace(/^.*run-(\w+)-\d+\.log$/, "$1");
