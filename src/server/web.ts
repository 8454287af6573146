// Serves the built web app: precompressed assets (.br/.gz written by the build), long cache for
// content-hashed files, no cache for the shell, the shell for client-side routes, and a real 404
// for a missing file (so an open tab after a release fails cleanly instead of parsing HTML as JS).
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

const HASHED = /\/assets\//;

export async function registerWeb(app: FastifyInstance, dist: string | null): Promise<void> {
  const ready = dist !== null && existsSync(join(dist, "index.html"));
  if (ready) {
    await app.register(fastifyStatic, {
      root: dist,
      // Looked up per request, so a rebuild is served without a restart.
      wildcard: true,
      preCompressed: true,
      index: false,
      // Our own Cache-Control below; the plugin's default (max-age=0) would override it.
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader(
          "cache-control",
          HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
    app.get("/", (_request, reply) => reply.header("cache-control", "no-cache").sendFile("index.html"));
    // The citizens' portal: its own page and bundle, for every path under /cong-dan.
    const portal = (_request: unknown, reply: FastifyReply) =>
      reply.header("cache-control", "no-cache").sendFile("cong-dan/index.html");
    app.get("/cong-dan", portal);
    app.get("/cong-dan/*", portal);
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET")
      return reply.status(404).send({ code: "NOT_FOUND", message: "Không có địa chỉ này trong API." });
    if (!ready)
      return reply
        .status(503)
        .type("text/html; charset=utf-8")
        .send(
          "<!doctype html><meta charset=utf-8><p>Giao diện web chưa được xây dựng. Hãy chạy <code>npm run build:web</code>.</p>",
        );
    const path = request.url.split("?")[0] ?? "/";
    if (/\.[a-z0-9]+$/i.test(path))
      return reply.status(404).type("text/plain; charset=utf-8").send("Không có tệp này.");
    // The web app routes on the client: every other GET gets its shell.
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
