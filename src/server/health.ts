// Public routes of the server itself: is it up (with a query, so a dead database shows), and what
// the sign-in page needs to know before anyone signs in.
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { inRounds } from "../db/rounds.ts";
import type { AppDeps } from "../modules/shared/deps.ts";
import { routesOf } from "../modules/shared/http.ts";

const healthOut = z.object({
  status: z.literal("ok"),
  db: z.enum(["pglite", "postgres"]),
  version: z.string(),
});
const metaOut = z.object({ name: z.string(), version: z.string(), mode: z.enum(["demo", "production"]) });

export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  // Probes arriving together share one query, each answered by a query sent after it arrived: a
  // dead database still shows at once, and a load balancer's polling does not queue the database.
  const ping = inRounds(() => deps.database.db.execute(sql`select 1`));
  const route = routesOf(app, deps, ["hệ thống"]);
  route.get(
    "/api/health",
    { summary: "Tình trạng máy chủ và cơ sở dữ liệu", access: "public", response: healthOut },
    async () => {
      await ping();
      return { status: "ok" as const, db: deps.database.engine, version: deps.config.version };
    },
  );
  route.get(
    "/api/meta",
    {
      summary: "Tên, phiên bản và chế độ (trình diễn hay vận hành), cho trang đăng nhập",
      access: "public",
      response: metaOut,
    },
    () => ({ name: "Thực Thi", version: deps.config.version, mode: deps.config.mode }),
  );
}
