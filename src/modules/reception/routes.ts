// The citizen reception API under /api/reception: a body's calendar (with the weeks or months below
// the law's minimum) and its sessions, and its register (sổ tiếp công dân) with the visits that open
// cases in the citizens' module. The policy decides in each use case (queries.ts, bodyFor).
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../shared/deps.ts";
import { renderDocx } from "../shared/document/docx.ts";
import { idParams, routesOf, sendFile } from "../shared/http.ts";
import {
  calendarOut,
  calendarQuery,
  conclusionInput,
  publicCalendarOut,
  publicCalendarQuery,
  registerOut,
  registerQuery,
  sessionInput,
  sessionOut,
  visitInput,
  visitSaved,
} from "./contract.ts";
import { readCalendar, scheduleSession } from "./use-cases/calendar.ts";
import { concludeSession, conclusionDocument } from "./use-cases/conclusion.ts";
import { publicCalendar } from "./use-cases/public.ts";
import { readRegister, recordVisit } from "./use-cases/register.ts";

export async function receptionRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["tiếp công dân"]);
  const intakeDeps = { box: deps.box, storage: deps.storage };
  route.get(
    "/api/reception/calendar",
    {
      summary: "Lịch tiếp công dân của một cơ quan, kèm cảnh báo tuần, tháng chưa đủ số ngày luật định",
      query: calendarQuery,
      response: calendarOut,
    },
    ({ ctx, query }) => readCalendar(ctx, query),
  );
  route.post(
    "/api/reception/sessions",
    {
      summary: "Thêm buổi tiếp công dân (định kỳ, đột xuất; trực tiếp, trực tuyến)",
      body: sessionInput,
      response: sessionOut,
    },
    ({ ctx, body }) => scheduleSession(ctx, body),
  );
  route.get(
    "/api/reception/register",
    {
      summary:
        "Sổ tiếp công dân (Mẫu 03 Thông tư 04/2021/TT-TTCP) của một cơ quan, kèm hạn trả lời (Điều 28)",
      query: registerQuery,
      response: registerOut,
    },
    ({ ctx, query }) => readRegister(ctx, query),
  );
  route.post(
    "/api/reception/visits",
    {
      summary: "Ghi một lượt tiếp: mở đơn trong phần đơn thư, hoặc từ chối tiếp theo Điều 9",
      body: visitInput,
      response: visitSaved,
    },
    ({ ctx, body }) => recordVisit(ctx, intakeDeps, body),
  );
  route.post(
    "/api/reception/sessions/:id/conclusion",
    {
      summary: "Ghi kết luận của lãnh đạo khi kết thúc buổi tiếp công dân",
      params: idParams,
      body: conclusionInput,
      response: sessionOut,
    },
    ({ ctx, params, body }) => concludeSession(ctx, params.id, body),
  );
  route.get(
    "/api/reception/sessions/:id/conclusion.docx",
    {
      summary: "Tải thông báo kết luận buổi tiếp công dân (.docx, thể thức Nghị định 30/2020/NĐ-CP)",
      params: idParams,
    },
    async ({ ctx, params, reply }) => {
      const { doc, fileName } = await conclusionDocument(ctx, params.id);
      return sendFile(reply, {
        bytes: await renderDocx(doc),
        fileName: `${fileName}.docx`,
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      });
    },
  );
  route.get(
    "/api/public/reception/calendar",
    {
      summary: "Lịch tiếp công dân sắp tới của một cơ quan (công khai trên cổng công dân)",
      access: "public",
      rateLimit: { max: 120, timeWindow: "1 minute" },
      query: publicCalendarQuery,
      response: publicCalendarOut,
    },
    // No account: the system reads it for the portal.
    ({ query }) =>
      publicCalendar(
        { db: deps.database.db, actor: null, system: "cổng công dân", now: deps.now() },
        query.orgId,
      ),
  );
}
