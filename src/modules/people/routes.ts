import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, typed } from "../shared/http.ts";
import { membershipInput, personInput, personOut } from "./schema.ts";
import {
  createPerson,
  getPerson,
  grantMembership,
  listPeople,
  revokeMembership,
  searchPeople,
  setPersonStatus,
} from "./service.ts";

const tags = ["cán bộ"];

export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/people",
    {
      schema: {
        summary: "Cán bộ của một đơn vị (và cấp dưới, nếu có quyền), hoặc tìm theo tên",
        tags,
        querystring: z.object({
          orgId: z.uuid().optional(),
          below: z.stringbool().optional(),
          q: z.string().trim().min(2).max(100).optional(),
        }),
        response: { 200: z.array(personOut) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, deps);
      if (req.query.orgId) return listPeople(ctx, req.query.orgId, req.query.below ?? false);
      return searchPeople(ctx, req.query.q ?? "");
    },
  );
  r.get(
    "/api/people/:id",
    {
      schema: { summary: "Một cán bộ và các vai trò", tags, params: idParams, response: { 200: personOut } },
    },
    async (req) => getPerson(ctxOf(req, deps), req.params.id),
  );
  r.post(
    "/api/people",
    { schema: { summary: "Tạo tài khoản cán bộ", tags, body: personInput, response: { 200: personOut } } },
    async (req) => createPerson(ctxOf(req, deps), req.body),
  );
  r.post(
    "/api/people/:id/memberships",
    {
      schema: {
        summary: "Giao vai trò tại một đơn vị",
        tags,
        params: idParams,
        body: membershipInput,
        response: { 200: personOut },
      },
    },
    async (req) => grantMembership(ctxOf(req, deps), req.params.id, req.body),
  );
  r.delete(
    "/api/memberships/:id",
    { schema: { summary: "Gỡ một vai trò", tags, params: idParams, response: { 200: personOut } } },
    async (req) => revokeMembership(ctxOf(req, deps), req.params.id),
  );
  r.post(
    "/api/people/:id/status",
    {
      schema: {
        summary: "Khóa hoặc mở khóa tài khoản",
        tags,
        params: idParams,
        body: z.object({ status: z.enum(["active", "disabled"]) }),
        response: { 200: personOut },
      },
    },
    async (req) => setPersonStatus(ctxOf(req, deps), req.params.id, req.body.status),
  );
}
