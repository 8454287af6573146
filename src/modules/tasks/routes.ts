import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { forbidden, invalid } from "../../core/errors.ts";
import { MAX_FILE_BYTES } from "../files/service.ts";
import { mailerFor } from "../notifications/mailer.ts";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, idParams, sendFile, typed } from "../shared/http.ts";
import {
  approvalInput,
  completionInput,
  listQuery,
  reassignInput,
  updateInput,
  urgeInput,
} from "./schema.ts";
import { reassign, urge } from "./use-cases/coordinate.ts";
import { exportAssignments } from "./use-cases/export.ts";
import { evidenceFile, getAssignment, listAssignments, listPlans, planProgress } from "./use-cases/read.ts";
import { runDailyReminders } from "./use-cases/remind.ts";
import {
  addUpdate,
  decideCompletion,
  MAX_FILES_PER_ENTRY,
  requestCompletion,
  type UploadedFile,
} from "./use-cases/report.ts";

const tags = ["công việc"];

/** Fields and files of a multipart form (or the fields of a JSON body), checked by `schema`. */
async function formOf<T extends z.ZodType>(
  req: FastifyRequest,
  schema: T,
): Promise<{ input: z.infer<T>; files: UploadedFile[] }> {
  const fields: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  if (req.isMultipart()) {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        const bytes = await part.toBuffer();
        if (bytes.byteLength) files.push({ bytes, fileName: part.filename, mimeType: part.mimetype });
      } else if (typeof part.value === "string" && part.value !== "") fields[part.fieldname] = part.value;
    }
  } else Object.assign(fields, (req.body as Record<string, unknown> | undefined) ?? {});
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(
      `Dữ liệu không hợp lệ (${issue.path.join(".") || "nội dung"}): ${issue.message}.`,
      parsed.error.issues,
    );
  }
  return { input: parsed.data, files };
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        },
      },
      async (req) => {
        const { input, files } = await formOf(req, updateInput);
        return addUpdate(ctxOf(req, deps), deps.storage, req.params.id, input, files);
      },
    );
    r.post(
      "/api/assignments/:id/completion",
      {
        schema: { summary: "Đề nghị duyệt hoàn thành (kèm kết quả, tệp minh chứng)", tags, params: idParams },
      },
      async (req) => {
        const { input, files } = await formOf(req, completionInput);
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
      { schema: { summary: "Các kế hoạch người xem theo dõi hoặc thực hiện, với tiến độ chung", tags } },
      async (req) => listPlans(ctxOf(req, deps)),
    );
    r.get(
      "/api/plans/:id",
      {
        schema: {
          summary: "Tiến độ toàn kế hoạch (cơ quan theo dõi): theo nhóm, theo đơn vị, việc quá hạn trước",
          tags,
          params: idParams,
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
