import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { idParams, routesOf, sendFile } from "../shared/http.ts";
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
  const route = routesOf(app, deps, ["tổ chức"]);
  route.get(
    "/api/orgs",
    {
      summary: "Danh sách cơ quan, đơn vị (cây tổ chức, cha trước con); tìm không dấu",
      query: orgsQuery,
      response: z.array(orgOut),
    },
    ({ query }) => listOrgs(deps.database.db, query),
  );
  route.get(
    "/api/orgs/export",
    { summary: "Xuất cây tổ chức (CSV hoặc JSON)", query: exportQuery },
    async ({ ctx, query, reply }) => sendFile(reply, await downloadOrgs(ctx, query.format)),
  );
  route.post(
    "/api/orgs/import",
    {
      summary: "Nhập cây tổ chức từ CSV hoặc JSON (theo mã; tất cả hoặc không gì cả)",
      body: importInput,
      response: importReportOut,
      bodyLimit: 6 * 1024 * 1024,
    },
    ({ ctx, body }) => importOrgs(ctx, body.format, body.content),
  );
  route.get(
    "/api/orgs/:id",
    { summary: "Một cơ quan, với tên cũ và lịch sử sắp xếp", params: idParams, response: orgDetailOut },
    ({ params }) => getOrgDetail(deps.database.db, params.id),
  );
  route.post(
    "/api/orgs",
    { summary: "Thêm cơ quan, đơn vị", body: orgInput, response: orgOut },
    ({ ctx, body }) => createOrg(ctx, body),
  );

  // A change of one body: its input in, the body after it out.
  const one = { params: idParams, response: orgOut };
  route.patch(
    "/api/orgs/:id",
    { summary: "Sửa thông tin (kèm số phiên bản)", ...one, body: orgUpdate },
    ({ ctx, params, body }) => updateOrg(ctx, params.id, body),
  );
  route.post(
    "/api/orgs/:id/rename",
    { summary: "Đổi tên, có ngày hiệu lực", ...one, body: renameInput },
    ({ ctx, params, body }) => renameOrg(ctx, params.id, body),
  );
  route.post(
    "/api/orgs/:id/dissolve",
    { summary: "Giải thể, có đơn vị kế thừa", ...one, body: dissolveInput },
    ({ ctx, params, body }) => dissolveOrg(ctx, params.id, body),
  );
  route.post(
    "/api/orgs/:id/move",
    { summary: "Chuyển sang đơn vị cấp trên khác", ...one, body: moveInput },
    ({ ctx, params, body }) => moveOrg(ctx, params.id, body),
  );

  route.post(
    "/api/org-changes/merge",
    { summary: "Hợp nhất nhiều cơ quan thành một", body: mergeInput, response: mergeOut },
    ({ ctx, body }) => mergeOrgs(ctx, body),
  );
  route.post(
    "/api/org-changes/split",
    { summary: "Chia tách một cơ quan thành nhiều", body: splitInput, response: splitOut },
    ({ ctx, body }) => splitOrg(ctx, body),
  );
}
