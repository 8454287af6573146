import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { UseCaseContext } from "../shared/context.ts";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, sendFile, typed } from "../shared/http.ts";
import {
  dissolveInput,
  exportQuery,
  importInput,
  importReportOut,
  mergeInput,
  mergeOut,
  moveInput,
  type OrgOut,
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

const tags = ["tổ chức"];

export async function orgRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/orgs",
    {
      schema: {
        summary: "Danh sách cơ quan, đơn vị (cây tổ chức, cha trước con); tìm không dấu",
        tags,
        querystring: orgsQuery,
        response: { 200: z.array(orgOut) },
      },
    },
    async (req) => listOrgs(deps.database.db, req.query),
  );
  r.get(
    "/api/orgs/export",
    { schema: { summary: "Xuất cây tổ chức (CSV hoặc JSON)", tags, querystring: exportQuery } },
    async (req, reply) => sendFile(reply, await downloadOrgs(ctxOf(req, deps), req.query.format)),
  );
  r.post(
    "/api/orgs/import",
    {
      schema: {
        summary: "Nhập cây tổ chức từ CSV hoặc JSON (theo mã; tất cả hoặc không gì cả)",
        tags,
        body: importInput,
        response: { 200: importReportOut },
      },
      bodyLimit: 6 * 1024 * 1024,
    },
    async (req) => importOrgs(ctxOf(req, deps), req.body.format, req.body.content),
  );
  r.get(
    "/api/orgs/:id",
    {
      schema: {
        summary: "Một cơ quan, với tên cũ và lịch sử sắp xếp",
        tags,
        params: idParams,
        response: { 200: orgDetailOut },
      },
    },
    async (req) => getOrgDetail(deps.database.db, req.params.id),
  );
  r.post(
    "/api/orgs",
    { schema: { summary: "Thêm cơ quan, đơn vị", tags, body: orgInput, response: { 200: orgOut } } },
    async (req) => createOrg(ctxOf(req, deps), req.body),
  );

  /** A change of one body (PATCH /api/orgs/:id, POST /api/orgs/:id/<event>): its input, the body after. */
  const changeOfOne = <B extends z.ZodType>(
    method: "patch" | "post",
    url: string,
    summary: string,
    body: B,
    run: (ctx: UseCaseContext, id: string, input: z.infer<B>) => Promise<OrgOut>,
  ) =>
    r.route({
      method,
      url,
      schema: { summary, tags, params: idParams, body, response: { 200: orgOut } },
      handler: async (req) => run(ctxOf(req, deps), req.params.id, req.body as z.infer<B>),
    });
  changeOfOne("patch", "/api/orgs/:id", "Sửa thông tin (kèm số phiên bản)", orgUpdate, updateOrg);
  changeOfOne("post", "/api/orgs/:id/rename", "Đổi tên, có ngày hiệu lực", renameInput, renameOrg);
  changeOfOne("post", "/api/orgs/:id/dissolve", "Giải thể, có đơn vị kế thừa", dissolveInput, dissolveOrg);
  changeOfOne("post", "/api/orgs/:id/move", "Chuyển sang đơn vị cấp trên khác", moveInput, moveOrg);

  r.post(
    "/api/org-changes/merge",
    {
      schema: {
        summary: "Hợp nhất nhiều cơ quan thành một",
        tags,
        body: mergeInput,
        response: { 200: mergeOut },
      },
    },
    async (req) => mergeOrgs(ctxOf(req, deps), req.body),
  );
  r.post(
    "/api/org-changes/split",
    {
      schema: {
        summary: "Chia tách một cơ quan thành nhiều",
        tags,
        body: splitInput,
        response: { 200: splitOut },
      },
    },
    async (req) => splitOrg(ctxOf(req, deps), req.body),
  );
}
