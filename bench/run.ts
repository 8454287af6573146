// `npm run bench`: runs every benchmark in this folder, one process each, and prints their figures.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const r = spawnSync(process.execPath, ["bin/run-ts.js", `bench/${file}`], { stdio: "inherit" });
  if (r.status !== 0) console.log(`(${file} exited with ${r.status})`);
}
