// The tasks API: contract schemas, access level, the policy check, one use-case call per route.
// Writes with evidence files are guarded before their body is read (shared/forms.ts): the guard
// loads the assignment's scope and asks the policy, so an official who may not act is refused with
// 403 before any file is buffered; a progress report's fields are judged again before its files.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { mailerFor } from "../notifications/adapters/mailer.ts";
import type { AppDeps } from "../shared/deps.ts";
import { formWithFiles, withForms } from "../shared/forms.ts";
import { ctxOf, idParams, routesOf, sendFile } from "../shared/http.ts";
import {
  approvalInput,
  assignmentDetail,
  assignmentList,
  assignmentRequest,
  assignmentRequestList,
  completionForm,
  extendInput,
  homeView,
  listQuery,
  MAX_FILES_PER_ENTRY,
  planSummaries,
  planView,
  reassignInput,
  requestListQuery,
  requestRefusal,
  updateForm,
  urgeInput,
} from "./contract.ts";
import { actionsOfEntry, type TaskAction } from "./policy.ts";
import { extendDeadline, reassign, urge } from "./use-cases/coordinate.ts";
import { exportAssignments } from "./use-cases/export.ts";
import { homeOf } from "./use-cases/home.ts";
import { authorise, loadFor } from "./use-cases/load.ts";
import { listPlans, planProgress } from "./use-cases/plans.ts";
import { evidenceFile, getAssignment, listAssignments } from "./use-cases/read.ts";
import { runRemindersNow } from "./use-cases/remind.ts";
import { addUpdate, decideCompletion, requestCompletion } from "./use-cases/report.ts";
import { answerRequest, listRequests, planRequests } from "./use-cases/requests.ts";

