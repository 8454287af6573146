import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, routesOf } from "../shared/http.ts";
import { membershipInput, peopleQuery, personInput, personOut, personStatusInput } from "./contract.ts";
import { createPerson } from "./use-cases/create.ts";
import { grantMembership, revokeMembership } from "./use-cases/memberships.ts";
import { findPeople, getPerson } from "./use-cases/read.ts";
import { setPersonStatus } from "./use-cases/status.ts";

export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, ["cán bộ"]);
  route.get(
    "/api/people",
    {
      summary: "Cán bộ của một đơn vị (và cấp dưới, nếu có quyền), hoặc tìm theo tên",
      query: peopleQuery,
      response: z.array(personOut),
    },
    (req) => findPeople(ctxOf(req, deps), req.query),
  );
  route.get(
    "/api/people/:id",
    { summary: "Một cán bộ và các vai trò", params: idParams, response: personOut },
    (req) => getPerson(ctxOf(req, deps), req.params.id),
  );
  route.post(
    "/api/people",
    { summary: "Tạo tài khoản cán bộ", body: personInput, response: personOut },
    (req) => createPerson(ctxOf(req, deps), req.body),
  );
  route.post(
    "/api/people/:id/memberships",
    { summary: "Giao vai trò tại một đơn vị", params: idParams, body: membershipInput, response: personOut },
    (req) => grantMembership(ctxOf(req, deps), req.params.id, req.body),
  );
  route.delete(
    "/api/memberships/:id",
    { summary: "Gỡ một vai trò", params: idParams, response: personOut },
    (req) => revokeMembership(ctxOf(req, deps), req.params.id),
  );
  route.post(
    "/api/people/:id/status",
    {
      summary: "Khóa hoặc mở khóa tài khoản",
      params: idParams,
      body: personStatusInput,
      response: personOut,
    },
    (req) => setPersonStatus(ctxOf(req, deps), req.params.id, req.body.status),
  );
}
