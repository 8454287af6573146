// Drives the `thucthi parse` command (src/cli/commands/parse.ts) as a user runs it: in this
// process, and its first case as a child process too (the smoke test of the command).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { thucthi as thucthiInProcess, thucthiSpawned } from "../../test/support/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const seed = join(root, "demo", "seeds", "002_a85277af82c186c2.txt");

const thucthi = (args: string[], input?: string) => thucthiInProcess(args, { stdin: input });

describe("thucthi parse", () => {
  it("prints one JSON object for one file, and only JSON on stdout", async () => {
    const { stdout, code } = await thucthiSpawned(["parse", seed]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.file).toBe(seed);
    expect(r.type.code).toBe("KH");
  });

  it("prints JSON Lines in the given order for several files, and fails only for the unreadable one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thucthi-parse-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const a = join(dir, "a.txt");
    writeFileSync(a, "CHỈ THỊ\nVề phòng cháy\n");
    const { stdout, stderr, code } = await thucthi(["parse", a, join(dir, "missing.txt"), seed]);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a, seed]);
    expect(stderr).toMatch(/Không đọc được tệp .*missing\.txt/);
  });

  it("reads stdin and prints a Vietnamese outline with --format text", async () => {
    const { stdout } = await thucthi(
      ["parse", "-", "--format", "text"],
      "KẾ HOẠCH\nTổ chức hội thi\n\nI. NHIỆM VỤ\n1. Sở Văn hóa chủ trì tổ chức hội thi.\n",
    );
    expect(stdout).toMatch(/Loại văn bản: Kế hoạch \(KH\)/);
    expect(stdout).toMatch(/chủ trì: Sở Văn hóa/);
  });

  it("prints each task with its line, its lead or that none is known, and its time frame", async () => {
    const { stdout } = await thucthi(
      ["parse", "-", "--format", "text"],
      "KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tập huấn\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian thực hiện: Quý II năm 2026.\n2. Rà soát văn bản\n",
    );
    expect(stdout).toMatch(/dòng 5 \[1\] Tập huấn\n\s+chủ trì: Sở Nội vụ \| trong 30\/06\/2026/);
    expect(stdout).toMatch(
      /dòng 8 \[2\] Rà soát văn bản\n\s+chủ trì: \(chưa rõ\) \| thời gian: \(không ghi\)/,
    );
    expect(stdout).toMatch(/! 1 nhiệm vụ chưa rõ đơn vị chủ trì/);
  });

  it("refuses an unknown format in Vietnamese", async () => {
    const { stderr, code } = await thucthi(["parse", seed, "--format", "xml"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Định dạng "xml" không hợp lệ/);
  });
});