const tags = ["công việc"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function taskRoutes(parent: FastifyInstance, deps: AppDeps) {
  // Multipart parsing only for these routes (evidence files).
  await withForms(parent, { files: MAX_FILES_PER_ENTRY, fields: 20 }, (app) => {
    const route = routesOf(app, deps, tags);
    const mail = () => ({ mailer: mailerFor(deps.config), publicUrl: deps.config.publicUrl });
    /**
     * A form with evidence files on the assignment `:id`: refused unless the official may take
     * `actions` on it, then, when the form's fields ask for more (`more`), unless they may take those.
     */
    const evidence = (
      actions: TaskAction[],
      more?: (fields: Record<string, string>, status: string) => TaskAction[],
    ) =>
      formWithFiles({
        guard: (req, id) => loadFor(ctxOf(req, deps), deps.database.db, id, actions),
        beforeFiles:
          more &&
          ((req, fields, { row, scope }) => authorise(ctxOf(req, deps), scope, more(fields, row.status))),
      });

    route.get(
      "/api/home",
      {
        summary:
          "Trang chủ của cán bộ: việc quá hạn, đến hạn trong tuần, chờ duyệt, bị trả lại, thông báo mới; lãnh đạo: việc chờ mình duyệt, đơn vị chậm; kế hoạch theo dõi",
        response: homeView,
      },
      ({ ctx }) => homeOf(ctx),
    );
    route.get(
      "/api/assignments",
      {
        summary:
          "Công việc (của đơn vị, của kế hoạch...): lọc theo phân loại, đơn vị, hạn, văn bản; quá hạn lên đầu",
        query: listQuery,
        response: assignmentList,
      },
      ({ ctx, query }) => listAssignments(ctx, query),
    );
    route.get(
      "/api/assignments/export.xlsx",
      { summary: "Xuất danh sách công việc ra Excel (.xlsx), cùng bộ lọc", query: listQuery },
      async ({ ctx, query, reply }) =>
        sendFile(reply, { ...(await exportAssignments(ctx, query)), mimeType: XLSX }),
    );
    route.get(
      "/api/assignments/:id",
      {
        summary: "Một công việc: hạn, trạng thái, đơn vị, dòng thời gian, quyền của người xem",
        params: idParams,
        response: assignmentDetail,
      },
      ({ ctx, params }) => getAssignment(ctx, params.id),
    );
    route.post(
      "/api/assignments/:id/updates",
      {
        summary:
          "Báo cáo tiến độ (đơn vị chủ trì, kèm số phiên bản), nội dung phối hợp hoặc ý kiến; multipart kèm tệp minh chứng",
        params: idParams,
        body: updateForm,
        form: evidence([], actionsOfEntry),
      },
      ({ ctx, params, body: { files, ...input } }) => addUpdate(ctx, deps.storage, params.id, input, files),
    );
    route.post(
      "/api/assignments/:id/completion",
      {
        summary: "Đề nghị duyệt hoàn thành (kèm kết quả, tệp minh chứng)",
        params: idParams,
        body: completionForm,
        form: evidence(["report"]),
      },
      ({ ctx, params, body: { files, ...input } }) =>
        requestCompletion(ctx, deps.storage, params.id, input, files),
    );
    route.post(
      "/api/assignments/:id/approval",
      {
        summary: "Lãnh đạo đơn vị duyệt hoặc trả lại đề nghị hoàn thành",
        params: idParams,
        body: approvalInput,
      },
      ({ ctx, params, body }) => decideCompletion(ctx, params.id, body),
    );
    route.post(
      "/api/assignments/:id/reassign",
      {
        summary: "Giao lại cho đơn vị khác (cơ quan theo dõi; sau chia tách, giải thể)",
        params: idParams,
        body: reassignInput,
      },
      ({ ctx, params, body }) => reassign(ctx, params.id, body),
    );
    route.post(
      "/api/assignments/:id/deadline",
      {
        summary: "Gia hạn hoặc đặt thời hạn, kèm lý do (cơ quan theo dõi; thời hạn trong văn bản giữ nguyên)",
        params: idParams,
        body: extendInput,
      },
      ({ ctx, params, body }) => extendDeadline(ctx, params.id, body),
    );
    route.post(
      "/api/assignments/:id/urge",
      {
        summary: "Đôn đốc đơn vị chủ trì: thông báo trong ứng dụng và thư điện tử ngay",
        params: idParams,
        body: urgeInput,
      },
      ({ ctx, params, body }) => urge(ctx, mail(), params.id, body.note),
    );
    route.get(
      "/api/assignments/:id/files/:fileId",
      {
        summary: "Tải tệp minh chứng (người xem được công việc)",
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
      async ({ ctx, params, reply }) =>
        sendFile(reply, await evidenceFile(ctx, deps.storage, params.id, params.fileId)),
    );
    route.get(
      "/api/plans",
      {
        summary: "Các kế hoạch người xem theo dõi hoặc thực hiện, với tiến độ chung",
        response: planSummaries,
      },
      ({ ctx }) => listPlans(ctx),
    );
    route.get(
      "/api/plans/:id",
      {
        summary: "Tiến độ toàn kế hoạch (cơ quan theo dõi): theo nhóm, theo đơn vị, việc quá hạn trước",
        params: idParams,
        response: planView,
      },
      ({ ctx, params }) => planProgress(ctx, params.id),
    );
    route.get(
      "/api/plans/:id/requests",
      {
        summary:
          "Các đề nghị phối hợp của kế hoạch (giao cho cơ quan ngoài thẩm quyền): chờ chấp nhận, đã từ chối…",
        params: idParams,
        response: assignmentRequestList,
      },
      ({ ctx, params }) => planRequests(ctx, params.id),
    );
    route.get(
      "/api/assignment-requests",
      {
        summary: "Đề nghị nhận việc gửi đến đơn vị của người xem (hoặc do đơn vị gửi đi)",
        query: requestListQuery,
        response: assignmentRequestList,
      },
      ({ ctx, query }) => listRequests(ctx, query),
    );
    route.post(
      "/api/assignment-requests/:id/accept",
      {
        summary: "Đơn vị được đề nghị chấp nhận: việc trở thành công việc do đơn vị chủ trì",
        params: idParams,
        body: z.object({}).optional(),
        response: assignmentRequest,
      },
      ({ ctx, params }) => answerRequest(ctx, params.id, { accept: true }),
    );
    route.post(
      "/api/assignment-requests/:id/refuse",
      {
        summary: "Đơn vị được đề nghị từ chối, nêu lý do (cơ quan ban hành kế hoạch xem được)",
        params: idParams,
        body: requestRefusal,
        response: assignmentRequest,
      },
      ({ ctx, params, body }) => answerRequest(ctx, params.id, { accept: false, reason: body.reason }),
    );
    route.post(
      "/api/reminders/run",
      {
        summary: "Chạy ngay lượt nhắc việc hôm nay (quản trị); mỗi đơn vị nhận tối đa một thư mỗi ngày",
        body: z.object({}).optional(),
      },
      ({ ctx }) => runRemindersNow(ctx, mail()),
    );
  });
}
