import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, typed } from "../shared/http.ts";
import { auditEventOut, auditQuery, verifyOut } from "./contract.ts";
import { readAuditTrail } from "./use-cases/list.ts";
import { verifyAuditTrail } from "./use-cases/verify.ts";

const tags = ["nhật ký"];

export async function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/audit",
    {
      schema: {
        summary: "Nhật ký thay đổi (mới nhất trước)",
        tags,
        querystring: auditQuery,
        response: { 200: z.array(auditEventOut) },
      },
    },
    async (req) => readAuditTrail(ctxOf(req, deps), req.query),
  );
  r.get(
    "/api/audit/verify",
    {
      schema: { summary: "Kiểm tra tính toàn vẹn của chuỗi nhật ký", tags, response: { 200: verifyOut } },
    },
    async (req) => verifyAuditTrail(ctxOf(req, deps)),
  );
}
