// The directives API: each route states its contract (contract.ts), and calls one use case, which
// asks the policy. Review edits share one shape: the draft's version in, the review as it now stands out.
import multipart from "@fastify/multipart";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { z } from "zod";
import { invalid } from "../../core/errors.ts";
import { MAX_FILE_BYTES } from "../files/rules/upload.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, sendFile, typed } from "../shared/http.ts";
import {
  cascadeOut,
  cascadeQuery,
  confirmOut,
  coverageCreate,
  coverageDecision,
  coverageLinkOut,
  coverageMatrixOut,
  coverageRefreshOut,
  directiveListOut,
  directiveOut,
  discardOut,
  headerUpdate,
  importFields,
  importOut,
  listQuery,
  mergeInput,
  reportingParams,
  reportingUpdate,
  reviewOut,
  splitInput,
  taskParams,
  taskUpdate,
  unitInput,
  unnamedInput,
  versionInput,
} from "./contract.ts";
import { cascadeTree } from "./use-cases/cascade.ts";
import { confirmDirective } from "./use-cases/confirm.ts";
import { decideCoverage, linkCoverage } from "./use-cases/coverage-decide.ts";
import { coverageMatrix } from "./use-cases/coverage-matrix.ts";
import { suggestCoverageFor } from "./use-cases/coverage-suggest.ts";
import { discardDraft } from "./use-cases/discard.ts";
import { directiveFile, getDirective } from "./use-cases/document.ts";
import { updateHeader, updateReporting, updateTask } from "./use-cases/edit-draft.ts";
import { importUpload } from "./use-cases/import.ts";
import { listDirectives } from "./use-cases/list.ts";
import { mapUnit, settleUnnamed } from "./use-cases/map-units.ts";
import { getReview } from "./use-cases/review.ts";
import { mergeTasks, splitTask } from "./use-cases/split-merge.ts";

const tags = ["văn bản chỉ đạo"];

