// `thucthi calendar` with a database: schedules an administrator entered win over the built-in ones;
// when the database cannot be opened, the built-in schedules answer, with a note on stderr.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { thucthi as thucthiInProcess } from "../../../test/support/cli.ts";
import type { IsoDate } from "../../core/calendar/index.ts";
import { openDatabase } from "../../db/client.ts";
import { holidaySchedules } from "../../modules/holiday-schedules/schema.ts";

let dataDir: string;

/** The command in this process (calendar.test.ts runs it once as a child process). */
function thucthi(env: Record<string, string>, ...args: string[]) {
  const clean: NodeJS.ProcessEnv = { DATABASE_URL: "", DATA_DIR: "", ...env };
  if (!clean.DATABASE_URL) clean.DATABASE_URL = undefined;
  return thucthiInProcess(args, { env: clean });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "thucthi-cal-"));
  const database = await openDatabase({ dataDir });
  await database.migrate();
  // The Government moved a day: Monday 02/03/2026 off (entered by an administrator).
  await database.db.insert(holidaySchedules).values({
    year: 2026,
    daysOff: [{ date: "2026-03-02" as IsoDate, name: "Nghỉ theo thông báo mẫu", kind: "swap" }],
    makeUpWorkingDays: [],
    sources: [{ symbol: "99/TB-MAU" }],
  });
  await database.close();
}, 60_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("thucthi calendar with a database", () => {
  it("counts with the schedule an administrator entered", async () => {
    const r = await thucthi({ DATA_DIR: dataDir }, "calendar", "add-working-days", "2026-02-27", "1");
    expect(r).toMatchObject({ code: 0, stdout: "2026-03-03\n", stderr: "" });
    const h = await thucthi({ DATA_DIR: dataDir }, "calendar", "holidays", "2026");
    expect(h.stdout).toContain("Ngày nghỉ năm 2026 (lịch do quản trị nhập):");
    expect(h.stdout).toContain("99/TB-MAU");
  });

  it("falls back to the built-in schedules, with a note, while a server holds the embedded database", async () => {
    // Our parent plays the running server: a live process other than the command (run in ours).
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
      const r = await thucthi({ DATA_DIR: dataDir }, "calendar", "add-working-days", "2026-02-27", "1");
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("2026-03-02\n");
      expect(r.stderr).toContain("Ghi chú: không đọc được lịch nghỉ do quản trị nhập");
      expect(r.stderr).toContain("máy chủ Thực Thi");
    } finally {
      rmSync(join(dataDir, "thucthi.lock"), { force: true });
    }
  });

  it("falls back too when DATABASE_URL names a server that does not answer", async () => {
    const r = await thucthi(
      { DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" },
      "calendar",
      "add-working-days",
      "2026-02-27",
      "1",
    );
    expect(r.stdout).toBe("2026-03-02\n");
    expect(r.stderr).toContain("Ghi chú");
  });
});
