import { inArray } from "drizzle-orm";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { ROLES } from "../../core/access.ts";
import type { Db } from "../../db/client.ts";
import { orgs } from "../orgs/schema.ts";
import { passwordSchema } from "../people/schema.ts";
import type { AppDeps } from "../shared/deps.ts";
import { SESSION_COOKIE, sessionOf, typed } from "../shared/http.ts";
import { loginInput, totpCodeInput } from "./schema.ts";
import {
  changePassword,
  confirmTotpEnrolment,
  login,
  logout,
  resolveSession,
  SESSION_HOURS,
  type SessionView,
  setActingOrg,
  startTotpEnrolment,
  verifySecondFactor,
} from "./service.ts";

const tags = ["đăng nhập"];

const okOut = z.object({ ok: z.literal(true) });

const meOut = z.object({
  state: z.enum(["ok", "totp_required", "totp_enrol_required"]),
  user: z.object({ id: z.string(), username: z.string(), fullName: z.string() }),
  isAdmin: z.boolean(),
  totpEnabled: z.boolean(),
  actingOrgId: z.string().nullable(),
  memberships: z.array(z.object({ orgId: z.string(), orgName: z.string(), role: z.enum(ROLES) })),
  mode: z.enum(["demo", "production"]),
});

async function meOf(db: Db, view: SessionView, mode: "demo" | "production") {
  const ids = [...new Set(view.actor.memberships.map((m) => m.orgId))];
  const names = ids.length
    ? await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    state: view.state,
    user: { id: view.actor.userId, username: view.actor.username, fullName: view.actor.fullName },
    isAdmin: view.actor.isAdmin,
    totpEnabled: view.totpEnabled,
    actingOrgId: view.actor.actingOrgId,
    memberships: view.actor.memberships.map((m) => ({ ...m, orgName: nameOf.get(m.orgId) ?? "" })),
    mode,
  };
}

export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  const authDeps = () => ({ db: deps.database.db, box: deps.box, mode: deps.config.mode, now: deps.now() });
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: deps.config.cookieSecure,
      maxAge: SESSION_HOURS * 3600,
    });
  const fresh = async (token: string) => (await resolveSession(deps.database.db, token, deps.now()))!;

  r.get(
    "/api/auth/csrf",
    {
      config: { access: "public" },
      schema: {
        summary: "Lấy mã chống giả mạo yêu cầu (gửi lại trong header x-csrf-token)",
        tags,
        security: [],
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (_req, reply) => ({ token: reply.generateCsrf() }),
  );
  r.post(
    "/api/auth/login",
    {
      config: { access: "public", rateLimit: { max: deps.config.loginRateLimit, timeWindow: "1 minute" } },
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
      return meOf(deps.database.db, view, deps.config.mode);
    },
  );
  r.get(
    "/api/auth/me",
    {
      config: { access: "session" },
      schema: { summary: "Người đang đăng nhập", tags, response: { 200: meOut } },
    },
    async (req) => meOf(deps.database.db, sessionOf(req).view, deps.config.mode),
  );
  r.post(
    "/api/auth/totp",
    {
      config: { access: "session", rateLimit: { max: deps.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: { summary: "Bước hai: mã xác thực TOTP", tags, body: totpCodeInput, response: { 200: meOut } },
    },
    async (req) => {
      const s = sessionOf(req);
      await verifySecondFactor(authDeps(), s, req.body.code);
      return meOf(deps.database.db, (await fresh(req.cookies[SESSION_COOKIE]!)).view, deps.config.mode);
    },
  );
  r.post(
    "/api/auth/totp/enrol",
    {
      config: { access: "session" },
      schema: {
        summary: "Bắt đầu bật xác thực hai lớp (trả về mã QR)",
        tags,
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() }) },
      },
    },
    async (req) => startTotpEnrolment(authDeps(), sessionOf(req)),
  );
  r.post(
    "/api/auth/totp/enrol/confirm",
    {
      config: { access: "session", rateLimit: { max: deps.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        summary: "Xác nhận bật xác thực hai lớp bằng một mã",
        tags,
        body: totpCodeInput,
        response: { 200: meOut },
      },
    },
    async (req) => {
      await confirmTotpEnrolment(authDeps(), sessionOf(req), req.body.code);
      return meOf(deps.database.db, (await fresh(req.cookies[SESSION_COOKIE]!)).view, deps.config.mode);
    },
  );
  r.post(
    "/api/auth/logout",
    { config: { access: "session" }, schema: { summary: "Đăng xuất", tags, response: { 200: okOut } } },
    async (req, reply) => {
      await logout(deps.database.db, req.cookies[SESSION_COOKIE]!);
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
        body: z.object({ orgId: z.uuid() }),
        response: { 200: meOut },
      },
    },
    async (req) => {
      await setActingOrg(deps.database.db, sessionOf(req), req.body.orgId);
      return meOf(deps.database.db, (await fresh(req.cookies[SESSION_COOKIE]!)).view, deps.config.mode);
    },
  );
  r.post(
    "/api/auth/password",
    {
      schema: {
        summary: "Đổi mật khẩu (các phiên khác bị đăng xuất)",
        tags,
        body: z.object({ current: z.string().min(1), next: passwordSchema }),
        response: { 200: okOut },
      },
    },
    async (req) => {
      await changePassword(authDeps(), sessionOf(req), req.body.current, req.body.next);
      return { ok: true as const };
    },
  );
}
