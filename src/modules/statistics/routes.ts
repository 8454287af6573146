import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../shared/deps.ts";
import { routesOf, sendFile } from "../shared/http.ts";
import { statsOut, statsQuery } from "./contract.ts";
import { exportStatistics } from "./use-cases/export.ts";
import { statisticsOf } from "./use-cases/overview.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function statisticsRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["thống kê"]);
  route.get(
    "/api/statistics",
    {
      summary:
        "Thống kê của lãnh đạo: hoàn thành đúng hạn theo đơn vị và kế hoạch, quá hạn theo thời gian, báo cáo định kỳ",
      query: statsQuery,
      response: statsOut,
    },
    ({ ctx, query }) => statisticsOf(ctx, query),
  );
  route.get(
    "/api/statistics/export.xlsx",
    { summary: "Xuất thống kê ra Excel (.xlsx)", query: statsQuery },
    async ({ ctx, query, reply }) =>
      sendFile(reply, { ...(await exportStatistics(ctx, query)), mimeType: XLSX }),
  );
}
