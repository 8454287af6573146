import { describe, expect, it } from "vitest";
import type { TestApp } from "../../test/support/app.ts";
import { setupTestApp, withTestApp } from "../../test/support/lifecycle.ts";

const t = setupTestApp();

describe("the API shell", () => {
  it("answers health with the engine and version", async () => {
    const res = await t.client().get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "ok",
      db: process.env.TEST_DATABASE_URL ? "postgres" : "pglite",
      version: t.deps.config.version,
    });
  });

  it("tells the sign-in page, before anyone signs in, that this is a demonstration", async () => {
    const res = await t.client().get("/api/meta");
    expect(res.body).toEqual({ name: "Thực Thi", version: t.deps.config.version, mode: "demo" });
  });

  it("serves the OpenAPI document with every module's routes", async () => {
    const res = await t.client().get("/api/docs/json");
    expect(res.status).toBe(200);
    const paths = Object.keys((res.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(["/api/health", "/api/auth/login", "/api/orgs", "/api/people", "/api/audit"]),
    );
  });

  it("tells browsers never to sniff a type or frame the app, on every answer", async () => {
    for (const url of ["/api/health", "/api/khong-co", "/api/orgs"]) {
      const res = await t.client().get(url);
      expect(res.raw.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.raw.headers["content-security-policy"]).toBe("frame-ancestors 'none'");
      expect(res.raw.headers["x-frame-options"]).toBe("DENY");
    }
  });

  it("lets a browser keep the tree privately and answers 304 while it has not changed", async () => {
    const c = await t.signedIn("admin");
    const first = await c.get("/api/orgs");
    expect(first.raw.headers["cache-control"]).toBe("private, no-cache");
    const tag = String(first.raw.headers.etag);
    expect(tag).toMatch(/^W\//);
    const again = await t.app.inject({
      url: "/api/orgs",
      cookies: c.cookies,
      headers: { "if-none-match": tag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const root = (first.body as Array<{ id: string; version: number; parentId: string | null }>).find(
      (o) => o.parentId === null,
    )!;
    const renamed = await c.request("PATCH", `/api/orgs/${root.id}`, {
      version: root.version,
      shortName: "Mới",
    });
    expect(renamed.status).toBe(200);
    const changed = await t.app.inject({
      url: "/api/orgs",
      cookies: c.cookies,
      headers: { "if-none-match": tag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
  });

  it("answers an unknown API address with a JSON error in Vietnamese", async () => {
    const res = await t.client().get("/api/khong-co");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: "NOT_FOUND", message: "Không có địa chỉ này trong API." });
  });

  it("refuses the API to anyone not signed in", async () => {
    const res = await t.client().get("/api/orgs");
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("chưa đăng nhập"),
    });
  });

  it("explains invalid input field by field in Vietnamese", async () => {
    const c = await t.signedIn("admin");
    const res = await c.post("/api/orgs", { system: "state", kind: "ward", name: "X" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: "VALIDATION",
      message: "Dữ liệu không hợp lệ (name): Tên cơ quan quá ngắn.",
    });
  });
});

describe("forwarded addresses", () => {
  /** A sign-in attempt with a wrong password, as a client at `remoteAddress` claiming `forwardedFor`. */
  async function attempt(app: TestApp, forwardedFor: string, remoteAddress: string): Promise<number> {
    const csrf = await app.app.inject({ method: "GET", url: "/api/auth/csrf", remoteAddress });
    const res = await app.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress,
      cookies: Object.fromEntries(csrf.cookies.map((c) => [c.name, c.value])),
      headers: { "x-forwarded-for": forwardedFor, "x-csrf-token": csrf.json().token },
      payload: { username: "khong-co-ai", password: "sai-mat-khau-9" },
    });
    return res.statusCode;
  }

  it("ignores X-Forwarded-For unless TRUST_PROXY names the proxy, so a forged address cannot dodge the sign-in limit", async () => {
    await withTestApp({ loginRateLimit: 2 }, async (direct) => {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push(await attempt(direct, `203.0.113.${i}`, "198.51.100.9"));
      expect(codes).toEqual([401, 401, 429]);
    });
  });

  it("believes X-Forwarded-For from a configured proxy, one limit per client behind it", async () => {
    await withTestApp({ loginRateLimit: 2, trustProxy: ["198.51.100.9"] }, async (proxied) => {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push(await attempt(proxied, `203.0.113.${i}`, "198.51.100.9"));
      expect(codes).toEqual([401, 401, 401]);
      // The same client behind the proxy is still limited.
      expect(await attempt(proxied, "203.0.113.0", "198.51.100.9")).toBe(401);
      expect(await attempt(proxied, "203.0.113.0", "198.51.100.9")).toBe(429);
    });
  });

  it("reads TRUST_PROXY as a comma-separated list, empty by default", async () => {
    const { loadConfig } = await import("./config.ts");
    const base = { secretKey: Buffer.alloc(32, 1), dataDir: "/nonexistent-test-data" };
    expect(loadConfig({}, base).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1, 10.1.0.0/16" }, base).trustProxy).toEqual([
      "10.0.0.1",
      "10.1.0.0/16",
    ]);
  });
});
