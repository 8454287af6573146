// What every module's routes.ts may use of HTTP: the typed route builder, the use-case context of a
// request, the signed-in official, common shapes and sending a file. The server implements the
// hooks that fill these in (src/server/auth-plugin.ts); modules never import the server.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../core/access.ts";
import { AppError } from "../../core/errors.ts";
import type { ResolvedSession } from "../auth/use-cases/session.ts";
import type { UseCaseContext } from "./context.ts";
import type { AppDeps } from "./deps.ts";

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

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

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
