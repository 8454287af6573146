import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppDeps } from "../shared/deps.ts";
import { routesOf, SESSION_COOKIE, sessionOf } from "../shared/http.ts";
import {
  actingOrgInput,
  csrfOut,
  loginInput,
  meOut,
  okOut,
  passwordChangeInput,
  totpCodeInput,
  totpEnrolmentOut,
} from "./contract.ts";
import { meOf } from "./queries.ts";
import { changePassword } from "./use-cases/password.ts";
import { logout, resolveSession, SESSION_HOURS, setActingOrg } from "./use-cases/session.ts";
import { login, verifySecondFactor } from "./use-cases/sign-in.ts";
import { confirmTotpEnrolment, startTotpEnrolment } from "./use-cases/totp-enrolment.ts";

export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["đăng nhập"]);
  const db = deps.database.db;
  const authDeps = () => ({ db, box: deps.box, mode: deps.config.mode, now: deps.now() });
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: deps.config.cookieSecure,
      maxAge: SESSION_HOURS * 3600,
    });
  /** The signed-in person as the request's session is after `step` changed it. */
  const meAfter = async (req: FastifyRequest, step: Promise<unknown>) => {
    await step;
    const session = await resolveSession(db, req.cookies[SESSION_COOKIE]!, deps.now());
    return meOf(db, session!.view, deps.config.mode);
  };
  const signInLimit = { max: deps.config.loginRateLimit, timeWindow: "1 minute" };

  route.get(
    "/api/auth/csrf",
    {
      summary: "Lấy mã chống giả mạo yêu cầu (gửi lại trong header x-csrf-token)",
      response: csrfOut,
      access: "public",
    },
    ({ reply }) => ({ token: reply.generateCsrf() }),
  );
  route.post(
    "/api/auth/login",
    {
      summary: "Đăng nhập bằng mật khẩu",
      body: loginInput,
      response: meOut,
      access: "public",
      rateLimit: signInLimit,
    },
    async ({ body, req, reply }) => {
      const { token, view } = await login(authDeps(), {
        ...body,
        ip: req.ip,
        userAgent: req.headers["user-agent"],
      });
      setCookie(reply, token);
      return meOf(db, view, deps.config.mode);
    },
  );
  route.get(
    "/api/auth/me",
    { summary: "Người đang đăng nhập", response: meOut, access: "session" },
    ({ req }) => meOf(db, sessionOf(req).view, deps.config.mode),
  );
  route.post(
    "/api/auth/totp",
    {
      summary: "Bước hai: mã xác thực TOTP",
      body: totpCodeInput,
      response: meOut,
      access: "session",
      rateLimit: signInLimit,
    },
    ({ body, req }) => meAfter(req, verifySecondFactor(authDeps(), sessionOf(req), body.code)),
  );
  route.post(
    "/api/auth/totp/enrol",
    { summary: "Bắt đầu bật xác thực hai lớp (trả về mã QR)", response: totpEnrolmentOut, access: "session" },
    ({ req }) => startTotpEnrolment(authDeps(), sessionOf(req)),
  );
  route.post(
    "/api/auth/totp/enrol/confirm",
    {
      summary: "Xác nhận bật xác thực hai lớp bằng một mã",
      body: totpCodeInput,
      response: meOut,
      access: "session",
      rateLimit: signInLimit,
    },
    ({ body, req }) => meAfter(req, confirmTotpEnrolment(authDeps(), sessionOf(req), body.code)),
  );
  route.post(
    "/api/auth/logout",
    { summary: "Đăng xuất", response: okOut, access: "session" },
    async ({ req, reply }) => {
      await logout(db, req.cookies[SESSION_COOKIE]!);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );
  route.post(
    "/api/auth/acting-org",
    { summary: "Chọn đơn vị đang làm việc thay mặt", body: actingOrgInput, response: meOut },
    ({ body, req }) => meAfter(req, setActingOrg(db, sessionOf(req), body.orgId)),
  );
  route.post(
    "/api/auth/password",
    { summary: "Đổi mật khẩu (các phiên khác bị đăng xuất)", body: passwordChangeInput, response: okOut },
    async ({ body, req }) => {
      await changePassword(authDeps(), sessionOf(req), body.current, body.next);
      return { ok: true as const };
    },
  );
}
