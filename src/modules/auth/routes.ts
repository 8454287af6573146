import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppDeps } from "../shared/deps.ts";
import { SESSION_COOKIE, sessionOf, typed } from "../shared/http.ts";
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

const tags = ["đăng nhập"];

export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
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
  /** The signed-in person as the request's session is now, after a step changed it. */
  const meNow = async (req: FastifyRequest) =>
    meOf(db, (await resolveSession(db, req.cookies[SESSION_COOKIE]!, deps.now()))!.view, deps.config.mode);
  const signInLimit = { max: deps.config.loginRateLimit, timeWindow: "1 minute" };

  r.get(
    "/api/auth/csrf",
    {
      config: { access: "public" },
      schema: {
        summary: "Lấy mã chống giả mạo yêu cầu (gửi lại trong header x-csrf-token)",
        tags,
        security: [],
        response: { 200: csrfOut },
      },
    },
    async (_req, reply) => ({ token: reply.generateCsrf() }),
  );
  r.post(
    "/api/auth/login",
    {
      config: { access: "public", rateLimit: signInLimit },
      schema: {
        summary: "Đăng nhập bằng mật khẩu",
        tags,
        security: [],
        body: loginInput,
        response: { 200: meOut },
      },
    },
    async (req, reply) => {
      const { token, view } = await login(authDeps(), {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers["user-agent"],
      });
      setCookie(reply, token);
      return meOf(db, view, deps.config.mode);
    },
  );
  r.get(
    "/api/auth/me",
    {
      config: { access: "session" },
      schema: { summary: "Người đang đăng nhập", tags, response: { 200: meOut } },
    },
    async (req) => meOf(db, sessionOf(req).view, deps.config.mode),
  );
  r.post(
    "/api/auth/totp",
    {
      config: { access: "session", rateLimit: signInLimit },
      schema: { summary: "Bước hai: mã xác thực TOTP", tags, body: totpCodeInput, response: { 200: meOut } },
    },
    async (req) => {
      await verifySecondFactor(authDeps(), sessionOf(req), req.body.code);
      return meNow(req);
    },
  );
  r.post(
    "/api/auth/totp/enrol",
    {
      config: { access: "session" },
      schema: {
        summary: "Bắt đầu bật xác thực hai lớp (trả về mã QR)",
        tags,
        response: { 200: totpEnrolmentOut },
      },
    },
    async (req) => startTotpEnrolment(authDeps(), sessionOf(req)),
  );
  r.post(
    "/api/auth/totp/enrol/confirm",
    {
      config: { access: "session", rateLimit: signInLimit },
      schema: {
        summary: "Xác nhận bật xác thực hai lớp bằng một mã",
        tags,
        body: totpCodeInput,
        response: { 200: meOut },
      },
    },
    async (req) => {
      await confirmTotpEnrolment(authDeps(), sessionOf(req), req.body.code);
      return meNow(req);
    },
  );
  r.post(
    "/api/auth/logout",
    { config: { access: "session" }, schema: { summary: "Đăng xuất", tags, response: { 200: okOut } } },
    async (req, reply) => {
      await logout(db, req.cookies[SESSION_COOKIE]!);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );
  r.post(
    "/api/auth/acting-org",
    {
      config: { access: "official" },
      schema: {
        summary: "Chọn đơn vị đang làm việc thay mặt",
        tags,
        body: actingOrgInput,
        response: { 200: meOut },
      },
    },
    async (req) => {
      await setActingOrg(db, sessionOf(req), req.body.orgId);
      return meNow(req);
    },
  );
  r.post(
    "/api/auth/password",
    {
      schema: {
        summary: "Đổi mật khẩu (các phiên khác bị đăng xuất)",
        tags,
        body: passwordChangeInput,
        response: { 200: okOut },
      },
    },
    async (req) => {
      await changePassword(authDeps(), sessionOf(req), req.body.current, req.body.next);
      return { ok: true as const };
    },
  );
}
