import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { webBuildIsStale } from "./build-web-if-needed.mjs";

const root = mkdtempSync(join(tmpdir(), "thucthi-webcheck-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `path` under root with the given modification time (seconds since the epoch). */
const write = (path: string, mtime: number) => {
  const file = join(root, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, "x");
  utimesSync(file, mtime, mtime);
};

describe("webBuildIsStale", () => {
  it("is stale with no build, fresh after one, stale again when a source or src/core changes", () => {
    write("web/index.html", 1000);
    write("web/src/main.tsx", 1000);
    write("src/core/text/fold.ts", 1000);
    expect(webBuildIsStale(root)).toBe(true);
    write("web/dist/index.html", 2000);
    expect(webBuildIsStale(root)).toBe(false);
    write("web/src/tasks/Page.tsx", 3000);
    expect(webBuildIsStale(root)).toBe(true);
    write("web/dist/index.html", 4000);
    write("src/core/text/fold.ts", 5000);
    expect(webBuildIsStale(root)).toBe(true);
  });
});
