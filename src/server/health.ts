import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../modules/shared/deps.ts";

export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        summary: "Tình trạng máy chủ và cơ sở dữ liệu",
        tags: ["hệ thống"],
        security: [],
        response: {
          200: z.object({ status: z.literal("ok"), db: z.enum(["pglite", "postgres"]), version: z.string() }),
        },
      },
    },
    async () => {
      await deps.database.db.execute(sql`select 1`);
      return { status: "ok" as const, db: deps.database.engine, version: deps.config.version };
    },
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/meta",
    {
      config: { access: "public" },
      schema: {
        summary: "Tên, phiên bản và chế độ (trình diễn hay vận hành), cho trang đăng nhập",
        tags: ["hệ thống"],
        security: [],
        response: {
          200: z.object({ name: z.string(), version: z.string(), mode: z.enum(["demo", "production"]) }),
        },
      },
    },
    async () => ({ name: "Thực Thi", version: deps.config.version, mode: deps.config.mode }),
  );
}
