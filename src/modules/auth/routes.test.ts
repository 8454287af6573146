import { describe, expect, it } from "vitest";
import { DEMO } from "../../../test/support/app.ts";
import { setupTestApp, withTestApp } from "../../../test/support/lifecycle.ts";
import { totpCode } from "./adapters/totp.ts";

const t = setupTestApp();

describe("signing in", () => {
  it("signs a ward specialist in with an HttpOnly session cookie", async () => {
    const c = t.client();
    const res = await c.signIn("chuyenvien.p1");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: "ok", user: { fullName: "Nguyễn Thị Mai" } });
    const cookie = (res.raw.cookies as Array<{ name: string; httpOnly?: boolean }>).find(
      (k) => k.name === "tt_session",
    );
    expect(cookie?.httpOnly).toBe(true);
    expect((await c.get("/api/auth/me")).body).toMatchObject({
      memberships: [{ orgName: "Ủy ban nhân dân Phường 1", role: "specialist" }],
    });
  });

  it("refuses a request that changes state without the CSRF token", async () => {
    const c = await t.signedIn("admin");
    const res = await c.request("POST", "/api/auth/logout", {}, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "CSRF" });
  });

  it("locks an account for a while after five wrong passwords, even with the right one after", async () => {
    const c = t.client();
    for (let i = 0; i < 4; i++) expect((await c.signIn("chuyenvien.p3", "sai-mat-khau-1")).status).toBe(401);
    const fifth = await c.signIn("chuyenvien.p3", "sai-mat-khau-1");
    expect(fifth.status).toBe(401);
    const locked = await c.signIn("chuyenvien.p3");
    expect(locked.status).toBe(423);
    expect(locked.body).toMatchObject({ code: "LOCKED", message: expect.stringContaining("tạm khóa") });
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await c.signIn("chuyenvien.p3")).status).toBe(200);
  });

  it("gives the same answer for an unknown name as for a wrong password", async () => {
    const a = await t.client().signIn("khong.ton.tai", "abc");
    const b = await t.client().signIn("chuyenvien.p1", "abc");
    expect(a.body).toEqual(b.body);
  });

  it("asks an administrator for the TOTP code before anything else", async () => {
    const c = t.client();
    const first = await c.post("/api/auth/login", { username: "admin", password: DEMO.password });
    expect(first.body).toMatchObject({ state: "totp_required" });
    expect((await c.get("/api/orgs")).body).toMatchObject({ code: "MFA_REQUIRED" });
    const wrong = await c.post("/api/auth/totp", { code: "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: "VALIDATION", details: [{ field: "code" }] });
    const ok = await c.post("/api/auth/totp", { code: totpCode(DEMO.adminTotpSecret, t.clock.now) });
    expect(ok.body).toMatchObject({ state: "ok", isAdmin: true });
    expect((await c.get("/api/orgs")).status).toBe(200);
  });

  it("refuses a TOTP code that was already used (RFC 6238 §5.2)", async () => {
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000);
    const code = totpCode(DEMO.adminTotpSecret, t.clock.now);
    const first = t.client();
    await first.post("/api/auth/login", { username: "admin", password: DEMO.password });
    expect((await first.post("/api/auth/totp", { code })).status).toBe(200);
    const second = t.client();
    await second.post("/api/auth/login", { username: "admin", password: DEMO.password });
    const replay = await second.post("/api/auth/totp", { code });
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ message: expect.stringContaining("đã dùng rồi") });
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    expect(
      (await second.post("/api/auth/totp", { code: totpCode(DEMO.adminTotpSecret, t.clock.now) })).status,
    ).toBe(200);
  });

  it("makes a new administrator enrol a second factor, and lets any official enrol one", async () => {
    const admin = await t.signedIn("admin");
    const me = (await admin.get("/api/auth/me")).body as { memberships: Array<{ orgId: string }> };
    const created = await admin.post("/api/people", {
      username: "quantri2",
      fullName: "Quản trị Hai",
      password: "MatKhauMoi2026",
      memberships: [{ orgId: me.memberships[0]!.orgId, role: "admin" }],
    });
    expect(created.status).toBe(200);
    const c = t.client();
    expect((await c.signIn("quantri2", "MatKhauMoi2026")).body).toMatchObject({
      state: "totp_enrol_required",
    });
    expect((await c.get("/api/orgs")).body).toMatchObject({ code: "MFA_REQUIRED" });
    const enrol = (await c.post("/api/auth/totp/enrol")).body as {
      secret: string;
      qrDataUrl: string;
      uri: string;
    };
    expect(enrol.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.uri).toContain("otpauth://totp/");
    const done = await c.post("/api/auth/totp/enrol/confirm", { code: totpCode(enrol.secret, t.clock.now) });
    expect(done.body).toMatchObject({ state: "ok", totpEnabled: true });
    expect((await c.get("/api/orgs")).status).toBe(200);
  });

  it("ends the session on sign-out", async () => {
    const c = await t.signedIn("chuyenvien.p1");
    expect((await c.post("/api/auth/logout")).status).toBe(200);
    expect((await c.get("/api/orgs")).status).toBe(401);
  });
});

describe("guards on the sign-in route", () => {
  it("limits sign-in attempts per minute from one address", async () => {
    await withTestApp({ loginRateLimit: 3 }, async (limited) => {
      const c = limited.client();
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await c.signIn("chuyenvien.p1", "sai-mat-khau-9")).status);
      expect(codes).toEqual([401, 401, 401, 429]);
    });
  });

  it("refuses demo accounts in production mode", async () => {
    await withTestApp({ mode: "production" }, async (prod) => {
      const res = await prod.client().signIn("chuyenvien.p1");
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ message: expect.stringContaining("trình diễn") });
    });
  });
});
