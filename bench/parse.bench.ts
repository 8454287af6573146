// Directive parser speed: in-process parsing of the five seed documents (demo/seeds), and the
// `thucthi parse` command on 1,000 documents in one call. Prints figures; not a pass/fail test.
// Run: node bin/run-ts.js bench/parse.bench.ts
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "../src/parser/index.ts";

const root = join(import.meta.dirname, "..");
const seedsDir = join(root, "demo", "seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(seedsDir, f), "utf8") }));

const ROUNDS = 200;
for (let i = 0; i < 20; i++) for (const s of seeds) parse(s.text);
let total = 0;
for (const s of seeds) {
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) parse(s.text);
  const ms = (performance.now() - start) / ROUNDS;
  total += ms;
  const kb = Buffer.byteLength(s.text) / 1024;
  console.log(`${s.name}: ${ms.toFixed(2)} ms/doc, ${(kb / (ms / 1000)).toFixed(0)} KB/s`);
}
console.log(`five seeds: ${total.toFixed(1)} ms in total (target < 100 ms)`);

// One paragraph broken into thousands of lines (a web page converted with its line breaks, a PDF
// without paragraph ends): re-joining must stay linear in the length of the text.
for (const n of [2000, 8000]) {
  const words = "tăng cường công tác chỉ đạo kiểm tra giám sát việc thực hiện nhiệm vụ được giao và";
  const text = [
    "ỦY BAN NHÂN DÂN",
    "KẾ HOẠCH",
    "I. NHIỆM VỤ",
    "1. Các sở, ngành",
    ...Array(n).fill(words),
  ].join("\n");
  const start = performance.now();
  parse(text);
  const ms = performance.now() - start;
  console.log(
    `one paragraph of ${n} broken lines (${(text.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms`,
  );
}

const COUNT = 1000;
const dir = mkdtempSync(join(tmpdir(), "thucthi-parse-bench-"));
try {
  const files: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const s = seeds[i % seeds.length]!;
    const file = join(dir, `${String(i).padStart(4, "0")}-${s.name}`);
    copyFileSync(join(seedsDir, s.name), file);
    files.push(file);
  }
  const start = performance.now();
  const out = execFileSync(process.execPath, [join(root, "bin", "thucthi.js"), "parse", ...files], {
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const seconds = (performance.now() - start) / 1000;
  const lines = out.toString("utf8").trimEnd().split("\n").length;
  console.log(
    `thucthi parse on ${COUNT} documents: ${seconds.toFixed(1)} s, ${lines} JSON lines (target < 20 s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
