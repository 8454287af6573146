// Resolves the session cookie on every API request and enforces each route's access level:
//   public   — anyone (health, sign-in, the citizens' portal);
//   session  — a signed-in person, even before the second factor (me, TOTP, sign-out);
//   official — fully signed in (default for every /api route that does not say otherwise).
// Unsafe methods also need the CSRF token (header x-csrf-token), except where a route opts out.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../core/errors.ts";
import { resolveSession } from "../modules/auth/use-cases/session.ts";
import type { AppDeps } from "../modules/shared/deps.ts";
import { SESSION_COOKIE } from "../modules/shared/http.ts";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest("session", null);
  app.decorateRequest("actor", null);

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith("/api/")) return;
    const config = request.routeOptions.config ?? {};
    if (UNSAFE.has(request.method) && config.csrf !== false) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve())),
      );
    }
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await resolveSession(deps.database.db, token, deps.now()) : null;
    // The API documentation and the "no such address" answer are public; every other route is
    // "official" unless it says otherwise.
    const level =
      request.is404 || request.url.startsWith("/api/docs") ? "public" : (config.access ?? "official");
    if (level === "public") {
      if (request.session?.view.state === "ok") request.actor = request.session.view.actor;
      return;
    }
    if (!request.session)
      throw new AppError("UNAUTHENTICATED", "Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.");
    if (level === "session") return;
    const state = request.session.view.state;
    if (state === "totp_required")
      throw new AppError("MFA_REQUIRED", "Hãy nhập mã xác thực hai lớp để tiếp tục.");
    if (state === "totp_enrol_required")
      throw new AppError("MFA_REQUIRED", "Quản trị hệ thống phải bật xác thực hai lớp trước khi tiếp tục.");
    request.actor = request.session.view.actor;
  });
}
