import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { routesOf } from "../shared/http.ts";
import { auditEventOut, auditQuery, verifyOut } from "./contract.ts";
import { readAuditTrail } from "./use-cases/list.ts";
import { verifyAuditTrail } from "./use-cases/verify.ts";

export async function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["nhật ký"]);
  route.get(
    "/api/audit",
    { summary: "Nhật ký thay đổi (mới nhất trước)", query: auditQuery, response: z.array(auditEventOut) },
    ({ ctx, query }) => readAuditTrail(ctx, query),
  );
  route.get(
    "/api/audit/verify",
    { summary: "Kiểm tra tính toàn vẹn của chuỗi nhật ký", response: verifyOut },
    ({ ctx }) => verifyAuditTrail(ctx),
  );
}
