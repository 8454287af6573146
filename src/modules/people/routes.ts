import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { idParams, routesOf } from "../shared/http.ts";
import { membershipInput, peopleQuery, personInput, personOut, personStatusInput } from "./contract.ts";
import { createPerson } from "./use-cases/create.ts";
import { grantMembership, revokeMembership } from "./use-cases/memberships.ts";
import { findPeople, getPerson } from "./use-cases/read.ts";
import { setPersonStatus } from "./use-cases/status.ts";

export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["cán bộ"]);
  route.get(
    "/api/people",
    {
      summary: "Cán bộ của một đơn vị (và cấp dưới, nếu có quyền), hoặc tìm theo tên",
      query: peopleQuery,
      response: z.array(personOut),
    },
    ({ ctx, query }) => findPeople(ctx, query),
  );
  route.get(
    "/api/people/:id",
    { summary: "Một cán bộ và các vai trò", params: idParams, response: personOut },
    ({ ctx, params }) => getPerson(ctx, params.id),
  );
  route.post(
    "/api/people",
    { summary: "Tạo tài khoản cán bộ", body: personInput, response: personOut },
    ({ ctx, body }) => createPerson(ctx, body),
  );
  route.post(
    "/api/people/:id/memberships",
    { summary: "Giao vai trò tại một đơn vị", params: idParams, body: membershipInput, response: personOut },
    ({ ctx, params, body }) => grantMembership(ctx, params.id, body),
  );
  route.delete(
    "/api/memberships/:id",
    { summary: "Gỡ một vai trò", params: idParams, response: personOut },
    ({ ctx, params }) => revokeMembership(ctx, params.id),
  );
  route.post(
    "/api/people/:id/status",
    {
      summary: "Khóa hoặc mở khóa tài khoản",
      params: idParams,
      body: personStatusInput,
      response: personOut,
    },
    ({ ctx, params, body }) => setPersonStatus(ctx, params.id, body.status),
  );
}
