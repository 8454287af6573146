// The database commands on embedded PGlite, in this process; seed, audit and orgs each also run
// once as a child process (`node bin/thucthi.js`), as a person runs them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { thucthi as thucthiInProcess, thucthiSpawned } from "../../test/support/cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "thucthi-cli-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
const thucthi = (...args: string[]) => thucthiInProcess(args, { env });
const spawned = (...args: string[]) => thucthiSpawned(args, { env });

beforeAll(async () => {
  const seeded = await spawned("seed", "--demo");
  expect(seeded.stdout).toContain("Đã nạp dữ liệu trình diễn");
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the thucthi command on embedded PGlite", () => {
  it("verifies an intact audit chain, then names the first broken link after tampering", async () => {
    expect((await spawned("audit", "verify")).stdout).toMatch(/Chuỗi nhật ký toàn vẹn: \d+ sự kiện/);
    const db = new PGlite(join(dataDir, "pglite"));
    await db.query('update audit_events set summary = \'{"name":"sửa lén"}\'::jsonb where seq = 3');
    await db.close();
    const broken = await thucthi("audit", "verify");
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain("bị phá vỡ tại sự kiện số 3");
  });

  it("exports the organisation tree as CSV on stdout", async () => {
    const out = await spawned("orgs", "export", "--format", "csv");
    expect(out.stdout.split("\n")[0]).toBe(
      "code,parent_code,system,kind,level,name,short_name,aliases,valid_from,valid_to,status",
    );
    expect(out.stdout).toContain("Ủy ban nhân dân quận Gò Vấp");
  });

  it("refuses to open the database while another process holds DATA_DIR", async () => {
    // The command runs in this process: the live process holding the lock is our parent.
    writeFileSync(
      join(dataDir, "thucthi.lock"),
      JSON.stringify({
        pid: process.ppid,
        port: 3000,
        startedAt: new Date().toISOString(),
        purpose: "serve",
      }),
    );
    try {
      const res = await thucthi("audit", "verify");
      expect(res.code).toBe(3);
      expect(res.stderr).toContain("đang được máy chủ Thực Thi dùng");
      expect(res.stderr).toContain("DATABASE_URL");
    } finally {
      writeFileSync(join(dataDir, "thucthi.lock"), "{}");
    }
  });

  it("reports a bad import file row by row and changes nothing", async () => {
    const file = join(dataDir, "bad.csv");
    writeFileSync(
      file,
      "code,parent_code,system,kind,level,name,short_name,aliases,valid_from,valid_to,status\nx,,nowhere,ward,,Phường X,,,,,active\n",
    );
    const res = await thucthi("orgs", "import", file);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("Dòng 2: hệ thống phải là một trong");
  });
});
