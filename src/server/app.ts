// Assembles the Fastify application: plugins in the order a request meets them (cookies → CSRF →
// rate limit → session/access → validation → handler), the modules' routes, the OpenAPI document
// at /api/docs, and the web app's static files.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import etag from "@fastify/etag";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { auditRoutes } from "../modules/audit/routes.ts";
import { authRoutes } from "../modules/auth/routes.ts";
import { citizenCaseRoutes } from "../modules/citizen-cases/routes.ts";
import { directiveRoutes } from "../modules/directives/routes.ts";
import { disclosureRoutes } from "../modules/disclosures/routes.ts";
import { holidayScheduleRoutes } from "../modules/holiday-schedules/routes.ts";
import { notificationRoutes } from "../modules/notifications/routes.ts";
import { open311Routes } from "../modules/open311/routes.ts";
import { orgRoutes } from "../modules/orgs/routes.ts";
import { peopleRoutes } from "../modules/people/routes.ts";
import { receptionRoutes } from "../modules/reception/routes.ts";
import { reportRoutes } from "../modules/reports/routes.ts";
import { settingsRoutes } from "../modules/settings/routes.ts";
import type { AppDeps } from "../modules/shared/deps.ts";
import { statisticsRoutes } from "../modules/statistics/routes.ts";
import { taskRoutes } from "../modules/tasks/routes.ts";
import { registerAuth } from "./auth-plugin.ts";
import { registerErrorHandling } from "./errors.ts";
import { healthRoutes } from "./health.ts";
import { fastSerializerCompiler } from "./response-serialiser.ts";
import { registerWeb } from "./web.ts";

export const WEB_DIST = resolve(fileURLToPath(new URL("../../web/dist", import.meta.url)));

export interface BuildOptions {
  logger?: FastifyServerOptions["logger"];
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  /** Where the built web app is (default web/dist); browser tests serve a snapshot. */
  webDist?: string;
  /** Compare every answer with what Zod's serialiser would write (on under tests). */
  verifyAnswers?: boolean;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Forwarded headers only from the configured proxies (TRUST_PROXY), never from anyone.
    trustProxy: deps.config.trustProxy.length ? deps.config.trustProxy : false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler(options.verifyAnswers ?? process.env.NODE_ENV === "test"));
  registerErrorHandling(app);
  // Every answer: browsers must not guess a type (an uploaded file served as what it claims to be)
  // nor show the app inside another site's frame (clickjacking).
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("content-security-policy", "frame-ancestors 'none'");
    reply.header("x-frame-options", "DENY");
    // The API's answers are someone's own view: kept by their browser only, and asked again each
    // time, answered 304 without the body when it has not changed (the ETag below).
    if (request.url.startsWith("/api/") && !reply.hasHeader("cache-control"))
      reply.header("cache-control", "private, no-cache");
  });
  // A weak ETag on every GET answer: the tree, lists and plans cost a slow line nothing when the
  // browser already holds them (304). Registered after the hook above, so it sees the final body.
  await app.register(etag, { weak: true });

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
    await citizenCaseRoutes(api, deps);
    await receptionRoutes(api, deps);
    await disclosureRoutes(api, deps);
    await reportRoutes(api, deps);
    await open311Routes(api, deps);
    await statisticsRoutes(api, deps);
  });

  await registerWeb(app, options.serveWeb === false ? null : (options.webDist ?? WEB_DIST));
  return app;
}
