// `thucthi report render --demo`: the demo report and its figures written without a server or a
// database, once as a person runs it (a child process), and its refusals in Vietnamese.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { thucthi, thucthiSpawned } from "../../../test/support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "thucthi-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// No database: the command must not need one.
const env = { DATA_DIR: join(dir, "no-data"), DATABASE_URL: "" };

describe("thucthi report render", () => {
  it("writes the demo report as .docx and its figures as .xlsx", async () => {
    const docx = join(dir, "bao-cao.docx");
    const xlsx = join(dir, "so-lieu.xlsx");
    const res = await thucthiSpawned(["report", "render", "--demo", docx, "--xlsx", xlsx], { env });
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(`Đã ghi báo cáo mẫu vào ${docx} và số liệu vào ${xlsx}.\n`);
    for (const file of [docx, xlsx]) expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    expect(existsSync(join(dir, "no-data"))).toBe(false);
  }, 60_000);

  it("refuses without --demo, a name that is not .docx, or an unwritable path, in Vietnamese", async () => {
    const noDemo = await thucthi(["report", "render", join(dir, "a.docx")], { env });
    expect(noDemo.code).toBe(2);
    expect(noDemo.stderr).toContain("thêm --demo");
    const wrong = await thucthi(["report", "render", "--demo", join(dir, "a.pdf")], { env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("phải có đuôi .docx");
    const badXlsx = await thucthi(["report", "render", "--demo", join(dir, "a.docx"), "--xlsx", "b.csv"], {
      env,
    });
    expect(badXlsx.code).toBe(2);
    expect(badXlsx.stderr).toContain("phải có đuôi .xlsx");
    const unwritable = await thucthi(["report", "render", "--demo", join(dir, "missing", "a.docx")], { env });
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain("Không ghi được tệp");
    expect(unwritable.stderr).toContain("ENOENT");
  });
});