export async function directiveRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);

  /** A route on one document (`:id`) without a body: the use case gets its id. */
  function documentRoute<R extends z.ZodType>(
    method: "GET" | "POST",
    url: string,
    summary: string,
    response: R,
    run: (ctx: UseCaseContext, id: string) => Promise<z.input<R>>,
  ) {
    // Untyped here: the generic shapes are checked on `run` instead.
    app.route(<RouteOptions>{
      method,
      url,
      schema: { summary, tags, params: idParams, response: { 200: response } },
      handler: async (req) => run(ctxOf(req, deps), (req.params as { id: string }).id),
    });
  }

  /** A change with params and body by the contract; review edits answer the review as it now stands. */
  function changeRoute<P extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
    method: "PATCH" | "POST" | "PUT",
    url: string,
    summary: string,
    shapes: { params: P; body: B; response: R },
    run: (ctx: UseCaseContext, params: z.output<P>, body: z.output<B>) => Promise<z.input<R>>,
  ) {
    app.route(<RouteOptions>{
      method,
      url,
      schema: { summary, tags, params: shapes.params, body: shapes.body, response: { 200: shapes.response } },
      handler: async (req) => run(ctxOf(req, deps), req.params as z.output<P>, req.body as z.output<B>),
    });
  }

  r.get(
    "/api/directives",
    {
      schema: {
        summary: "Danh sách văn bản (tìm không dấu; lọc theo trạng thái, cơ quan ban hành, loại)",
        tags,
        querystring: listQuery,
        response: { 200: directiveListOut },
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
          response: { 200: importOut },
        },
      },
      // The file is read only after the policy allowed the import for the owner body.
      async (req) =>
        importUpload(ctxOf(req, deps), deps.storage, {
          ownerOrgId: req.query.ownerOrgId,
          read: async () => {
            const file = await req.file();
            if (!file) throw invalid("Hãy chọn tệp văn bản để nhập.");
            return { bytes: await file.toBuffer(), fileName: file.filename, mimeType: file.mimetype };
          },
        }),
    );
  });
  r.get(
    "/api/directives/cascade",
    {
      schema: {
        summary: "Cây thực hiện văn bản từ một văn bản gốc (hoặc mọi gốc) trở xuống",
        tags,
        querystring: cascadeQuery,
        response: { 200: cascadeOut },
      },
    },
    async (req) => cascadeTree(ctxOf(req, deps), req.query.rootId),
  );
  documentRoute(
    "GET",
    "/api/directives/:id",
    "Một văn bản: thông tin, nhiệm vụ và việc đã giao, chế độ báo cáo, trích dẫn",
    directiveOut,
    (ctx, id) => getDirective(ctx, id),
  );
  documentRoute(
    "GET",
    "/api/directives/:id/review",
    "Bản nháp để rà soát: văn bản gốc, nhiệm vụ, đơn vị, vấn đề còn lại",
    reviewOut,
    (ctx, id) => getReview(ctx, id),
  );
  r.get(
    "/api/directives/:id/file",
    { schema: { summary: "Tệp gốc của văn bản", tags, params: idParams } },
    async (req, reply) => sendFile(reply, await directiveFile(ctxOf(req, deps), deps.storage, req.params.id)),
  );
  changeRoute(
    "PATCH",
    "/api/directives/:id",
    "Sửa thông tin bản nháp (kèm số phiên bản)",
    { params: idParams, body: headerUpdate, response: reviewOut },
    (ctx, p, body) => updateHeader(ctx, p.id, body),
  );
  changeRoute(
    "PATCH",
    "/api/directives/:id/tasks/:taskId",
    "Sửa một nhiệm vụ của bản nháp: nội dung, thời hạn, đơn vị, giao từng cơ quan",
    { params: taskParams, body: taskUpdate, response: reviewOut },
    (ctx, p, body) => updateTask(ctx, p.id, p.taskId, body),
  );
  changeRoute(
    "POST",
    "/api/directives/:id/tasks/:taskId/split",
    "Tách một nhiệm vụ làm hai tại một vị trí của nội dung",
    { params: taskParams, body: splitInput, response: reviewOut },
    (ctx, p, body) => splitTask(ctx, p.id, p.taskId, body),
  );
  changeRoute(
    "POST",
    "/api/directives/:id/tasks/merge",
    "Gộp hai nhiệm vụ liền nhau",
    { params: idParams, body: mergeInput, response: reviewOut },
    (ctx, p, body) => mergeTasks(ctx, p.id, body),
  );
  changeRoute(
    "PUT",
    "/api/directives/:id/units",
    "Xác định cơ quan cho một tên đơn vị của bản nháp",
    { params: idParams, body: unitInput, response: reviewOut },
    (ctx, p, body) => mapUnit(ctx, p.id, body),
  );
  changeRoute(
    "POST",
    "/api/directives/:id/unnamed",
    "Giao cơ quan chủ trì, hoặc đánh dấu không giao việc, cho mọi nhiệm vụ chưa nêu đơn vị",
    { params: idParams, body: unnamedInput, response: reviewOut },
    (ctx, p, body) => settleUnnamed(ctx, p.id, body),
  );
  changeRoute(
    "PATCH",
    "/api/directives/:id/reporting/:reportingId",
    "Xác định cơ quan nhận báo cáo",
    { params: reportingParams, body: reportingUpdate, response: reviewOut },
    (ctx, p, body) => updateReporting(ctx, p.id, p.reportingId, body),
  );
  changeRoute(
    "POST",
    "/api/directives/:id/confirm",
    "Xác nhận bản nháp: giao việc, nối vào cây thực hiện",
    { params: idParams, body: versionInput, response: confirmOut },
    (ctx, p, body) => confirmDirective(ctx, p.id, body),
  );
  changeRoute(
    "POST",
    "/api/directives/:id/discard",
    "Hủy bản nháp",
    { params: idParams, body: versionInput, response: discardOut },
    (ctx, p, body) => discardDraft(ctx, p.id, body),
  );
  documentRoute(
    "GET",
    "/api/directives/:id/coverage",
    "Ma trận bao phủ: nhóm nhiệm vụ của văn bản × các kế hoạch thực hiện",
    coverageMatrixOut,
    (ctx, id) => coverageMatrix(ctx, id),
  );
  documentRoute(
    "POST",
    "/api/directives/:id/coverage/suggest",
    "Tính lại gợi ý bao phủ (giữ các quyết định đã có)",
    coverageRefreshOut,
    (ctx, id) => suggestCoverageFor(ctx, id),
  );
  r.patch(
    "/api/coverage-links/:id",
    {
      schema: {
        summary: "Xác nhận hoặc bác một gợi ý bao phủ",
        tags,
        params: idParams,
        body: coverageDecision,
        response: { 200: coverageLinkOut },
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
        response: { 200: coverageLinkOut },
      },
    },
    async (req) => linkCoverage(ctxOf(req, deps), req.body.childTaskId, req.body.parentGroupId),
  );
}
