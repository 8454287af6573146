import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { invalid } from "../../core/errors.ts";
import { MAX_FILE_BYTES } from "../files/service.ts";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, sendFile, typed } from "../shared/http.ts";
import {
  cascadeQuery,
  coverageCreate,
  coverageDecision,
  headerUpdate,
  importFields,
  listQuery,
  mergeInput,
  reportingUpdate,
  splitInput,
  taskUpdate,
  unitInput,
  unnamedInput,
  versionInput,
} from "./schema.ts";
import { confirmDirective } from "./use-cases/confirm.ts";
import { coverageMatrix, decideCoverage, linkCoverage, suggestCoverageFor } from "./use-cases/coverage.ts";
import { importDirective } from "./use-cases/import.ts";
import { cascadeTree, directiveFile, getDirective, listDirectives } from "./use-cases/read.ts";
import {
  discardDraft,
  getReview,
  mapUnit,
  mergeTasks,
  settleUnnamed,
  splitTask,
  updateHeader,
  updateReporting,
  updateTask,
} from "./use-cases/review.ts";

const tags = ["văn bản chỉ đạo"];
const taskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
const reportingParams = z.object({ id: z.uuid(), reportingId: z.uuid() });

export async function directiveRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/directives",
    {
      schema: {
        summary: "Danh sách văn bản (tìm không dấu; lọc theo trạng thái, cơ quan ban hành, loại)",
        tags,
        querystring: listQuery,
      },
    },
    async (req) => listDirectives(ctxOf(req, deps), req.query),
  );
  // Multipart only here, so no other route accepts file bodies.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });
    typed(scope).post(
      "/api/directives/import",
      {
        schema: {
          summary: "Nhập văn bản (.txt, .md, .docx, .pdf; multipart, trường file) thành bản nháp chờ rà soát",
          tags,
          querystring: importFields,
        },
      },
      async (req) => {
        const file = await req.file();
        if (!file) throw invalid("Hãy chọn tệp văn bản để nhập.");
        const bytes = await file.toBuffer();
        return importDirective(ctxOf(req, deps), deps.storage, {
          bytes,
          fileName: file.filename,
          mimeType: file.mimetype,
          ownerOrgId: req.query.ownerOrgId,
        });
      },
    );
  });
  r.get(
    "/api/directives/cascade",
    {
      schema: {
        summary: "Cây thực hiện văn bản từ một văn bản gốc (hoặc mọi gốc) trở xuống",
        tags,
        querystring: cascadeQuery,
      },
    },
    async (req) => cascadeTree(ctxOf(req, deps), req.query.rootId),
  );
  r.get(
    "/api/directives/:id",
    {
      schema: {
        summary: "Một văn bản: thông tin, nhiệm vụ và việc đã giao, chế độ báo cáo, trích dẫn",
        tags,
        params: idParams,
      },
    },
    async (req) => getDirective(ctxOf(req, deps), req.params.id),
  );
  r.get(
    "/api/directives/:id/review",
    {
      schema: {
        summary: "Bản nháp để rà soát: văn bản gốc, nhiệm vụ, đơn vị, vấn đề còn lại",
        tags,
        params: idParams,
      },
    },
    async (req) => getReview(ctxOf(req, deps), req.params.id),
  );
  r.get(
    "/api/directives/:id/file",
    { schema: { summary: "Tệp gốc của văn bản", tags, params: idParams } },
    async (req, reply) => sendFile(reply, await directiveFile(ctxOf(req, deps), deps.storage, req.params.id)),
  );
  r.patch(
    "/api/directives/:id",
    {
      schema: {
        summary: "Sửa thông tin bản nháp (kèm số phiên bản)",
        tags,
        params: idParams,
        body: headerUpdate,
      },
    },
    async (req) => updateHeader(ctxOf(req, deps), req.params.id, req.body),
  );
  r.patch(
    "/api/directives/:id/tasks/:taskId",
    {
      schema: {
        summary: "Sửa một nhiệm vụ của bản nháp: nội dung, thời hạn, đơn vị, giao từng cơ quan",
        tags,
        params: taskParams,
        body: taskUpdate,
      },
    },
    async (req) => updateTask(ctxOf(req, deps), req.params.id, req.params.taskId, req.body),
  );
  r.post(
    "/api/directives/:id/tasks/:taskId/split",
    {
      schema: {
        summary: "Tách một nhiệm vụ làm hai tại một vị trí của nội dung",
        tags,
        params: taskParams,
        body: splitInput,
      },
    },
    async (req) => splitTask(ctxOf(req, deps), req.params.id, req.params.taskId, req.body),
  );
  r.post(
    "/api/directives/:id/tasks/merge",
    { schema: { summary: "Gộp hai nhiệm vụ liền nhau", tags, params: idParams, body: mergeInput } },
    async (req) => mergeTasks(ctxOf(req, deps), req.params.id, req.body),
  );
  r.put(
    "/api/directives/:id/units",
    {
      schema: {
        summary: "Xác định cơ quan cho một tên đơn vị của bản nháp",
        tags,
        params: idParams,
        body: unitInput,
      },
    },
    async (req) => mapUnit(ctxOf(req, deps), req.params.id, req.body),
  );
  r.post(
    "/api/directives/:id/unnamed",
    {
      schema: {
        summary: "Giao cơ quan chủ trì, hoặc đánh dấu không giao việc, cho mọi nhiệm vụ chưa nêu đơn vị",
        tags,
        params: idParams,
        body: unnamedInput,
      },
    },
    async (req) => settleUnnamed(ctxOf(req, deps), req.params.id, req.body),
  );
  r.patch(
    "/api/directives/:id/reporting/:reportingId",
    {
      schema: {
        summary: "Xác định cơ quan nhận báo cáo",
        tags,
        params: reportingParams,
        body: reportingUpdate,
      },
    },
    async (req) => updateReporting(ctxOf(req, deps), req.params.id, req.params.reportingId, req.body),
  );
  r.post(
    "/api/directives/:id/confirm",
    {
      schema: {
        summary: "Xác nhận bản nháp: giao việc, nối vào cây thực hiện",
        tags,
        params: idParams,
        body: versionInput,
      },
    },
    async (req) => confirmDirective(ctxOf(req, deps), req.params.id, req.body),
  );
  r.post(
    "/api/directives/:id/discard",
    { schema: { summary: "Hủy bản nháp", tags, params: idParams, body: versionInput } },
    async (req) => discardDraft(ctxOf(req, deps), req.params.id, req.body),
  );
  r.get(
    "/api/directives/:id/coverage",
    {
      schema: {
        summary: "Ma trận bao phủ: nhóm nhiệm vụ của văn bản × các kế hoạch thực hiện",
        tags,
        params: idParams,
      },
    },
    async (req) => coverageMatrix(ctxOf(req, deps), req.params.id),
  );
  r.post(
    "/api/directives/:id/coverage/suggest",
    { schema: { summary: "Tính lại gợi ý bao phủ (giữ các quyết định đã có)", tags, params: idParams } },
    async (req) => suggestCoverageFor(ctxOf(req, deps), req.params.id),
  );
  r.patch(
    "/api/coverage-links/:id",
    {
      schema: {
        summary: "Xác nhận hoặc bác một gợi ý bao phủ",
        tags,
        params: idParams,
        body: coverageDecision,
      },
    },
    async (req) => decideCoverage(ctxOf(req, deps), req.params.id, req.body.status),
  );
  r.post(
    "/api/coverage-links",
    {
      schema: {
        summary: "Gắn một nhiệm vụ của kế hoạch vào một nhóm của văn bản cấp trên",
        tags,
        body: coverageCreate,
      },
    },
    async (req) => linkCoverage(ctxOf(req, deps), req.body.childTaskId, req.body.parentGroupId),
  );
}
