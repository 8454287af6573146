import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, typed } from "../shared/http.ts";
import { membershipInput, peopleQuery, personInput, personOut, personStatusInput } from "./contract.ts";
import { createPerson } from "./use-cases/create.ts";
import { grantMembership, revokeMembership } from "./use-cases/memberships.ts";
import { findPeople, getPerson } from "./use-cases/read.ts";
import { setPersonStatus } from "./use-cases/status.ts";

const tags = ["cán bộ"];
const one = { 200: personOut };

export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/people",
    {
      schema: {
        summary: "Cán bộ của một đơn vị (và cấp dưới, nếu có quyền), hoặc tìm theo tên",
        tags,
        querystring: peopleQuery,
        response: { 200: z.array(personOut) },
      },
    },
    async (req) => findPeople(ctxOf(req, deps), req.query),
  );
  r.get(
    "/api/people/:id",
    { schema: { summary: "Một cán bộ và các vai trò", tags, params: idParams, response: one } },
    async (req) => getPerson(ctxOf(req, deps), req.params.id),
  );
  r.post(
    "/api/people",
    { schema: { summary: "Tạo tài khoản cán bộ", tags, body: personInput, response: one } },
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
        response: one,
      },
    },
    async (req) => grantMembership(ctxOf(req, deps), req.params.id, req.body),
  );
  r.delete(
    "/api/memberships/:id",
    { schema: { summary: "Gỡ một vai trò", tags, params: idParams, response: one } },
    async (req) => revokeMembership(ctxOf(req, deps), req.params.id),
  );
  r.post(
    "/api/people/:id/status",
    {
      schema: {
        summary: "Khóa hoặc mở khóa tài khoản",
        tags,
        params: idParams,
        body: personStatusInput,
        response: one,
      },
    },
    async (req) => setPersonStatus(ctxOf(req, deps), req.params.id, req.body.status),
  );
}
