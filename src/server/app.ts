// Assembles the Fastify application: plugins in the order a request meets them (cookies → CSRF →
// rate limit → session/access → validation → handler), the modules' routes, the OpenAPI document
// at /api/docs, and the web app's static files.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { auditRoutes } from "../modules/audit/routes.ts";
import { authRoutes } from "../modules/auth/routes.ts";
import { directiveRoutes } from "../modules/directives/routes.ts";
import { holidayScheduleRoutes } from "../modules/holiday-schedules/routes.ts";
import { notificationRoutes } from "../modules/notifications/routes.ts";
import { orgRoutes } from "../modules/orgs/routes.ts";
import { peopleRoutes } from "../modules/people/routes.ts";
import { settingsRoutes } from "../modules/settings/routes.ts";
import { taskRoutes } from "../modules/tasks/routes.ts";
import { registerAuth } from "./auth-plugin.ts";
import type { AppDeps } from "./deps.ts";
import { registerErrorHandling } from "./errors.ts";
import { healthRoutes } from "./health.ts";

export const WEB_DIST = resolve(fileURLToPath(new URL("../../web/dist", import.meta.url)));

export interface BuildOptions {
  logger?: FastifyServerOptions["logger"];
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Thực Thi API",
        description: "API của Thực Thi. Lỗi trả về JSON { code, message } với thông điệp tiếng Việt.",
        version: deps.config.version,
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "tt_session" } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: "tt_csrf",
    cookieOpts: {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: deps.config.cookieSecure,
      signed: false,
    },
    getToken: (req) => req.headers["x-csrf-token"] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  registerAuth(app, deps);

  await app.register(async (api) => {
    await healthRoutes(api, deps);
    await authRoutes(api, deps);
    await orgRoutes(api, deps);
    await peopleRoutes(api, deps);
    await auditRoutes(api, deps);
    await taskRoutes(api, deps);
    await holidayScheduleRoutes(api, deps);
    await settingsRoutes(api, deps);
    await notificationRoutes(api, deps);
    await directiveRoutes(api, deps);
  });

  const webReady = options.serveWeb !== false && existsSync(join(WEB_DIST, "index.html"));
  if (webReady) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET")
      return reply.status(404).send({ code: "NOT_FOUND", message: "Không có địa chỉ này trong API." });
    if (!webReady)
      return reply
        .status(503)
        .type("text/html; charset=utf-8")
        .send(
          "<!doctype html><meta charset=utf-8><p>Giao diện web chưa được xây dựng. Hãy chạy <code>npm run build:web</code>.</p>",
        );
    // The web app routes on the client: every other GET gets its shell.
    return reply.sendFile("index.html");
  });
  return app;
}
