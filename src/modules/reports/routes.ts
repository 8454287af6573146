import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { renderDocx } from "../shared/document/docx.ts";
import { renderXlsx } from "../shared/document/xlsx.ts";
import { idParams, routesOf, sendFile } from "../shared/http.ts";
import {
  boardOut,
  boardQuery,
  consolidateInput,
  draftInput,
  fromDirectiveInput,
  obligationOut,
  obligationSummary,
  periodInput,
  returnInput,
  scheduleInput,
  scheduleOut,
  versionBody,
} from "./contract.ts";
import { board } from "./use-cases/board.ts";
import { buildConsolidated } from "./use-cases/consolidate.ts";
import { documentOf } from "./use-cases/document.ts";
import { getObligation, listObligations } from "./use-cases/form.ts";
import { createSchedule, listSchedules, openPeriod, schedulesFromDirective } from "./use-cases/schedules.ts";
import { accept, returnReport, saveDraft, signOff, submit } from "./use-cases/steps.ts";

export async function reportRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["báo cáo định kỳ"]);
  route.get(
    "/api/reports/schedules",
    { summary: "Các chế độ báo cáo mà cán bộ tổng hợp hoặc phải báo cáo", response: z.array(scheduleOut) },
    ({ ctx }) => listSchedules(ctx),
  );
  route.post(
    "/api/reports/schedules",
    {
      summary: "Lập chế độ báo cáo (kỳ, đơn vị báo cáo, chỉ tiêu) và các báo cáo phải nộp",
      body: scheduleInput,
      response: scheduleOut,
    },
    ({ ctx, body }) => createSchedule(ctx, body),
  );
  route.post(
    "/api/reports/schedules/from-directive",
    {
      summary: "Lập chế độ báo cáo từ yêu cầu báo cáo của văn bản đã xác nhận",
      body: fromDirectiveInput,
      response: z.array(scheduleOut),
    },
    ({ ctx, body }) => schedulesFromDirective(ctx, body.directiveId),
  );
  route.post(
    "/api/reports/schedules/:id/periods",
    {
      summary: "Yêu cầu báo cáo một kỳ (một lần, đột xuất)",
      params: idParams,
      body: periodInput,
      response: z.object({ created: z.number() }),
    },
    ({ ctx, params, body }) => openPeriod(ctx, params.id, body),
  );
  route.get(
    "/api/reports/schedules/:id/board",
    {
      summary: "Bảng theo dõi tình hình gửi báo cáo của một kỳ",
      params: idParams,
      query: boardQuery,
      response: boardOut,
    },
    ({ ctx, params, query }) => board(ctx, params.id, query.period),
  );
  route.post(
    "/api/reports/schedules/:id/consolidate",
    {
      summary: "Tổng hợp báo cáo của các đơn vị thành báo cáo của cơ quan tổng hợp",
      params: idParams,
      body: consolidateInput,
      response: obligationOut,
    },
    async ({ ctx, params, body }) =>
      getObligation(ctx, (await buildConsolidated(ctx, params.id, body.periodKey)).id),
  );
  route.get(
    "/api/reports/obligations",
    { summary: "Báo cáo đơn vị của tôi phải gửi", response: z.array(obligationSummary) },
    ({ ctx }) => listObligations(ctx),
  );
  route.get(
    "/api/reports/obligations/:id",
    {
      summary: "Biểu mẫu một báo cáo, điền sẵn từ tiến độ công việc",
      params: idParams,
      response: obligationOut,
    },
    ({ ctx, params }) => getObligation(ctx, params.id),
  );
  route.put(
    "/api/reports/obligations/:id",
    {
      summary: "Lưu bản nháp báo cáo (cả tự động lưu)",
      params: idParams,
      body: draftInput,
      response: obligationOut,
    },
    ({ ctx, params, body }) => saveDraft(ctx, params.id, body),
  );
  route.post(
    "/api/reports/obligations/:id/submit",
    {
      summary: "Trình báo cáo (lãnh đạo đơn vị trình thì ký duyệt luôn)",
      params: idParams,
      body: versionBody,
      response: obligationOut,
    },
    ({ ctx, params, body }) => submit(ctx, params.id, body.version),
  );
  route.post(
    "/api/reports/obligations/:id/sign",
    {
      summary: "Lãnh đạo đơn vị ký duyệt: báo cáo được gửi đi",
      params: idParams,
      body: versionBody,
      response: obligationOut,
    },
    ({ ctx, params, body }) => signOff(ctx, params.id, body.version),
  );
  route.post(
    "/api/reports/obligations/:id/return",
    {
      summary: "Cơ quan tổng hợp trả lại báo cáo kèm ý kiến",
      params: idParams,
      body: returnInput,
      response: obligationOut,
    },
    ({ ctx, params, body }) => returnReport(ctx, params.id, body.version, body.comment),
  );
  route.post(
    "/api/reports/obligations/:id/accept",
    {
      summary: "Cơ quan tổng hợp tiếp nhận báo cáo",
      params: idParams,
      body: versionBody,
      response: obligationOut,
    },
    ({ ctx, params, body }) => accept(ctx, params.id, body.version),
  );
  route.get(
    "/api/reports/obligations/:id/document",
    { summary: "Nội dung văn bản báo cáo (xem trước khi tải)", params: idParams },
    async ({ ctx, params }) => (await documentOf(ctx, params.id)).doc,
  );
  route.get(
    "/api/reports/obligations/:id/document.docx",
    { summary: "Tải văn bản báo cáo (.docx, thể thức Nghị định 30/2020/NĐ-CP)", params: idParams },
    async ({ ctx, params, reply }) => {
      const { doc, fileName } = await documentOf(ctx, params.id);
      return sendFile(reply, {
        bytes: await renderDocx(doc),
        fileName: `${fileName}.docx`,
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      });
    },
  );
  route.get(
    "/api/reports/obligations/:id/document.xlsx",
    { summary: "Tải bảng số liệu của báo cáo (.xlsx)", params: idParams },
    async ({ ctx, params, reply }) => {
      const { doc, fileName } = await documentOf(ctx, params.id);
      return sendFile(reply, {
        bytes: await renderXlsx(doc),
        fileName: `${fileName}.xlsx`,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
    },
  );
}
