import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, routesOf, sendFile } from "../shared/http.ts";
import {
  dissolveInput,
  exportQuery,
  importInput,
  importReportOut,
  mergeInput,
  mergeOut,
  moveInput,
  orgDetailOut,
  orgInput,
  orgOut,
  orgsQuery,
  orgUpdate,
  renameInput,
  splitInput,
  splitOut,
} from "./contract.ts";
import { createOrg, updateOrg } from "./use-cases/edit.ts";
import { downloadOrgs, importOrgs } from "./use-cases/interchange.ts";
import { getOrgDetail, listOrgs } from "./use-cases/read.ts";
import { dissolveOrg, mergeOrgs, moveOrg, renameOrg, splitOrg } from "./use-cases/reorganise.ts";

export async function orgRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, ["tổ chức"]);
  route.get(
    "/api/orgs",
    {
      summary: "Danh sách cơ quan, đơn vị (cây tổ chức, cha trước con); tìm không dấu",
      query: orgsQuery,
      response: z.array(orgOut),
    },
    (req) => listOrgs(deps.database.db, req.query),
  );
  route.get(
    "/api/orgs/export",
    { summary: "Xuất cây tổ chức (CSV hoặc JSON)", query: exportQuery },
    async (req, reply) => sendFile(reply, await downloadOrgs(ctxOf(req, deps), req.query.format)),
  );
  route.post(
    "/api/orgs/import",
    {
      summary: "Nhập cây tổ chức từ CSV hoặc JSON (theo mã; tất cả hoặc không gì cả)",
      body: importInput,
      response: importReportOut,
      bodyLimit: 6 * 1024 * 1024,
    },
    (req) => importOrgs(ctxOf(req, deps), req.body.format, req.body.content),
  );
  route.get(
    "/api/orgs/:id",
    { summary: "Một cơ quan, với tên cũ và lịch sử sắp xếp", params: idParams, response: orgDetailOut },
    (req) => getOrgDetail(deps.database.db, req.params.id),
  );
  route.post("/api/orgs", { summary: "Thêm cơ quan, đơn vị", body: orgInput, response: orgOut }, (req) =>
    createOrg(ctxOf(req, deps), req.body),
  );

  // A change of one body: its input in, the body after it out.
  const one = { params: idParams, response: orgOut };
  route.patch(
    "/api/orgs/:id",
    { summary: "Sửa thông tin (kèm số phiên bản)", ...one, body: orgUpdate },
    (req) => updateOrg(ctxOf(req, deps), req.params.id, req.body),
  );
  route.post(
    "/api/orgs/:id/rename",
    { summary: "Đổi tên, có ngày hiệu lực", ...one, body: renameInput },
    (req) => renameOrg(ctxOf(req, deps), req.params.id, req.body),
  );
  route.post(
    "/api/orgs/:id/dissolve",
    { summary: "Giải thể, có đơn vị kế thừa", ...one, body: dissolveInput },
    (req) => dissolveOrg(ctxOf(req, deps), req.params.id, req.body),
  );
  route.post(
    "/api/orgs/:id/move",
    { summary: "Chuyển sang đơn vị cấp trên khác", ...one, body: moveInput },
    (req) => moveOrg(ctxOf(req, deps), req.params.id, req.body),
  );

  route.post(
    "/api/org-changes/merge",
    { summary: "Hợp nhất nhiều cơ quan thành một", body: mergeInput, response: mergeOut },
    (req) => mergeOrgs(ctxOf(req, deps), req.body),
  );
  route.post(
    "/api/org-changes/split",
    { summary: "Chia tách một cơ quan thành nhiều", body: splitInput, response: splitOut },
    (req) => splitOrg(ctxOf(req, deps), req.body),
  );
}
