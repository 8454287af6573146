import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, typed } from "../shared/http.ts";
import { inbox, markRead, sentToUnit } from "./service.ts";

const tags = ["thông báo"];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD");

export async function notificationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/notifications",
    { schema: { summary: "Thông báo của đơn vị mình (trong ứng dụng), kèm số chưa đọc", tags } },
    async (req) => inbox(ctxOf(req, deps)),
  );
  r.get(
    "/api/notifications/sent",
    {
      schema: {
        summary: "Thông báo đã gửi cho một đơn vị: nội dung, người nhận thư, thời điểm, kết quả gửi",
        tags,
        querystring: z.object({ orgId: z.uuid(), from: isoDate.optional(), to: isoDate.optional() }),
      },
    },
    async (req) => sentToUnit(ctxOf(req, deps), req.query.orgId, req.query),
  );
  r.post(
    "/api/notifications/:id/read",
    { schema: { summary: "Đánh dấu đã đọc", tags, params: idParams } },
    async (req) => markRead(ctxOf(req, deps), req.params.id),
  );
}
