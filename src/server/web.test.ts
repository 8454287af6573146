import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerWeb } from "./web.ts";

const dist = mkdtempSync(join(tmpdir(), "thucthi-web-"));
const app = Fastify();
beforeAll(async () => {
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Thực Thi</title>");
  const js = "console.log('xin chào');".repeat(50);
  writeFileSync(join(dist, "assets", "main-abc123.js"), js);
  writeFileSync(join(dist, "assets", "main-abc123.js.gz"), gzipSync(js));
  await registerWeb(app, dist);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("serving the web app", () => {
  it("sends a precompressed, long-cached asset to a browser that accepts gzip", async () => {
    const res = await app.inject({ url: "/assets/main-abc123.js", headers: { "accept-encoding": "gzip" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a client-side route with the shell, never cached", async () => {
    const res = await app.inject({ url: "/nhiem-vu/123" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Thực Thi");
    expect(res.headers["cache-control"]).toBe("no-cache");
  });

  it("answers a missing chunk with 404, not the shell", async () => {
    const res = await app.inject({ url: "/assets/gone-999.js" });
    expect(res.statusCode).toBe(404);
  });

  it("serves a file built after start", async () => {
    writeFileSync(join(dist, "assets", "late-777.js"), "export {}");
    expect((await app.inject({ url: "/assets/late-777.js" })).statusCode).toBe(200);
  });

  it("answers the root with the shell", async () => {
    const res = await app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<title>Thực Thi</title>");
  });
});
