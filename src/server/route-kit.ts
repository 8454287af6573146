// Small helpers shared by every module's routes.ts, so each route stays one line deep.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { UseCaseContext } from "../modules/shared/context.ts";
import { actorOf } from "./auth-plugin.ts";
import type { AppDeps } from "./deps.ts";

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** The use-case context of an official's request. */
export const ctxOf = (request: FastifyRequest, deps: AppDeps): UseCaseContext => ({
  db: deps.database.db,
  actor: actorOf(request),
  now: deps.now(),
});

export const idParams = z.object({ id: z.uuid("Mã định danh không hợp lệ") });

export const errorOut = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });
