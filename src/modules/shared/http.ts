// What every module's routes.ts may use of HTTP: the one way to declare a route (routesOf), the
// use-case context of a request, the signed-in official, common shapes and sending a file. The
// server implements the hooks that fill these in (src/server/auth-plugin.ts); modules never import
// the server.
import type { IncomingMessage } from "node:http";
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  HTTPMethods,
  RawServerDefault,
  RouteGenericInterface,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../core/access.ts";
import { AppError } from "../../core/errors.ts";
import type { ResolvedSession } from "../auth/use-cases/session.ts";
import type { UseCaseContext } from "./context.ts";
import type { AppDeps } from "./deps.ts";
import type { FormHooks } from "./forms.ts";

/** Who may call a route: anyone; a signed-in person before the second factor; a full official. */
export type AccessLevel = "public" | "session" | "official";
export const SESSION_COOKIE = "tt_session";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: AccessLevel;
    csrf?: boolean;
  }
  interface FastifyRequest {
    session: ResolvedSession | null;
    /** Set on "official" routes: the fully signed-in official. */
    actor: Actor | null;
  }
}

/** A contract shape of a route, or none. */
type Shape = z.ZodType | undefined;

/** What a route states besides its method, address and handler. */
export interface RouteSpec<P extends Shape, Q extends Shape, B extends Shape, R extends Shape> {
  /** One line for the API documentation. */
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The shape of the 200 answer; none for a download (sendFile). */
  response?: R;
  /** "official" unless said; a public route also asks no session in the API documentation. */
  access?: AccessLevel;
  /**
   * At most `max` calls per `timeWindow` from one address (@fastify/rate-limit); a limit with a
   * `shared` name is one count across every route that declares it (sharedLimit).
   */
  rateLimit?: { max: number; timeWindow: string } | SharedLimit;
  /** Bytes a JSON body may have, when more than the server's default. */
  bodyLimit?: number;
  /** A form with files becomes the body (forms.ts): its media types and hooks. */
  form?: FormHooks;
}

/** The request of a route, typed from its Zod shapes by fastify-type-provider-zod. */
export type RouteRequest<P extends Shape, Q extends Shape, B extends Shape> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  IncomingMessage,
  { params: P; querystring: Q; body: B },
  ZodTypeProvider
>;

/** What a handler answers: the response shape's input when there is one (anything for a download). */
type Answer<R extends Shape> = R extends z.ZodType ? z.input<R> : unknown;

/**
 * What a route's handler receives: the request's validated input, the use-case context of the
 * official who calls (read only on "official" routes), and the request and reply themselves.
 */
export interface RouteCall<P extends Shape, Q extends Shape, B extends Shape> {
  params: RouteRequest<P, Q, B>["params"];
  query: RouteRequest<P, Q, B>["query"];
  body: RouteRequest<P, Q, B>["body"];
  readonly ctx: UseCaseContext;
  req: RouteRequest<P, Q, B>;
  reply: FastifyReply;
}

type Handler<P extends Shape, Q extends Shape, B extends Shape, R extends Shape> = (
  call: RouteCall<NoInfer<P>, NoInfer<Q>, NoInfer<B>>,
) => Promise<Answer<NoInfer<R>>> | Answer<NoInfer<R>>;

type Declare = <
  P extends Shape = undefined,
  Q extends Shape = undefined,
  B extends Shape = undefined,
  R extends Shape = undefined,
>(
  url: string,
  spec: RouteSpec<P, Q, B, R>,
  handler: Handler<P, Q, B, R>,
) => void;

/**
 * The routes of one module, each declared in one statement: method and address, what it states
 * (summary, contract shapes, access level when not "official") and the handler that calls one use
 * case with the call's context and input. The module's `tags` group them in the API documentation.
 */
