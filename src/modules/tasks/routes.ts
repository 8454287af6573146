// The tasks API: contract schemas, access level, the policy check, one use-case call per route.
// Writes to one assignment are guarded before their body is read: the guard loads the assignment's
// scope and asks the policy (refusalOf), so an official who may not act is refused with 403 before
// any evidence file is buffered. Multipart forms become the route's declared body (fields and
// files), validated by Fastify with the contract's schema like a JSON body.
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { forbidden } from "../../core/errors.ts";
import { MAX_FILE_BYTES } from "../files/rules/upload.ts";
import { mailerFor } from "../notifications/adapters/mailer.ts";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, sendFile, typed } from "../shared/http.ts";
import {
  approvalInput,
  assignmentDetail,
  assignmentList,
  completionForm,
  listQuery,
  MAX_FILES_PER_ENTRY,
  planSummaries,
  planView,
  reassignInput,
  type UploadedFile,
  updateForm,
  urgeInput,
} from "./contract.ts";
import { actionsOfEntry, refusalOf, type TaskAction } from "./policy.ts";
import { reassign, urge } from "./use-cases/coordinate.ts";
import { exportAssignments } from "./use-cases/export.ts";
import { loadFor } from "./use-cases/load.ts";
import { listPlans, planProgress } from "./use-cases/plans.ts";
import { evidenceFile, getAssignment, listAssignments } from "./use-cases/read.ts";
import { runDailyReminders } from "./use-cases/remind.ts";
import { addUpdate, decideCompletion, requestCompletion } from "./use-cases/report.ts";

