import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../modules/auth/adapters/password.ts";
import { assertProductionSafe, loadConfig } from "./config.ts";

const key = { secretKey: Buffer.alloc(32, 1), dataDir: "/nonexistent-test-data" };

describe("test-only settings", () => {
  it("refuses to run a production server with the cheap password hash of test runs", () => {
    const production = loadConfig({}, { ...key, mode: "production" });
    expect(() => assertProductionSafe(production, { THUCTHI_PASSWORD_COST: "test" })).toThrow(
      /chỉ dùng khi kiểm thử/,
    );
    expect(() => assertProductionSafe(production, {})).not.toThrow();
  });

  it("lets a demonstration run with it, since its accounts are public anyway", () => {
    const demo = loadConfig({}, { ...key, mode: "demo" });
    expect(() => assertProductionSafe(demo, { THUCTHI_PASSWORD_COST: "test" })).not.toThrow();
  });

  it("hashes at argon2's full cost unless the test cost is set, and both verify", async () => {
    const saved = process.env.THUCTHI_PASSWORD_COST;
    try {
      delete process.env.THUCTHI_PASSWORD_COST;
      const full = await hashPassword("Mật-khẩu-1");
      expect(full).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
      process.env.THUCTHI_PASSWORD_COST = "test";
      const cheap = await hashPassword("Mật-khẩu-1");
      expect(cheap).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
      expect(await verifyPassword(full, "Mật-khẩu-1")).toBe(true);
      expect(await verifyPassword(cheap, "Mật-khẩu-2")).toBe(false);
    } finally {
      process.env.THUCTHI_PASSWORD_COST = saved;
    }
  });
});
