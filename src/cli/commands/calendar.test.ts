// `thucthi calendar` in this process; its first case also as a child process (the smoke test).
import { describe, expect, it } from "vitest";
import { type CliRun, thucthi as thucthiInProcess, thucthiSpawned } from "../../../test/support/cli.ts";

const thucthi = (...args: string[]): Promise<CliRun> => thucthiInProcess(args);

describe("thucthi calendar", () => {
  it("prints Tết of 1968, 1985, 2007 and 2030 by the Vietnamese calendar, one line per year", async () => {
    const r = await thucthiSpawned(["calendar", "tet", "1968", "1985", "2007", "2030"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("1968-01-29\n1985-01-21\n2007-02-17\n2030-02-02\n");
  });

  it("refuses a year outside 1900–2100 with a Vietnamese error and a non-zero exit code", async () => {
    const r = await thucthi("calendar", "tet", "2026", "2101");
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('Năm "2101" không hợp lệ: cần một năm từ 1900 đến 2100.');
  });

  it("adds working days across Tết 2026, forwards and backwards", async () => {
    expect((await thucthi("calendar", "add-working-days", "2026-02-12", "10")).stdout).toBe("2026-03-05\n");
    expect((await thucthi("calendar", "add-working-days", "2026-03-05", "-10")).stdout).toBe("2026-02-12\n");
    const bad = await thucthi("calendar", "add-working-days", "12/02/2026", "10");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("cần dạng YYYY-MM-DD");
  });

  it("lists the days off of 2026 with Vietnamese weekdays, the make-up Saturday and the sources", async () => {
    const r = await thucthi("calendar", "holidays", "2026");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-02-17  Thứ Ba    Tết Âm lịch");
    expect(r.stdout).toContain("2026-04-27  Thứ Hai   Nghỉ bù Giỗ Tổ Hùng Vương");
    expect(r.stdout).toMatch(/Ngày làm bù:\n {2}2026-08-22 {2}Thứ Bảy/);
    expect(r.stdout).toContain("9441/TB-BNV");
  });
});