const tags = ["công việc"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Forms with evidence files, or the same fields as JSON. */
const consumes = ["multipart/form-data", "application/json"];

/** What the guard learnt of the assignment, for the check of a form's fields. */
type Guarded = Awaited<ReturnType<typeof loadFor>>;
const guarded = new WeakMap<FastifyRequest, Guarded>();

/**
 * An onRequest hook: refuses with 403 (the policy's words) before the body is read unless the
 * official may take `actions` on the assignment named in the path. A malformed id is left to the
 * params schema.
 */
const guard = (deps: AppDeps, actions: TaskAction[]) => async (req: FastifyRequest) => {
  const params = idParams.safeParse(req.params);
  if (!params.success) return;
  guarded.set(req, await loadFor(ctxOf(req, deps), deps.database.db, params.data.id, actions));
};

/**
 * A preValidation hook: a multipart form's fields and files become the body the schema checks
 * (empty fields and empty files are left out). Fields come before files (the web app sends them
 * so): at the first file, `check` lets the policy judge the fields before any byte is buffered.
 */
const readForm =
  (deps: AppDeps, check?: (fields: Record<string, string>, g: Guarded) => TaskAction[]) =>
  async (req: FastifyRequest) => {
    if (!req.isMultipart()) {
      req.body ??= {};
      return;
    }
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    let checked = false;
    for await (const part of req.parts()) {
      if (part.type !== "file") {
        if (typeof part.value === "string" && part.value !== "") fields[part.fieldname] = part.value;
        continue;
      }
      const g = guarded.get(req);
      if (!checked && check && g) {
        const refusal = refusalOf(ctxOf(req, deps).actor!, g.scope, check(fields, g));
        if (refusal) throw forbidden(refusal);
      }
      checked = true;
      const bytes = await part.toBuffer();
      if (bytes.byteLength) files.push({ bytes, fileName: part.filename, mimeType: part.mimetype });
    }
    req.body = { ...fields, files };
  };

export async function taskRoutes(parent: FastifyInstance, deps: AppDeps) {
  // Multipart parsing only for these routes (evidence files), in a scope of their own.
  await parent.register(async (app) => {
    await app.register(multipart, {
      limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES_PER_ENTRY, fields: 20 },
    });
    const r = typed(app);
    const mail = () => ({ mailer: mailerFor(deps.config), publicUrl: deps.config.publicUrl });

    r.get(
      "/api/assignments",
      {
        schema: {
          summary:
            "Công việc (của đơn vị, của kế hoạch...): lọc theo phân loại, đơn vị, hạn, văn bản; quá hạn lên đầu",
          tags,
          querystring: listQuery,
          response: { 200: assignmentList },
        },
      },
      async (req) => listAssignments(ctxOf(req, deps), req.query),
    );
    r.get(
      "/api/assignments/export.xlsx",
      {
        schema: {
          summary: "Xuất danh sách công việc ra Excel (.xlsx), cùng bộ lọc",
          tags,
          querystring: listQuery,
        },
      },
      async (req, reply) =>
        sendFile(reply, { ...(await exportAssignments(ctxOf(req, deps), req.query)), mimeType: XLSX }),
    );
    r.get(
      "/api/assignments/:id",
      {
        schema: {
          summary: "Một công việc: hạn, trạng thái, đơn vị, dòng thời gian, quyền của người xem",
          tags,
          params: idParams,
          response: { 200: assignmentDetail },
        },
      },
      async (req) => getAssignment(ctxOf(req, deps), req.params.id),
    );
    r.post(
      "/api/assignments/:id/updates",
      {
        schema: {
          summary:
            "Báo cáo tiến độ (đơn vị chủ trì, kèm số phiên bản), nội dung phối hợp hoặc ý kiến; multipart kèm tệp minh chứng",
          tags,
          params: idParams,
          consumes,
          body: updateForm,
        },
        onRequest: guard(deps, []),
        preValidation: readForm(deps, (fields, g) => actionsOfEntry(fields, g.row.status)),
      },
      async (req) => {
        const { files, ...input } = req.body;
        return addUpdate(ctxOf(req, deps), deps.storage, req.params.id, input, files);
      },
    );
    r.post(
      "/api/assignments/:id/completion",
      {
        schema: {
          summary: "Đề nghị duyệt hoàn thành (kèm kết quả, tệp minh chứng)",
          tags,
          params: idParams,
          consumes,
          body: completionForm,
        },
        onRequest: guard(deps, ["report"]),
        preValidation: readForm(deps),
      },
      async (req) => {
        const { files, ...input } = req.body;
        return requestCompletion(ctxOf(req, deps), deps.storage, req.params.id, input, files);
      },
    );
    r.post(
      "/api/assignments/:id/approval",
      {
        schema: {
          summary: "Lãnh đạo đơn vị duyệt hoặc trả lại đề nghị hoàn thành",
          tags,
          params: idParams,
          body: approvalInput,
        },
      },
      async (req) => decideCompletion(ctxOf(req, deps), req.params.id, req.body),
    );
    r.post(
      "/api/assignments/:id/reassign",
      {
        schema: {
          summary: "Giao lại cho đơn vị khác (cơ quan theo dõi; sau chia tách, giải thể)",
          tags,
          params: idParams,
          body: reassignInput,
        },
      },
      async (req) => reassign(ctxOf(req, deps), req.params.id, req.body),
    );
    r.post(
      "/api/assignments/:id/urge",
      {
        schema: {
          summary: "Đôn đốc đơn vị chủ trì: thông báo trong ứng dụng và thư điện tử ngay",
          tags,
          params: idParams,
          body: urgeInput,
        },
      },
      async (req) => urge(ctxOf(req, deps), mail(), req.params.id, req.body.note),
    );
    r.get(
      "/api/assignments/:id/files/:fileId",
      {
        schema: {
          summary: "Tải tệp minh chứng (người xem được công việc)",
          tags,
          params: z.object({ id: z.uuid(), fileId: z.uuid() }),
        },
      },
      async (req, reply) =>
        sendFile(reply, await evidenceFile(ctxOf(req, deps), deps.storage, req.params.id, req.params.fileId)),
    );
    r.get(
      "/api/plans",
      {
        schema: {
          summary: "Các kế hoạch người xem theo dõi hoặc thực hiện, với tiến độ chung",
          tags,
          response: { 200: planSummaries },
        },
      },
      async (req) => listPlans(ctxOf(req, deps)),
    );
    r.get(
      "/api/plans/:id",
      {
        schema: {
          summary: "Tiến độ toàn kế hoạch (cơ quan theo dõi): theo nhóm, theo đơn vị, việc quá hạn trước",
          tags,
          params: idParams,
          response: { 200: planView },
        },
      },
      async (req) => planProgress(ctxOf(req, deps), req.params.id),
    );
    r.post(
      "/api/reminders/run",
      {
        schema: {
          summary: "Chạy ngay lượt nhắc việc hôm nay (quản trị); mỗi đơn vị nhận tối đa một thư mỗi ngày",
          tags,
          body: z.object({}).optional(),
        },
      },
      async (req) => {
        if (!req.actor?.isAdmin) throw forbidden("Chỉ quản trị hệ thống được chạy nhắc việc thủ công.");
        return runDailyReminders(
          { ...ctxOf(req, deps), actor: null, system: `nhắc việc (${req.actor.username})` },
          mail(),
        );
      },
    );
  });
}
