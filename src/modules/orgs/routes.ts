import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { forbidden } from "../../core/errors.ts";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, sendFile, typed } from "../shared/http.ts";
import { exportOrgs, importOrgs } from "./interchange.ts";
import { orgPolicy } from "./policy.ts";
import { dissolveOrg, mergeOrgs, moveOrg, renameOrg, splitOrg } from "./reorganise.ts";
import {
  dissolveInput,
  importReportOut,
  mergeInput,
  mergeOut,
  moveInput,
  orgDetailOut,
  orgInput,
  orgOut,
  orgUpdate,
  renameInput,
  splitInput,
  splitOut,
} from "./schema.ts";
import { createOrg, getOrgDetail, listOrgs, updateOrg } from "./service.ts";

const tags = ["tổ chức"];

export async function orgRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/orgs",
    {
      schema: {
        summary: "Danh sách cơ quan, đơn vị (cây tổ chức, cha trước con); tìm không dấu",
        tags,
        querystring: z.object({
          q: z.string().max(200).optional(),
          includeInactive: z.stringbool().optional(),
        }),
        response: { 200: z.array(orgOut) },
      },
    },
    async (req) => listOrgs(deps.database.db, req.query),
  );
  r.get(
    "/api/orgs/export",
    {
      schema: {
        summary: "Xuất cây tổ chức (CSV hoặc JSON)",
        tags,
        querystring: z.object({ format: z.enum(["csv", "json"]) }),
      },
    },
    async (req, reply) => {
      if (!orgPolicy.manage(req.actor)) throw forbidden();
      const body = await exportOrgs(deps.database.db, req.query.format);
      return sendFile(reply, {
        bytes: Buffer.from(body, "utf8"),
        fileName: `co-cau-to-chuc.${req.query.format}`,
        mimeType: req.query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      });
    },
  );
  r.post(
    "/api/orgs/import",
    {
      schema: {
        summary: "Nhập cây tổ chức từ CSV hoặc JSON (theo mã; tất cả hoặc không gì cả)",
        tags,
        body: z.object({ format: z.enum(["csv", "json"]), content: z.string().min(1).max(5_000_000) }),
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
  r.patch(
    "/api/orgs/:id",
    {
      schema: {
        summary: "Sửa thông tin (kèm số phiên bản)",
        tags,
        params: idParams,
        body: orgUpdate,
        response: { 200: orgOut },
      },
    },
    async (req) => updateOrg(ctxOf(req, deps), req.params.id, req.body),
  );
  r.post(
    "/api/orgs/:id/rename",
    {
      schema: {
        summary: "Đổi tên, có ngày hiệu lực",
        tags,
        params: idParams,
        body: renameInput,
        response: { 200: orgOut },
      },
    },
    async (req) => renameOrg(ctxOf(req, deps), req.params.id, req.body),
  );
  r.post(
    "/api/orgs/:id/dissolve",
    {
      schema: {
        summary: "Giải thể, có đơn vị kế thừa",
        tags,
        params: idParams,
        body: dissolveInput,
        response: { 200: orgOut },
      },
    },
    async (req) => dissolveOrg(ctxOf(req, deps), req.params.id, req.body),
  );
  r.post(
    "/api/orgs/:id/move",
    {
      schema: {
        summary: "Chuyển sang đơn vị cấp trên khác",
        tags,
        params: idParams,
        body: moveInput,
        response: { 200: orgOut },
      },
    },
    async (req) => moveOrg(ctxOf(req, deps), req.params.id, req.body),
  );
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
