// The directives API: each route states its contract (contract.ts), and calls one use case, which
// asks the policy. Review edits share one shape: the draft's version in, the review as it now stands out.
// An import reads its file (shared/forms.ts) only once the policy let the official import for the owner body.
import type { FastifyInstance } from "fastify";
import { invalid } from "../../core/errors.ts";
import type { AppDeps } from "../shared/deps.ts";
import { readMultipart, withForms } from "../shared/forms.ts";
import { idParams, routesOf, sendFile } from "../shared/http.ts";
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
  const route = routesOf(app, deps, tags);

  route.get(
    "/api/directives",
    {
      summary: "Danh sách văn bản (tìm không dấu; lọc theo trạng thái, cơ quan ban hành, loại)",
      query: listQuery,
      response: directiveListOut,
    },
    ({ ctx, query }) => listDirectives(ctx, query),
  );
  // Multipart only here, so no other route accepts file bodies.
  await withForms(app, { files: 1, fields: 5 }, (scope) =>
    routesOf(scope, deps, tags).post(
      "/api/directives/import",
      {
        summary: "Nhập văn bản (.txt, .md, .docx, .pdf; multipart, trường file) thành bản nháp chờ rà soát",
        query: importFields,
        response: importOut,
      },
      ({ ctx, query, req }) =>
        importUpload(ctx, deps.storage, {
          ownerOrgId: query.ownerOrgId,
          // Called by the use case once the policy allowed the import: only then is the file read.
          read: async () => {
            const [file] = (await readMultipart(req, { maxFiles: 1 })).files;
            if (!file) throw invalid("Hãy chọn tệp văn bản để nhập.");
            return file;
          },
        }),
    ),
  );
  route.get(
    "/api/directives/cascade",
    {
      summary: "Cây thực hiện văn bản từ một văn bản gốc (hoặc mọi gốc) trở xuống",
      query: cascadeQuery,
      response: cascadeOut,
    },
    ({ ctx, query }) => cascadeTree(ctx, query.rootId),
  );
  route.get(
    "/api/directives/:id",
    {
      summary: "Một văn bản: thông tin, nhiệm vụ và việc đã giao, chế độ báo cáo, trích dẫn",
      params: idParams,
      response: directiveOut,
    },
    ({ ctx, params }) => getDirective(ctx, params.id),
  );
  route.get(
    "/api/directives/:id/review",
    {
      summary: "Bản nháp để rà soát: văn bản gốc, nhiệm vụ, đơn vị, vấn đề còn lại",
      params: idParams,
      response: reviewOut,
    },
    ({ ctx, params }) => getReview(ctx, params.id),
  );
  route.get(
    "/api/directives/:id/file",
    { summary: "Tệp gốc của văn bản", params: idParams },
    async ({ ctx, params, reply }) => sendFile(reply, await directiveFile(ctx, deps.storage, params.id)),
  );

  // The shapes review edits share.
  const review = { params: idParams, response: reviewOut };
  const reviewOfTask = { params: taskParams, response: reviewOut };
  route.patch(
    "/api/directives/:id",
    { summary: "Sửa thông tin bản nháp (kèm số phiên bản)", ...review, body: headerUpdate },
    ({ ctx, params, body }) => updateHeader(ctx, params.id, body),
  );
  route.patch(
    "/api/directives/:id/tasks/:taskId",
    {
      summary: "Sửa một nhiệm vụ của bản nháp: nội dung, thời hạn, đơn vị, giao từng cơ quan",
      ...reviewOfTask,
      body: taskUpdate,
    },
    ({ ctx, params, body }) => updateTask(ctx, params.id, params.taskId, body),
  );
  route.post(
    "/api/directives/:id/tasks/:taskId/split",
    { summary: "Tách một nhiệm vụ làm hai tại một vị trí của nội dung", ...reviewOfTask, body: splitInput },
    ({ ctx, params, body }) => splitTask(ctx, params.id, params.taskId, body),
  );
  route.post(
    "/api/directives/:id/tasks/merge",
    { summary: "Gộp hai nhiệm vụ liền nhau", ...review, body: mergeInput },
    ({ ctx, params, body }) => mergeTasks(ctx, params.id, body),
  );
  route.put(
    "/api/directives/:id/units",
    { summary: "Xác định cơ quan cho một tên đơn vị của bản nháp", ...review, body: unitInput },
    ({ ctx, params, body }) => mapUnit(ctx, params.id, body),
  );
  route.post(
    "/api/directives/:id/unnamed",
    {
      summary: "Giao cơ quan chủ trì, hoặc đánh dấu không giao việc, cho mọi nhiệm vụ chưa nêu đơn vị",
      ...review,
      body: unnamedInput,
    },
    ({ ctx, params, body }) => settleUnnamed(ctx, params.id, body),
  );
  route.patch(
    "/api/directives/:id/reporting/:reportingId",
    {
      summary: "Xác định cơ quan nhận báo cáo",
      params: reportingParams,
      body: reportingUpdate,
      response: reviewOut,
    },
    ({ ctx, params, body }) => updateReporting(ctx, params.id, params.reportingId, body),
  );
  route.post(
    "/api/directives/:id/confirm",
    {
      summary: "Xác nhận bản nháp: giao việc, nối vào cây thực hiện",
      params: idParams,
      body: versionInput,
      response: confirmOut,
    },
    ({ ctx, params, body }) => confirmDirective(ctx, params.id, body),
  );
  route.post(
    "/api/directives/:id/discard",
    { summary: "Hủy bản nháp", params: idParams, body: versionInput, response: discardOut },
    ({ ctx, params, body }) => discardDraft(ctx, params.id, body),
  );
  route.get(
    "/api/directives/:id/coverage",
    {
      summary: "Ma trận bao phủ: nhóm nhiệm vụ của văn bản × các kế hoạch thực hiện",
      params: idParams,
      response: coverageMatrixOut,
    },
    ({ ctx, params }) => coverageMatrix(ctx, params.id),
  );
  route.post(
    "/api/directives/:id/coverage/suggest",
    {
      summary:
        "Tính lại gợi ý bao phủ, giữ các quyết định đã có (cơ quan ban hành văn bản hoặc kế hoạch thực hiện nó, hoặc cấp trên)",
      params: idParams,
      response: coverageRefreshOut,
    },
    ({ ctx, params }) => suggestCoverageFor(ctx, params.id),
  );
  route.patch(
    "/api/coverage-links/:id",
    {
      summary: "Xác nhận hoặc bác một gợi ý bao phủ",
      params: idParams,
      body: coverageDecision,
      response: coverageLinkOut,
    },
    ({ ctx, params, body }) => decideCoverage(ctx, params.id, body.status),
  );
  route.post(
    "/api/coverage-links",
    {
      summary: "Gắn một nhiệm vụ của kế hoạch vào một nhóm của văn bản cấp trên",
      body: coverageCreate,
      response: coverageLinkOut,
    },
    ({ ctx, body }) => linkCoverage(ctx, body.childTaskId, body.parentGroupId),
  );
}
