import { inArray, like, or } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { forbidden } from "../../core/errors.ts";
import { orgs } from "../orgs/schema.ts";
import type { AppDeps } from "../shared/deps.ts";
import { actorOf, typed } from "../shared/http.ts";
import { auditPolicy } from "./policy.ts";
import { listAudit, verifyChain } from "./service.ts";

const tags = ["nhật ký"];

const eventOut = z.object({
  seq: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  actingOrgId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});

export async function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  const db = deps.database.db;
  r.get(
    "/api/audit",
    {
      schema: {
        summary: "Nhật ký thay đổi (mới nhất trước)",
        tags,
        querystring: z.object({
          entity: z.string().max(60).optional(),
          entityId: z.string().max(100).optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.array(eventOut) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let actingOrgIds: string[] | undefined;
      if (!auditPolicy.readAll(actor)) {
        const roots = auditPolicy.supervisedRoots(actor);
        if (!roots.length) throw forbidden("Chỉ lãnh đạo, đầu mối tổng hợp và quản trị được xem nhật ký.");
        const rootRows = await db.select({ path: orgs.path }).from(orgs).where(inArray(orgs.id, roots));
        const below = await db
          .select({ id: orgs.id })
          .from(orgs)
          .where(or(...rootRows.map((row) => like(orgs.path, `${row.path}%`))));
        actingOrgIds = below.map((b) => b.id);
      }
      const rows = await listAudit(db, { ...req.query, actingOrgIds });
      return rows.map((e) => ({ ...e, seq: Number(e.seq), at: new Date(e.at).toISOString() }));
    },
  );
  r.get(
    "/api/audit/verify",
    {
      schema: {
        summary: "Kiểm tra tính toàn vẹn của chuỗi nhật ký",
        tags,
        response: {
          200: z.object({
            ok: z.boolean(),
            count: z.number(),
            firstBreak: z.object({ seq: z.number(), reason: z.string() }).nullable(),
          }),
        },
      },
    },
    async (req) => {
      if (!auditPolicy.verify(actorOf(req))) throw forbidden();
      return verifyChain(db);
    },
  );
}
