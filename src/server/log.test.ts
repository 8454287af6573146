// What the server logs of a request: method and path, never the query, a body, a header or a
// token. The whole run's log is searched the same way at its end (test/support/run-log.ts).
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/support/app.ts";
import { findLeaks } from "../../test/support/run-log.ts";
import { SESSION_COOKIE } from "../modules/shared/http.ts";
import { pathOnly } from "./log.ts";

describe("the server's log", () => {
  it("keeps a request's path and drops its query", () => {
    expect(pathOnly("/api/people?q=Nguy%E1%BB%85n")).toBe("/api/people?…");
    expect(pathOnly("/api/health")).toBe("/api/health");
  });

  it("holds no password, hash, e-mail, searched name or session token of what officials did", async () => {
    let log = "";
    const t = await createTestApp({}, { write: (line: string) => (log += line) });
    try {
      const admin = t.client();
      expect((await admin.signIn("admin")).status).toBe(200);
      const orgs = (await admin.get("/api/orgs")).body as Array<{ id: string; code: string }>;
      const secret = { password: "Mật-khẩu-rất-riêng-2026", email: "nguoi.moi@phuong.gov.vn" };
      const created = await admin.post("/api/people", {
        username: "nguoimoi.log",
        fullName: "Lê Thị Nhật Ký",
        email: secret.email,
        phone: "0912345678",
        password: secret.password,
        memberships: [{ orgId: orgs[0]!.id, role: "specialist" }],
      });
      expect(created.status).toBe(200);
      expect((await admin.get(`/api/people?q=${encodeURIComponent("Lê Thị Nhật Ký")}`)).status).toBe(200);
      const token = admin.cookies[SESSION_COOKIE]!;
      expect(log).toContain('"url":"/api/people?…"');
      for (const value of [secret.password, secret.email, "0912345678", "Nhật Ký", "Nh%E1%BA%ADt", token])
        expect(log, value).not.toContain(value);
      expect(findLeaks(log, [{ kind: "mã phiên", value: token }])).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it("finds each kind of leak the run's end looks for", () => {
    const planted = [
      '{"msg":"ok"}',
      '{"err":"insert failed","params":["$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"]}',
      '{"totp":"v1.AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB.CCCCCCCCCC"}',
      '{"headers":{"cookie":"tt_session=abc"}}',
      '{"msg":"signed in with token-of-twenty-chars"}',
    ].join("\n");
    expect(findLeaks(planted, [{ kind: "mã phiên", value: "token-of-twenty-chars" }])).toEqual([
      { line: 2, kind: "mã băm mật khẩu (argon2)" },
      { line: 3, kind: "bí mật đã niêm phong (v1.…)" },
      { line: 4, kind: "tiêu đề xác thực" },
      { line: 5, kind: "mã phiên" },
    ]);
  });
});
