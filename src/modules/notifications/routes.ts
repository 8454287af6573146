import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { idParams, routesOf } from "../shared/http.ts";
import { inboxOut, markReadOut, notificationOut, sentQuery } from "./contract.ts";
import { inbox, markRead } from "./use-cases/inbox.ts";
import { sentToUnit } from "./use-cases/sent.ts";

export async function notificationRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["thông báo"]);
  route.get(
    "/api/notifications",
    { summary: "Thông báo của đơn vị mình (trong ứng dụng), kèm số chưa đọc", response: inboxOut },
    ({ ctx }) => inbox(ctx),
  );
  route.get(
    "/api/notifications/sent",
    {
      summary: "Thông báo đã gửi cho một đơn vị: nội dung, người nhận thư, thời điểm, kết quả gửi",
      query: sentQuery,
      response: z.array(notificationOut),
    },
    ({ ctx, query }) => sentToUnit(ctx, query.orgId, query),
  );
  route.post(
    "/api/notifications/:id/read",
    { summary: "Đánh dấu đã đọc", params: idParams, response: markReadOut },
    ({ ctx, params }) => markRead(ctx, params.id),
  );
}
