import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, typed } from "../shared/http.ts";
import { scheduleInput, scheduleOut, versionQuery, yearParams } from "./contract.ts";
import { deleteSchedule, getSchedule, listSchedules, saveSchedule } from "./use-cases/schedules.ts";

const tags = ["lịch nghỉ lễ"];

export async function holidayScheduleRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/holiday-schedules",
    {
      schema: {
        summary: "Lịch nghỉ lễ các năm: lịch có sẵn, lịch quản trị nhập, quy tắc mặc định",
        tags,
        response: { 200: z.array(scheduleOut) },
      },
    },
    async () => listSchedules(deps.database.db, deps.now()),
  );
  r.get(
    "/api/holiday-schedules/:year",
    {
      schema: {
        summary: "Lịch nghỉ lễ đang áp dụng cho một năm",
        tags,
        params: yearParams,
        response: { 200: scheduleOut },
      },
    },
    async (req) => getSchedule(deps.database.db, req.params.year),
  );
  r.put(
    "/api/holiday-schedules/:year",
    {
      schema: {
        summary: "Nhập hoặc sửa lịch nghỉ lễ của một năm (thay lịch có sẵn; kèm số phiên bản khi sửa)",
        tags,
        params: yearParams,
        body: scheduleInput,
        response: { 200: scheduleOut },
      },
    },
    async (req) => saveSchedule(ctxOf(req, deps), req.params.year, req.body),
  );
  r.delete(
    "/api/holiday-schedules/:year",
    {
      schema: {
        summary: "Xóa lịch đã nhập (áp dụng lại lịch có sẵn hoặc quy tắc mặc định)",
        tags,
        params: yearParams,
        querystring: versionQuery,
        response: { 200: scheduleOut },
      },
    },
    async (req) => deleteSchedule(ctxOf(req, deps), req.params.year, req.query.version),
  );
}
