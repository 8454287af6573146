import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { routesOf } from "../shared/http.ts";
import { scheduleInput, scheduleOut, versionQuery, yearParams } from "./contract.ts";
import { deleteSchedule, getSchedule, listSchedules, saveSchedule } from "./use-cases/schedules.ts";

export async function holidayScheduleRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["lịch nghỉ lễ"]);
  route.get(
    "/api/holiday-schedules",
    {
      summary: "Lịch nghỉ lễ các năm: lịch có sẵn, lịch quản trị nhập, quy tắc mặc định",
      response: z.array(scheduleOut),
    },
    () => listSchedules(deps.database.db, deps.now()),
  );
  route.get(
    "/api/holiday-schedules/:year",
    { summary: "Lịch nghỉ lễ đang áp dụng cho một năm", params: yearParams, response: scheduleOut },
    ({ params }) => getSchedule(deps.database.db, params.year),
  );
  route.put(
    "/api/holiday-schedules/:year",
    {
      summary: "Nhập hoặc sửa lịch nghỉ lễ của một năm (thay lịch có sẵn; kèm số phiên bản khi sửa)",
      params: yearParams,
      body: scheduleInput,
      response: scheduleOut,
    },
    ({ ctx, params, body }) => saveSchedule(ctx, params.year, body),
  );
  route.delete(
    "/api/holiday-schedules/:year",
    {
      summary: "Xóa lịch đã nhập (áp dụng lại lịch có sẵn hoặc quy tắc mặc định)",
      params: yearParams,
      query: versionQuery,
      response: scheduleOut,
    },
    ({ ctx, params, query }) => deleteSchedule(ctx, params.year, query.version),
  );
}
