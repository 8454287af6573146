// `thucthi import` in this process; its first case also as a child process (the smoke test).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, thucthi as thucthiInProcess, thucthiSpawned } from "../../../test/support/cli.ts";

const plan = fileURLToPath(new URL("../../modules/directives/testdata/province-plan.txt", import.meta.url));
const orgsFile = fileURLToPath(new URL("../../../demo/orgs.json", import.meta.url));
let dataDir: string;

const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: "" });
const thucthi = (...args: string[]): Promise<CliRun> => thucthiInProcess(args, { env: env() });
const spawned = (...args: string[]): Promise<CliRun> => thucthiSpawned(args, { env: env() });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "thucthi-import-"));
  expect((await thucthi("orgs", "import", orgsFile)).code).toBe(0);
}, 60_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("thucthi import", () => {
  it("imports a document as a draft for the given body and says where to review it", async () => {
    const r = await spawned("import", plan, "--owner", "bd.tu");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã nhập bản nháp: 60-KH/TU");
    expect(r.stdout).toMatch(/2 nhóm nhiệm vụ, 2 nhiệm vụ/);
    expect(r.stdout).toMatch(/Rà soát và xác nhận tại: \/directives\/[0-9a-f-]{36}/);
  }, 60_000);

  it("refuses the same document twice, with a link to the draft (exit 4)", async () => {
    const r = await thucthi("import", plan, "--owner", "bd.tu");
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/đã được nhập \(cùng nội dung\)/);
    expect(r.stderr).toMatch(/Xem tại: \/directives\//);
  }, 60_000);

  it("refuses an unknown body code", async () => {
    const r = await thucthi("import", plan, "--owner", "khong.co");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có cơ quan mã "khong.co"');
  }, 60_000);

  it("refuses clearly while a running server holds the embedded database (exit 3)", async () => {
    // The command runs in this process: the live process holding the lock is our parent.
    const lock = join(dataDir, "thucthi.lock");
    writeFileSync(
      lock,
      JSON.stringify({
        pid: process.ppid,
        port: 3000,
        startedAt: new Date().toISOString(),
        purpose: "serve",
      }),
    );
    try {
      const r = await thucthi("import", plan, "--owner", "bd.tu");
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/đang được máy chủ Thực Thi dùng \(PID \d+, cổng 3000\)/);
    } finally {
      rmSync(lock);
    }
  }, 60_000);
});