export function routesOf(app: FastifyInstance, deps: AppDeps, tags: string[]) {
  const declare =
    (method: HTTPMethods): Declare =>
    (url, spec, handler) => {
      const { summary, params, query, body, response, access, rateLimit, bodyLimit, form } = spec;
      // Declare has checked the handler against the shapes; here the call is built untyped.
      const run = handler as (call: RouteCall<Shape, Shape, Shape>) => unknown;
      const schema: FastifySchema = {
        summary,
        tags,
        ...(access === "public" && { security: [] }),
        ...(params && { params }),
        ...(query && { querystring: query }),
        ...(form && { consumes: form.consumes }),
        ...(body && { body }),
        ...(response && { response: { 200: response } }),
      };
      const shared = rateLimit && "shared" in rateLimit ? sharedLimiter(app, rateLimit) : null;
      const config = { ...(access && { access }), ...(rateLimit && !shared && { rateLimit }) };
      const onRequest = [...(form?.onRequest ? [form.onRequest] : []), ...(shared ? [shared] : [])];
      app.route({
        method,
        url,
        schema,
        ...(Object.keys(config).length && { config }),
        ...(bodyLimit && { bodyLimit }),
        ...(onRequest.length && { onRequest }),
        ...(form && { preValidation: form.preValidation }),
        handler: async (req, reply) => {
          const input = req as RouteRequest<Shape, Shape, Shape>;
          return run({
            params: input.params,
            query: input.query,
            body: input.body,
            get ctx() {
              return ctxOf(req, deps);
            },
            req: input,
            reply,
          });
        },
      });
    };
  return {
    get: declare("GET"),
    post: declare("POST"),
    put: declare("PUT"),
    patch: declare("PATCH"),
    delete: declare("DELETE"),
  };
}

/** A rate limit that several routes share: one count per address across all of them. */
export interface SharedLimit {
  max: number;
  timeWindow: string;
  /** The routes declaring the same name share the count. */
  shared: string;
}

/** The app's limiters by name, for each app (keyed by its rate-limit plugin's own decorator). */
const limiters = new WeakMap<object, Map<string, (req: FastifyRequest) => Promise<void>>>();

/** The onRequest hook counting a shared limit, made once per app and name. */
function sharedLimiter(app: FastifyInstance, limit: SharedLimit) {
  const create = app.createRateLimit;
  const byName = limiters.get(create) ?? new Map<string, (req: FastifyRequest) => Promise<void>>();
  limiters.set(create, byName);
  const known = byName.get(limit.shared);
  if (known) return known;
  const check = app.createRateLimit({ max: limit.max, timeWindow: limit.timeWindow });
  const hook = async (req: FastifyRequest) => {
    const r = await check(req);
    if (!r.isAllowed && r.isExceeded)
      throw Object.assign(new Error("rate limited"), { statusCode: 429, retryAfter: r.ttlInSeconds });
  };
  byName.set(limit.shared, hook);
  return hook;
}

/** The signed-in official of an "official" route (the server's hook has already refused anyone else). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", "Bạn chưa đăng nhập.");
  return request.actor;
}

export function sessionOf(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw new AppError("UNAUTHENTICATED", "Bạn chưa đăng nhập.");
  return request.session;
}

/** The use-case context of an official's request. */
export const ctxOf = (request: FastifyRequest, deps: AppDeps): UseCaseContext => ({
  db: deps.database.db,
  actor: actorOf(request),
  now: deps.now(),
});

export const idParams = z.object({ id: z.uuid("Mã định danh không hợp lệ") });

export const errorOut = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });

/**
 * Sends bytes as a download named `fileName`: an ASCII fallback name for old clients and the UTF-8
 * name of RFC 6266 for the others, never cached by shared caches.
 */
export function sendFile(
  reply: FastifyReply,
  file: { bytes: Buffer | Uint8Array; fileName: string; mimeType: string },
  disposition: "attachment" | "inline" = "attachment",
) {
  const ascii =
    file.fileName
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "") || "tep";
  return reply
    .type(file.mimeType)
    .header(
      "content-disposition",
      `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header("cache-control", "private, no-store")
    .send(file.bytes);
}
