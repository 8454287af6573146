import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, typed } from "../shared/http.ts";
import { inboxOut, markReadOut, notificationOut, sentQuery } from "./contract.ts";
import { inbox, markRead } from "./use-cases/inbox.ts";
import { sentToUnit } from "./use-cases/sent.ts";

const tags = ["thông báo"];

export async function notificationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/notifications",
    {
      schema: {
        summary: "Thông báo của đơn vị mình (trong ứng dụng), kèm số chưa đọc",
        tags,
        response: { 200: inboxOut },
      },
    },
    async (req) => inbox(ctxOf(req, deps)),
  );
  r.get(
    "/api/notifications/sent",
    {
      schema: {
        summary: "Thông báo đã gửi cho một đơn vị: nội dung, người nhận thư, thời điểm, kết quả gửi",
        tags,
        querystring: sentQuery,
        response: { 200: z.array(notificationOut) },
      },
    },
    async (req) => sentToUnit(ctxOf(req, deps), req.query.orgId, req.query),
  );
  r.post(
    "/api/notifications/:id/read",
    { schema: { summary: "Đánh dấu đã đọc", tags, params: idParams, response: { 200: markReadOut } } },
    async (req) => markRead(ctxOf(req, deps), req.params.id),
  );
}
